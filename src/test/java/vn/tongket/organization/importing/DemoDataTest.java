package vn.tongket.organization.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.importing.HistoryRowValidator.Commendation;
import vn.tongket.organization.importing.HistoryRowValidator.Confidence;
import vn.tongket.organization.importing.HistoryRowValidator.EmulationTitleRow;
import vn.tongket.organization.importing.HistoryRowValidator.HistoryRow;
import vn.tongket.organization.importing.HistoryRowValidator.MemberRanking;
import vn.tongket.organization.importing.HistoryRowValidator.UnitRanking;

/**
 * The demo CSVs validate in import order (the 2013 file too), and hold the eligibility cases for N = 2013 that
 * docs/readme/import.md and the history files' header comments promise (guidance B.III and C.III.5).
 */
class DemoDataTest {

    static final FakeReferences refs = new FakeReferences();
    static final List<HistoryRow> history = new ArrayList<>();
    static List<MemberRowValidator.MemberRow> members;

    @BeforeAll
    static void loadDemoFilesInImportOrder() throws IOException {
        var units = UnitRowValidator.validate(table("units.csv"), refs, false);
        assertThat(units.errors()).isEmpty();
        units.rows().forEach(u -> refs.unit(u.code(), u.kind(), u.parentCode(), u.hasStandingCommittee()));
        var m = MemberRowValidator.validate(table("members.csv"), refs, false);
        assertThat(m.errors()).isEmpty();
        members = m.rows();
        members.forEach(x -> refs.member(x.code(), x.unitCode()));
        var positions = PositionRowValidator.validate(table("positions.csv"), refs, false);
        assertThat(positions.errors()).isEmpty();
        for (String file : DemoBlocLoader.FILES.subList(3, DemoBlocLoader.FILES.size())) {
            var h = HistoryRowValidator.validate(table(file), refs);
            assertThat(h.errors()).as(file).isEmpty();
            history.addAll(h.rows());
        }
        var h2013 = HistoryRowValidator.validate(table(DemoBlocLoader.OPTIONAL_2013_RANKING), refs);
        assertThat(h2013.errors()).isEmpty();
        history.addAll(h2013.rows());
    }

