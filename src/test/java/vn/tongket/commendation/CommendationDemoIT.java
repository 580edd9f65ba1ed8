package vn.tongket.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.UnitRankingRepository;
import vn.tongket.organization.importing.DemoBlocLoader;

/**
 * The 2013 eligibility lists of the demo bloc (history 2009–2012 + the optional 2013 ranking file) hold eligible
 * and non-eligible cases for every award, and the documented cases (docs/readme/import.md) come out as documented.
 * Each test imports the optional 2013 ranking through the import service inside its own transaction, which is
 * rolled back: the shared database keeps "no 2013 ranking" for the other tests.
 */
@SpringBootTest
@Transactional
class CommendationDemoIT {

    static final int N = 2013;

    @Autowired CommendationService service;
    @Autowired DemoBlocLoader demo;
    @Autowired OrgUnitRepository units;
    @Autowired UnitRankingRepository unitRankings;

    final Map<Award, List<Explanation>> byAward = new EnumMap<>(Award.class);

    @BeforeEach
    void evaluateDemoBloc() throws Exception {
        OrgUnit stc = units.findByCode("STC").orElseThrow(() -> new IllegalStateException("demo bloc not loaded"));
        if (unitRankings.findByUnitIdAndYear(stc.getId(), N).isEmpty()) {
            demo.importOptional2013Ranking();
        }
        OrgUnit bloc = units.findByCode("DUK").orElseThrow();
        for (OrgUnit u : units.findByParentIdAndActiveTrueOrderByCode(bloc.getId())) {
            if (u.getKind().isGrassroots()) {
                for (CommendationService.Evaluated e : service.evaluate(u.getCode(), N).candidates()) {
                    byAward.computeIfAbsent(e.explanation().award(), a -> new ArrayList<>()).add(e.explanation());
                }
            }
        }
    }

    Explanation of(Award award, String code) {
        return byAward.get(award).stream().filter(e -> e.subjectCode().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + award + " candidate " + code));
    }

    @Test
    void everyAward_hasEligibleAndNonEligibleCases() {
        for (Award a : Award.values()) {
            assertThat(byAward.get(a)).as(a.name()).anyMatch(e -> e.status().proposable())
                    .anyMatch(e -> e.status() == EligibilityStatus.NOT_ELIGIBLE);
        }
    }

    @Test
    void branchCertificate_documentedCases() {
        assertThat(of(Award.BRANCH_CERTIFICATE, "STC-CB1").status()).isEqualTo(EligibilityStatus.SUBJECT_TO_JUDGEMENT);
        Explanation boundary = of(Award.BRANCH_CERTIFICATE, "SYT-CB1");
        assertThat(boundary.status()).isEqualTo(EligibilityStatus.SUBJECT_TO_JUDGEMENT);
        assertThat(boundary.criterion("WAITING_PERIOD").figures()).contains("được đề nghị lại từ 18/01/2014");
        assertThat(of(Award.BRANCH_CERTIFICATE, "STC-CB2").criterion("EXEMPLARY_YEARS").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(of(Award.BRANCH_CERTIFICATE, "STC-CB3").criterion("SCORE").outcome()).isEqualTo(Outcome.NOT_MET);
        Explanation ninety = of(Award.BRANCH_CERTIFICATE, "SGD-BP1-CB1");
        assertThat(ninety.criterion("COMPLETED_WELL_SHARE").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(ninety.criterion("COMPLETED_WELL_SHARE").figures()).contains("9/10");
        assertThat(of(Award.BRANCH_CERTIFICATE, "SKH-CB1").criterion("WAITING_PERIOD").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void organizationMerit_documentedCases() {
        assertThat(of(Award.ORGANIZATION_MERIT, "STC").status().proposable()).isTrue();
        assertThat(of(Award.ORGANIZATION_MERIT, "VPUB").status().proposable()).isTrue();
        assertThat(of(Award.ORGANIZATION_MERIT, "SGD").status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(of(Award.ORGANIZATION_MERIT, "STP").criterion("EXEMPLARY_YEARS").outcome()).isEqualTo(Outcome.NOT_MET);
        Explanation sxd = of(Award.ORGANIZATION_MERIT, "SXD");
        assertThat(sxd.criterion("EXEMPLARY_YEARS").outcome()).isEqualTo(Outcome.MET);
        assertThat(sxd.criterion("WAITING_PERIOD").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void memberCertificate_documentedCases() {
        for (String ok : List.of("DV0129", "DV0100", "DV0101", "DV0130")) {
            assertThat(of(Award.MEMBER_CERTIFICATE, ok).status()).as(ok).isEqualTo(EligibilityStatus.ELIGIBLE);
        }
        assertThat(of(Award.MEMBER_CERTIFICATE, "DV0139").criterion("EMULATION_TITLES").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(of(Award.MEMBER_CERTIFICATE, "DV0147").criterion("EXCELLENT_YEARS").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(of(Award.MEMBER_CERTIFICATE, "DV0099").criterion("WAITING_PERIOD").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void memberMerit_documentedCases() {
        assertThat(of(Award.MEMBER_MERIT, "DV0100").status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(of(Award.MEMBER_MERIT, "DV0101").criterion("EMULATION_TITLES").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(of(Award.MEMBER_MERIT, "DV0130").criterion("EXCELLENT_YEARS").outcome()).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void readmeExample_fullExplanationOfTheBoundaryBranch() {
        String text = of(Award.BRANCH_CERTIFICATE, "SYT-CB1").toText();
        assertThat(text).contains("[Đạt] Đạt từ 95 điểm trở lên năm 2013: Năm 2013: 95 điểm").contains("Căn cứ: “");
        System.out.println(text);
    }
}
