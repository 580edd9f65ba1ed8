package vn.tongket.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.organization.MemberCategory.COMPLETED;
import static vn.tongket.organization.MemberCategory.COMPLETED_WELL;
import static vn.tongket.organization.MemberCategory.EXCELLENT;
import static vn.tongket.organization.MemberCategory.NOT_RANKED;
import static vn.tongket.organization.MemberCategory.VIOLATED_OR_NOT_COMPLETED;
import static vn.tongket.organization.UnitCategory.CLEAN_STRONG;
import static vn.tongket.organization.UnitCategory.EXEMPLARY_CLEAN_STRONG;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;

/** Every criterion of the four awards of B.III.1, on both sides of its boundary. N = 2013 and N = 2020. */
class CommendationEligibilityTest {

    static final int N = 2013;
    /** Reference date: the last day of the dossier, 18/01/N+1. */
    static final LocalDate REF = LocalDate.of(N + 1, 1, 18);
    final CommendationEligibility rules = new CommendationEligibility(N, REF);

    // ---------- builders ----------

    static Map<Integer, UnitHistory.Ranking> exemplary(int from, int to, String scoreOfLastYear) {
        Map<Integer, UnitHistory.Ranking> m = new HashMap<>();
        for (int y = from; y <= to; y++) {
            m.put(y, new UnitHistory.Ranking(EXEMPLARY_CLEAN_STRONG, new BigDecimal(y == to ? scoreOfLastYear : "96")));
        }
        return m;
    }

    static List<MemberCategory> members(int good, int other, int notRanked) {
        List<MemberCategory> l = new ArrayList<>();
        for (int i = 0; i < good; i++) l.add(i % 2 == 0 ? EXCELLENT : COMPLETED_WELL);
        l.addAll(Collections.nCopies(other, COMPLETED));
        l.addAll(Collections.nCopies(notRanked, NOT_RANKED));
        return l;
    }

    static UnitHistory branch(Map<Integer, UnitHistory.Ranking> rankings, List<MemberCategory> members, List<PastAward> awards) {
        return new UnitHistory(1, "CB1", "Chi bộ Văn phòng", UnitKind.BRANCH, rankings, members, awards);
    }

    static UnitHistory goodBranch() {
        return branch(exemplary(N - 2, N, "95"), members(10, 0, 0), List.of());
    }

    static UnitHistory organization(UnitKind kind, Map<Integer, UnitHistory.Ranking> rankings, List<PastAward> awards) {
        return new UnitHistory(2, "SGD", "Đảng bộ Sở Giáo dục", kind, rankings, List.of(), awards);
    }

    static Map<Integer, MemberCategory> excellent(int from, int to) {
        Map<Integer, MemberCategory> m = new HashMap<>();
        for (int y = from; y <= to; y++) m.put(y, EXCELLENT);
        return m;
    }

    static MemberHistory member(Map<Integer, MemberCategory> cats, List<MemberHistory.Title> titles, List<PastAward> awards) {
        return new MemberHistory(7, "DV7", "Lê Thị Hoa", "Chi bộ Văn phòng", cats, titles, awards);
    }

    static MemberHistory.Title cstd(int year) {
        return new MemberHistory.Title(year, EmulationTitle.GRASSROOTS_EMULATION_FIGHTER);
    }

    static PastAward bloc(LocalDate date) {
        return new PastAward(AwardKind.BLOC_CERTIFICATE, date.getYear() - 1, "12-QĐ/ĐU", date);
    }

    static PastAward province(LocalDate date) {
        return new PastAward(AwardKind.PROVINCE_MERIT, date.getYear() - 1, "345-QĐ/TU", date);
    }

    static Outcome outcome(Explanation e, String code) {
        return e.criterion(code).outcome();
    }

    // ---------- (a) branch giấy khen ----------