    static Table table(String file) throws IOException {
        try (InputStream in = DemoDataTest.class.getResourceAsStream("/demo/" + file)) {
            return CsvParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void defaultFilesHaveHistoryTwoThousandNineToTwoThousandTwelveOnly_andTheOptionalFileTwoThousandThirteenRankings() throws IOException {
        var defaults = new ArrayList<HistoryRow>();
        for (String file : DemoBlocLoader.FILES.subList(3, DemoBlocLoader.FILES.size())) {
            defaults.addAll(HistoryRowValidator.validate(table(file), refs).rows());
        }
        assertThat(defaults).allMatch(r -> year(r) >= 2008 && year(r) <= 2012);
        var optional = HistoryRowValidator.validate(table(DemoBlocLoader.OPTIONAL_2013_RANKING), refs).rows();
        assertThat(optional).allMatch(r -> year(r) == 2013 && (r instanceof UnitRanking || r instanceof MemberRanking));
        assertThat(optional.stream().filter(r -> r instanceof MemberRanking).count()).isEqualTo(150);
        assertThat(members).hasSize(150);
    }

    private static int year(HistoryRow r) {
        if (r instanceof UnitRanking u) {
            return u.year();
        } else if (r instanceof MemberRanking m) {
            return m.year();
        } else if (r instanceof Commendation c) {
            return c.year();
        } else if (r instanceof EmulationTitleRow e) {
            return e.year();
        }
        return ((Confidence) r).year();
    }

    // ---- helpers over the demo history

    static UnitRanking unitRanking(String unit, int year) {
        return history.stream().filter(r -> r instanceof UnitRanking u && u.unitCode().equals(unit) && u.year() == year)
                .map(r -> (UnitRanking) r).findFirst().orElseThrow();
    }

    static boolean exemplary(String unit, int from, int to) {
        for (int y = from; y <= to; y++) {
            if (unitRanking(unit, y).category() != UnitCategory.EXEMPLARY_CLEAN_STRONG) {
                return false;
            }
        }
        return true;
    }

    static MemberCategory memberCategory(String member, int year) {
        return history.stream().filter(r -> r instanceof MemberRanking m && m.memberCode().equals(member) && m.year() == year)
                .map(r -> ((MemberRanking) r).finalCategory()).findFirst().orElse(null);
    }

    static boolean excellent(String member, int from, int to) {
        for (int y = from; y <= to; y++) {
            if (memberCategory(member, y) != MemberCategory.EXCELLENT) {
                return false;
            }
        }
        return true;
    }

    static long emulationTitles(String member) {
        return history.stream().filter(r -> r instanceof EmulationTitleRow e && e.memberCode().equals(member)).count();
    }

    static List<Commendation> awards(String recipient) {
        return history.stream().filter(r -> r instanceof Commendation c
                        && recipient.equals(c.memberCode() != null ? c.memberCode() : c.unitCode()))
                .map(r -> (Commendation) r).toList();
    }

    /** Share of the branch's members ranked HTT or better in 2013, as "more than 90%" in integers: 10·well > 9·all. */
    static boolean moreThanNinetyPercentWell(String branch) {
        var ms = members.stream().filter(m -> m.unitCode().equals(branch)).toList();
        long well = ms.stream().filter(m -> memberCategory(m.code(), 2013).completesTasksWell()).count();
        return 10 * well > 9L * ms.size();
    }

    static final LocalDate DOSSIER_DEADLINE = LocalDate.of(2014, 1, 18);

    static boolean threeYearsSinceEveryAward(String recipient) {
        return awards(recipient).stream().allMatch(c -> !c.decisionDate().plusYears(3).isAfter(DOSSIER_DEADLINE));
    }

    // ---- the documented cases

    @Test
    void branchCertificate_STC_CB1_eligible_andEachOtherCaseFailsOnExactlyOneCondition() {
        BigDecimal ninetyFive = new BigDecimal("95");
        assertThat(exemplary("STC-CB1", 2011, 2013)).isTrue();
        assertThat(unitRanking("STC-CB1", 2013).score()).isGreaterThanOrEqualTo(ninetyFive);
        assertThat(moreThanNinetyPercentWell("STC-CB1")).isTrue();
        assertThat(awards("STC-CB1")).isEmpty();

        assertThat(exemplary("STC-CB2", 2011, 2013)).isFalse();
        assertThat(exemplary("STC-CB2", 2012, 2013)).isTrue();

        assertThat(exemplary("STC-CB3", 2011, 2013)).isTrue();
        assertThat(unitRanking("STC-CB3", 2013).score()).isEqualByComparingTo("94");
        assertThat(moreThanNinetyPercentWell("STC-CB3")).isTrue();

        assertThat(exemplary("SGD-BP1-CB1", 2011, 2013)).isTrue();
        assertThat(members.stream().filter(m -> m.unitCode().equals("SGD-BP1-CB1")).count()).isEqualTo(10);
        assertThat(moreThanNinetyPercentWell("SGD-BP1-CB1")).isFalse(); // 9 of 10 = exactly 90%

        assertThat(exemplary("SKH-CB1", 2011, 2013)).isTrue();
        assertThat(awards("SKH-CB1")).singleElement().satisfies(c -> assertThat(c.decisionDate()).isEqualTo("2012-01-16"));
        assertThat(threeYearsSinceEveryAward("SKH-CB1")).isFalse();

        assertThat(exemplary("SYT-CB1", 2011, 2013)).isTrue();
        assertThat(awards("SYT-CB1")).singleElement().satisfies(c -> assertThat(c.decisionDate()).isEqualTo("2011-01-18"));
        assertThat(threeYearsSinceEveryAward("SYT-CB1")).isTrue(); // exactly three years
    }

    @Test
    void organizationMerit_STC_andVPUB_eligible_SGD_STP_SXD_not() {
        assertThat(exemplary("STC", 2011, 2013)).isTrue();
        assertThat(exemplary("VPUB", 2011, 2013)).isTrue();
        assertThat(exemplary("SGD", 2011, 2013)).isFalse();
        assertThat(exemplary("STP", 2011, 2013)).isFalse();
        assertThat(exemplary("SXD", 2011, 2013)).isTrue();
        assertThat(awards("SXD")).singleElement().satisfies(c -> assertThat(c.kind()).isEqualTo(AwardKind.PROVINCE_MERIT));
        assertThat(threeYearsSinceEveryAward("SXD")).isFalse();
    }

    @Test
    void memberCertificate_casesOnBothSides() {
        List<String> eligible = members.stream().map(MemberRowValidator.MemberRow::code)
                .filter(c -> excellent(c, 2011, 2013) && emulationTitles(c) >= 1 && threeYearsSinceEveryAward(c)).toList();
        assertThat(eligible).containsExactlyInAnyOrder("DV0129", "DV0100", "DV0101", "DV0130");
        assertThat(excellent("DV0139", 2011, 2013)).isTrue();
        assertThat(emulationTitles("DV0139")).isZero();
        assertThat(excellent("DV0147", 2012, 2013)).isTrue();
        assertThat(memberCategory("DV0147", 2011)).isEqualTo(MemberCategory.COMPLETED_WELL);
        assertThat(excellent("DV0099", 2011, 2013) && emulationTitles("DV0099") >= 1).isTrue();
        assertThat(threeYearsSinceEveryAward("DV0099")).isFalse();
    }

    @Test
    void memberMerit_DV0100_eligible_DV0101_oneTitle_DV0130_fourYears() {
        Map<String, Long> blocCertificates = history.stream()
                .filter(r -> r instanceof Commendation c && c.memberCode() != null && c.kind() == AwardKind.BLOC_CERTIFICATE)
                .collect(Collectors.groupingBy(r -> ((Commendation) r).memberCode(), Collectors.counting()));
        List<String> eligible = members.stream().map(MemberRowValidator.MemberRow::code)
                .filter(c -> excellent(c, 2009, 2013) && emulationTitles(c) >= 2 && blocCertificates.getOrDefault(c, 0L) >= 1)
                .toList();
        assertThat(eligible).containsExactly("DV0100");
        assertThat(excellent("DV0101", 2009, 2013)).isTrue();
        assertThat(emulationTitles("DV0101")).isEqualTo(1);
        assertThat(excellent("DV0130", 2010, 2013)).isTrue();
        assertThat(excellent("DV0130", 2009, 2013)).isFalse();
        assertThat(awards("DV0100")).allMatch(c -> !c.decisionDate().plusYears(5).isAfter(DOSSIER_DEADLINE));
    }

    @Test
    void confidence_lowShareFromHalfToUnderTwoThirds_cases() {
        assertThat(lowBand("DV0088", 2012)).isTrue();
        assertThat(lowBand("DV0088", 2011)).isFalse();
        assertThat(lowBand("DV0033", 2011)).isTrue();
        assertThat(vote("DV0033", 2011).low() * 2).isEqualTo(vote("DV0033", 2011).collected()); // exactly one half
        assertThat(lowBand("DV0033", 2012)).isFalse();
        assertThat(lowBand("DV0042", 2011)).isFalse();
        assertThat(lowBand("DV0042", 2012)).isFalse();
        assertThat(vote("DV0042", 2012).low()).isPositive();
        // nobody else has an earlier year at or above one half
        assertThat(history.stream().filter(r -> r instanceof Confidence v && 2 * v.low() >= v.collected())
                .map(r -> ((Confidence) r).memberCode()).distinct()).containsExactlyInAnyOrder("DV0088", "DV0033");
        // DV0005 was voted in three places
        assertThat(history.stream().filter(r -> r instanceof Confidence v && v.memberCode().equals("DV0005") && v.year() == 2012)
                .map(r -> ((Confidence) r).placeUnitCode())).containsExactlyInAnyOrder("DUK", "SGD", "CCB");
    }

    static Confidence vote(String member, int year) {
        return history.stream().filter(r -> r instanceof Confidence v && v.memberCode().equals(member) && v.year() == year)
                .map(r -> (Confidence) r).findFirst().orElseThrow();
    }

    /** From one half to under two thirds of the ballots collected: 2·low ≥ collected and 3·low < 2·collected. */
    static boolean lowBand(String member, int year) {
        Confidence v = vote(member, year);
        return 2 * v.low() >= v.collected() && 3 * v.low() < 2 * v.collected();
    }
}