    @Test
    void allCriteriaMetAndJudged_eligible() {
        Explanation e = rules.branchCertificate(goodBranch(), Judgement.yes("Mô hình dân vận khéo"));
        assertThat(e.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(e.criteria()).hasSize(6).allMatch(Criterion::met);
        assertThat(e.criterion("JUDGEMENT").figures()).contains("Mô hình dân vận khéo");
    }

    @Test
    void judgementNotYetMade_subjectToJudgement_proposable() {
        Explanation e = rules.branchCertificate(goodBranch(), Judgement.NOT_YET);
        assertThat(e.status()).isEqualTo(EligibilityStatus.SUBJECT_TO_JUDGEMENT);
        assertThat(e.status().proposable()).isTrue();
    }

    @Test
    void committeeJudgesNoNewActivities_notEligible() {
        assertThat(rules.branchCertificate(goodBranch(), Judgement.no("Chưa có mô hình mới")).status())
                .isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    void grassrootsBranchIsNotASubordinateBranch_notEligible() {
        UnitHistory u = new UnitHistory(1, "CBCS", "Chi bộ cơ sở", UnitKind.GRASSROOTS_BRANCH,
                exemplary(N - 2, N, "99"), members(10, 0, 0), List.of());
        assertThat(outcome(rules.branchCertificate(u, Judgement.NOT_YET), "KIND")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void exemplaryThreeYearsNMinus2ToN_met() {
        Explanation e = rules.branchCertificate(goodBranch(), Judgement.NOT_YET);
        assertThat(e.criterion("EXEMPLARY_YEARS").met()).isTrue();
        assertThat(e.criterion("EXEMPLARY_YEARS").figures()).contains("2011: Trong sạch, vững mạnh tiêu biểu")
                .contains("2013: Trong sạch, vững mạnh tiêu biểu");
    }

    @Test
    void exemplaryOnlyTwoYears_notMet() {
        Map<Integer, UnitHistory.Ranking> r = exemplary(N - 1, N, "98");
        Explanation e = rules.branchCertificate(branch(r, members(10, 0, 0), List.of()), Judgement.NOT_YET);
        assertThat(e.criterion("EXEMPLARY_YEARS").outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("EXEMPLARY_YEARS").figures()).contains("2011: không có kết quả xếp loại");
        assertThat(e.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    void cleanStrongButNotExemplaryInMiddleYear_notMet() {
        Map<Integer, UnitHistory.Ranking> r = exemplary(N - 2, N, "98");
        r.put(N - 1, new UnitHistory.Ranking(CLEAN_STRONG, new BigDecimal("97")));
        Explanation e = rules.branchCertificate(branch(r, members(10, 0, 0), List.of()), Judgement.NOT_YET);
        assertThat(e.criterion("EXEMPLARY_YEARS").figures()).contains("2012: Trong sạch, vững mạnh;");
        assertThat(outcome(e, "EXEMPLARY_YEARS")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void windowMovesWithN_yearsNMinus2ToN() {
        CommendationEligibility r2020 = new CommendationEligibility(2020, LocalDate.of(2021, 1, 18));
        UnitHistory u = branch(exemplary(2018, 2020, "95"), members(10, 0, 0), List.of());
        assertThat(r2020.branchCertificate(u, Judgement.NOT_YET).criterion("EXEMPLARY_YEARS").met()).isTrue();
        UnitHistory old = branch(exemplary(2011, 2013, "95"), members(10, 0, 0), List.of());
        assertThat(r2020.branchCertificate(old, Judgement.NOT_YET).criterion("EXEMPLARY_YEARS").met()).isFalse();
    }

    @Test
    void score95_met() {
        assertThat(outcome(rules.branchCertificate(branch(exemplary(N - 2, N, "95"), members(10, 0, 0), List.of()),
                Judgement.NOT_YET), "SCORE")).isEqualTo(Outcome.MET);
    }

    @Test
    void score94_notMet() {
        Explanation e = rules.branchCertificate(branch(exemplary(N - 2, N, "94"), members(10, 0, 0), List.of()), Judgement.NOT_YET);
        assertThat(outcome(e, "SCORE")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("SCORE").figures()).isEqualTo("Năm 2013: 94 điểm");
    }

    @Test
    void score94point99_notMet_decimalScoresCompareExactly() {
        assertThat(outcome(rules.branchCertificate(branch(exemplary(N - 2, N, "94.99"), members(10, 0, 0), List.of()),
                Judgement.NOT_YET), "SCORE")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void scoreOfEarlierYearsDoesNotMatter_onlyN() {
        Map<Integer, UnitHistory.Ranking> r = exemplary(N - 2, N, "95");
        r.put(N - 1, new UnitHistory.Ranking(EXEMPLARY_CLEAN_STRONG, new BigDecimal("90")));
        assertThat(outcome(rules.branchCertificate(branch(r, members(10, 0, 0), List.of()), Judgement.NOT_YET), "SCORE"))
                .isEqualTo(Outcome.MET);
    }

    @Test
    void ninetyPercentExactly_9of10_notMet() {
        Explanation e = rules.branchCertificate(branch(exemplary(N - 2, N, "96"), members(9, 1, 0), List.of()), Judgement.NOT_YET);
        assertThat(outcome(e, "COMPLETED_WELL_SHARE")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("COMPLETED_WELL_SHARE").figures()).contains("9/10").contains("90,0%").contains("10 × 9 ≤ 9 × 10");
    }

    @Test
    void overNinetyPercent_10of11_met() {
        Explanation e = rules.branchCertificate(branch(exemplary(N - 2, N, "96"), members(10, 1, 0), List.of()), Judgement.NOT_YET);
        assertThat(outcome(e, "COMPLETED_WELL_SHARE")).isEqualTo(Outcome.MET);
        assertThat(e.criterion("COMPLETED_WELL_SHARE").figures()).contains("10/11").contains("90,9%");
    }

    @Test
    void ninetyPointOnePercent_901of1000_met_and_900of1000_notMet() {
        assertThat(CommendationEligibility.overNinetyPercent(901, 1000)).isTrue();
        assertThat(CommendationEligibility.overNinetyPercent(900, 1000)).isFalse();
        assertThat(CommendationEligibility.overNinetyPercent(18, 20)).isFalse();
        assertThat(CommendationEligibility.overNinetyPercent(19, 21)).isTrue();
        assertThat(CommendationEligibility.overNinetyPercent(0, 0)).isFalse();
    }

    @Test
    void notRankedMembersExcludedFromDenominator_10of11PlusTwoNotRanked_met() {
        // 10 good of 13 members would be 76.9 %; the 2 not ranked are left out: 10/11 = 90.9 %
        Explanation e = rules.branchCertificate(branch(exemplary(N - 2, N, "96"), members(10, 1, 2), List.of()), Judgement.NOT_YET);
        assertThat(outcome(e, "COMPLETED_WELL_SHARE")).isEqualTo(Outcome.MET);
        assertThat(e.criterion("COMPLETED_WELL_SHARE").figures()).contains("10/11").contains("không tính 2 đảng viên không xếp loại");
    }

    @Test
    void notRankedExcluded_9of10PlusOneNotRanked_stillNotMet() {
        assertThat(outcome(rules.branchCertificate(branch(exemplary(N - 2, N, "96"), members(9, 1, 1), List.of()),
                Judgement.NOT_YET), "COMPLETED_WELL_SHARE")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void excellentCountsAsCompletedWell() {
        List<MemberCategory> all = Collections.nCopies(5, EXCELLENT);
        assertThat(outcome(rules.branchCertificate(branch(exemplary(N - 2, N, "96"), all, List.of()), Judgement.NOT_YET),
                "COMPLETED_WELL_SHARE")).isEqualTo(Outcome.MET);
    }

    @Test
    void noRankedMembers_notMet() {
        assertThat(outcome(rules.branchCertificate(branch(exemplary(N - 2, N, "96"), members(0, 0, 3), List.of()),
                Judgement.NOT_YET), "COMPLETED_WELL_SHARE")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void awardedExactlyThreeYearsBeforeReference_ok() {
        UnitHistory u = branch(exemplary(N - 2, N, "96"), members(10, 0, 0), List.of(bloc(REF.minusYears(3))));
        Explanation e = rules.branchCertificate(u, Judgement.NOT_YET);
        assertThat(outcome(e, "WAITING_PERIOD")).isEqualTo(Outcome.MET);
        assertThat(e.criterion("WAITING_PERIOD").figures()).contains("được đề nghị lại từ 18/01/2014");
    }

    @Test
    void awardedThreeYearsMinusADayBeforeReference_notYet() {
        // decided 19/01/2011: may be proposed again from 19/01/2014, one day after the 18/01/2014 cut-off
        UnitHistory u = branch(exemplary(N - 2, N, "96"), members(10, 0, 0), List.of(bloc(REF.minusYears(3).plusDays(1))));
        Explanation e = rules.branchCertificate(u, Judgement.NOT_YET);
        assertThat(outcome(e, "WAITING_PERIOD")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("WAITING_PERIOD").figures()).contains("từ 19/01/2014");
    }

    @Test
    void awardedTwoYearsAgo_notYet_threeYearsAgo_ok() {
        UnitHistory two = branch(exemplary(N - 2, N, "96"), members(10, 0, 0), List.of(bloc(LocalDate.of(N - 1, 1, 10))));
        UnitHistory three = branch(exemplary(N - 2, N, "96"), members(10, 0, 0), List.of(bloc(LocalDate.of(N - 2, 1, 10))));
        assertThat(outcome(rules.branchCertificate(two, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(rules.branchCertificate(three, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.MET);
    }

    @Test
    void waitingCountsFromLatestAwardOfSameKindOnly() {
        UnitHistory u = branch(exemplary(N - 2, N, "96"), members(10, 0, 0),
                List.of(bloc(LocalDate.of(N - 5, 2, 1)), province(LocalDate.of(N, 2, 1))));
        assertThat(outcome(rules.branchCertificate(u, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.MET);
        UnitHistory twice = branch(exemplary(N - 2, N, "96"), members(10, 0, 0),
                List.of(bloc(LocalDate.of(N - 5, 2, 1)), bloc(LocalDate.of(N - 1, 2, 1))));
        assertThat(outcome(rules.branchCertificate(twice, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void explanationQuotesTheGuidance() {
        Explanation e = rules.branchCertificate(goodBranch(), Judgement.NOT_YET);
        assertThat(e.criterion("SCORE").guidance()).contains("có số điểm đạt từ 95 điểm trở lên");
        assertThat(e.criterion("WAITING_PERIOD").guidance()).contains("phải sau 3 năm (kể từ ngày được khen)");
        assertThat(e.toText()).contains("Căn cứ:").contains("[Đạt]");
    }

    // ---------- (b) organization bằng khen ----------


    @Test
    void grassrootsCommitteeExemplaryThreeYears_eligibleAfterJudgement() {
        Explanation e = rules.organizationMerit(organization(UnitKind.GRASSROOTS_COMMITTEE, exemplary(N - 2, N, "90"), List.of()),
                Judgement.yes("Dẫn đầu phong trào"));
        assertThat(e.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void grassrootsBranchCounts_noScoreThreshold() {
        Explanation e = rules.organizationMerit(organization(UnitKind.GRASSROOTS_BRANCH, exemplary(N - 2, N, "80"), List.of()),
                Judgement.NOT_YET);
        assertThat(e.status()).isEqualTo(EligibilityStatus.SUBJECT_TO_JUDGEMENT);
    }

    @Test
    void subordinateBranchIsNotAGrassrootsOrganization_notEligible() {
        assertThat(outcome(rules.organizationMerit(organization(UnitKind.BRANCH, exemplary(N - 2, N, "99"), List.of()),
                Judgement.NOT_YET), "KIND")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void exemplaryOnlyNMinus1AndN_notEligible() {
        assertThat(rules.organizationMerit(organization(UnitKind.GRASSROOTS_COMMITTEE, exemplary(N - 1, N, "99"), List.of()),
                Judgement.NOT_YET).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
    }

    @Test
    void provinceMeritThreeYearsMinusADay_notYet_exactlyThree_ok() {
        var notYet = organization(UnitKind.GRASSROOTS_COMMITTEE, exemplary(N - 2, N, "99"), List.of(province(REF.minusYears(3).plusDays(1))));
        var ok = organization(UnitKind.GRASSROOTS_COMMITTEE, exemplary(N - 2, N, "99"), List.of(province(REF.minusYears(3))));
        assertThat(outcome(rules.organizationMerit(notYet, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(rules.organizationMerit(ok, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.MET);
    }

    @Test
    void blocCertificateDoesNotDelayProvinceMerit() {
        var u = organization(UnitKind.GRASSROOTS_COMMITTEE, exemplary(N - 2, N, "99"), List.of(bloc(LocalDate.of(N, 2, 1))));
        assertThat(outcome(rules.organizationMerit(u, Judgement.NOT_YET), "WAITING_PERIOD")).isEqualTo(Outcome.MET);
    }

    // ---------- (c) member giấy khen ----------


    @Test
    void excellentThreeYearsAndOneTitle_eligible() {
        Explanation e = rules.memberCertificate(member(excellent(N - 2, N), List.of(cstd(N - 1)), List.of()));
        assertThat(e.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void excellentTwoYears_notEligible() {
        Map<Integer, MemberCategory> c = excellent(N - 2, N);
        c.put(N - 2, COMPLETED_WELL);
        Explanation e = rules.memberCertificate(member(c, List.of(cstd(N)), List.of()));
        assertThat(outcome(e, "EXCELLENT_YEARS")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("EXCELLENT_YEARS").figures()).contains("2011: Đủ tư cách, hoàn thành tốt nhiệm vụ");
    }

    @Test
    void notRankedInOneYear_breaksTheSeries() {
        Map<Integer, MemberCategory> c = excellent(N - 2, N);
        c.put(N - 1, NOT_RANKED);
        assertThat(outcome(rules.memberCertificate(member(c, List.of(cstd(N)), List.of())), "EXCELLENT_YEARS"))
                .isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void noEmulationTitle_notEligible() {
        Explanation e = rules.memberCertificate(member(excellent(N - 2, N), List.of(), List.of()));
        assertThat(outcome(e, "EMULATION_TITLES")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void titleBeforeTheWindow_notCounted() {
        Explanation e = rules.memberCertificate(member(excellent(N - 2, N), List.of(cstd(N - 3)), List.of()));
        assertThat(outcome(e, "EMULATION_TITLES")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("EMULATION_TITLES").figures()).contains("ngoài thời kỳ xét, không tính: Chiến sỹ thi đua cơ sở 2010");
    }

    @Test
    void higherTitleCountsAsEquivalentOrAbove() {
        var t = new MemberHistory.Title(N - 2, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER);
        assertThat(outcome(rules.memberCertificate(member(excellent(N - 2, N), List.of(t), List.of())), "EMULATION_TITLES"))
                .isEqualTo(Outcome.MET);
    }

    @Test
    void certificateThreeYearsMinusADay_notYet_exactlyThree_ok() {
        var notYet = member(excellent(N - 2, N), List.of(cstd(N)), List.of(bloc(REF.minusYears(3).plusDays(1))));
        var ok = member(excellent(N - 2, N), List.of(cstd(N)), List.of(bloc(REF.minusYears(3))));
        assertThat(rules.memberCertificate(notYet).status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(rules.memberCertificate(ok).status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void leapDayAward_eligibleAgainOn28February() {
        assertThat(CommendationEligibility.eligibleAgainFrom(Award.MEMBER_CERTIFICATE, LocalDate.of(2012, 2, 29)))
                .isEqualTo(LocalDate.of(2015, 2, 28));
    }

    // ---------- (d) member bằng khen ----------


    MemberHistory full(List<PastAward> awards) {
        List<PastAward> all = new ArrayList<>(awards);
        all.add(0, bloc(LocalDate.of(N - 2, 1, 15)));
        return member(excellent(N - 4, N), List.of(cstd(N - 3), cstd(N - 1)), all);
    }

    @Test
    void excellentFiveYearsCertificateAndTwoTitles_eligible() {
        Explanation e = rules.memberMerit(full(List.of()));
        assertThat(e.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
        assertThat(e.criterion("EXCELLENT_YEARS").label()).contains("2009–2013");
    }

    @Test
    void excellentOnlyFourYears_notEligible() {
        Map<Integer, MemberCategory> c = excellent(N - 4, N);
        c.remove(N - 4);
        MemberHistory m = member(c, List.of(cstd(N - 3), cstd(N - 1)), List.of(bloc(LocalDate.of(N - 2, 1, 15))));
        Explanation e = rules.memberMerit(m);
        assertThat(outcome(e, "EXCELLENT_YEARS")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("EXCELLENT_YEARS").figures()).contains("2009: không có kết quả xếp loại");
    }

    @Test
    void oneTitle_notEnough_twoNeeded() {
        MemberHistory m = member(excellent(N - 4, N), List.of(cstd(N - 1)), List.of(bloc(LocalDate.of(N - 2, 1, 15))));
        assertThat(outcome(rules.memberMerit(m), "EMULATION_TITLES")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void twoTitlesInTheSameYear_countOnce() {
        MemberHistory m = member(excellent(N - 4, N), List.of(cstd(N - 1),
                new MemberHistory.Title(N - 1, EmulationTitle.PROVINCIAL_EMULATION_FIGHTER)), List.of(bloc(LocalDate.of(N - 2, 1, 15))));
        assertThat(outcome(rules.memberMerit(m), "EMULATION_TITLES")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void noBlocCertificateInWindow_notEligible() {
        MemberHistory m = member(excellent(N - 4, N), List.of(cstd(N - 3), cstd(N - 1)),
                List.of(new PastAward(AwardKind.BLOC_CERTIFICATE, N - 6, "1-QĐ/ĐU", LocalDate.of(N - 5, 1, 10))));
        assertThat(outcome(rules.memberMerit(m), "BLOC_CERTIFICATE")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void blocCertificateForNMinus5DecidedInJanuaryNMinus4_countsInTheWindow() {
        MemberHistory m = member(excellent(N - 4, N), List.of(cstd(N - 3), cstd(N - 1)),
                List.of(new PastAward(AwardKind.BLOC_CERTIFICATE, N - 5, "5-QĐ/ĐU", LocalDate.of(N - 4, 1, 12))));
        Explanation e = rules.memberMerit(m);
        assertThat(outcome(e, "BLOC_CERTIFICATE")).isEqualTo(Outcome.MET);
        assertThat(e.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void blocCertificateDecidedOn31DecemberNMinus5_outsideTheWindow() {
        MemberHistory m = member(excellent(N - 4, N), List.of(cstd(N - 3), cstd(N - 1)),
                List.of(new PastAward(AwardKind.BLOC_CERTIFICATE, N - 5, "5-QĐ/ĐU", LocalDate.of(N - 5, 12, 31))));
        assertThat(outcome(rules.memberMerit(m), "BLOC_CERTIFICATE")).isEqualTo(Outcome.NOT_MET);
    }

    @Test
    void provinceMeritFiveYearsMinusADay_notYet_exactlyFive_ok() {
        assertThat(outcome(rules.memberMerit(full(List.of(province(REF.minusYears(5).plusDays(1))))), "WAITING_PERIOD"))
                .isEqualTo(Outcome.NOT_MET);
        assertThat(outcome(rules.memberMerit(full(List.of(province(REF.minusYears(5))))), "WAITING_PERIOD"))
                .isEqualTo(Outcome.MET);
    }

    @Test
    void provinceMeritFourYearsAgo_stillWaiting_threeYearRuleDoesNotApply() {
        Explanation e = rules.memberMerit(full(List.of(province(REF.minusYears(4)))));
        assertThat(outcome(e, "WAITING_PERIOD")).isEqualTo(Outcome.NOT_MET);
        assertThat(e.criterion("WAITING_PERIOD").label()).contains("Đủ 5 năm");
    }

    @Test
    void blocCertificateTwoYearsAgo_doesNotDelayTheProvinceMerit() {
        assertThat(outcome(rules.memberMerit(full(List.of())), "WAITING_PERIOD")).isEqualTo(Outcome.MET);
    }

    @Test
    void categoriesAreUnitCategoriesOfTheOrganizationModel() {
        assertThat(UnitCategory.EXEMPLARY_CLEAN_STRONG.isCleanStrong()).isTrue();
    }

    // ---------- C.III.5 flowing into commendation ----------

    static MemberHistory reRanked(Map<Integer, MemberCategory> cats, MemberCategory corrected) {
        return new MemberHistory(7, "DV7", "Lê Thị Hoa", "Chi bộ Văn phòng", cats, List.of(cstd(N - 1), cstd(N - 2)), List.of(),
                List.of(new MemberHistory.RankingCorrection(N, 31, 60, EXCELLENT, corrected)));
    }

    @Test
    void rankingNotYetCorrectedAfterOverHalfLow_proposalRefused_citingC_III_5() {
        Explanation e = rules.memberCertificate(reRanked(excellent(N - 2, N), null));
        assertThat(e.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(e.criterion("EXCELLENT_YEARS").met()).isTrue(); // the stored ranking still says HTXS...
        Criterion c = e.criterion("LOW_CONFIDENCE_RERANKING");   // ...but it no longer stands
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_MET);
        assertThat(c.figures()).contains("31/60").contains("chưa xếp loại lại");
        assertThat(c.guidance()).contains("trên 50% số phiếu tín nhiệm thấp").contains("C.III.5");
        assertThat(e.summary()).contains("C.III.5");
    }

    @Test
    void rankingCorrectedAfterOverHalfLow_meritAlsoRefused_citingC_III_5() {
        Map<Integer, MemberCategory> cats = excellent(N - 4, N);
        cats.put(N, VIOLATED_OR_NOT_COMPLETED);
        Explanation e = rules.memberMerit(reRanked(cats, VIOLATED_OR_NOT_COMPLETED));
        assertThat(e.status()).isEqualTo(EligibilityStatus.NOT_ELIGIBLE);
        assertThat(e.criterion("EXCELLENT_YEARS").met()).isFalse();
        assertThat(e.criterion("LOW_CONFIDENCE_RERANKING").figures()).contains("đã xếp loại lại").contains(VIOLATED_OR_NOT_COMPLETED.label());
    }

    @Test
    void reRankingOutsideTheAwardWindow_notACriterion() {
        MemberHistory h = new MemberHistory(7, "DV7", "Lê Thị Hoa", "Chi bộ Văn phòng", excellent(N - 2, N), List.of(cstd(N - 1)),
                List.of(), List.of(new MemberHistory.RankingCorrection(N - 3, 31, 60, EXCELLENT, VIOLATED_OR_NOT_COMPLETED)));
        Explanation e = rules.memberCertificate(h);
        assertThat(e.criteria()).noneMatch(c -> c.code().equals("LOW_CONFIDENCE_RERANKING"));
        assertThat(e.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }
}
