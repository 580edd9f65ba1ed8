package vn.tongket.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.tongket.evaluation.LeaderCategory;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;

/**
 * The plain data rows of each report (what {@link ReportService} returns and the renderers print). Percentages
 * are exact: count × 100 / denominator, 2 decimals, HALF_UP.
 */
public final class Reports {

    private Reports() {
    }

    /** count × 100 / whole, 2 decimals HALF_UP; 0 when whole is 0. */
    public static BigDecimal percent(int count, int whole) {
        if (whole <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }

    // ------------------------------------------------------------------ review and ranking (before 30/12/N)

    /** The year's ranking of one grassroots organization (unit_ranking_history). */
    public record UnitRankingRow(String unitCode, String unitName, String kind, BigDecimal selfScore,
                                 BigDecimal superiorScore, BigDecimal score, UnitCategory category) {
    }

    /**
     * Members of one grassroots organization by final category (member_ranking_history.final_category);
     * percentages over the members ranked (NOT_RANKED excluded from the denominator, domain.md §4.8);
     * {@code pending} = history rows without a final category yet; {@code reviewed}/{@code reviewPaused} from
     * the review feature's conclusions (0 while it is absent).
     */
    public record MemberRankingRow(String unitCode, String unitName, Map<MemberCategory, Integer> counts,
                                   int ranked, int notRanked, int pending, Map<MemberCategory, BigDecimal> percents,
                                   int reviewed, int reviewPaused) {
    }

    public record ReviewRankingReport(int year, String scopeCode, String scopeName, List<UnitRankingRow> units,
                                      Map<UnitCategory, Integer> unitCategoryCounts, List<MemberRankingRow> members,
                                      MemberRankingRow total) {
    }

    // ------------------------------------------------------------------ confidence votes (before 30/12/N)

    /** One person at one place (confidence_result_history); percentages over ballots collected. */
    public record VoteRow(String memberCode, String fullName, String placeCode, String placeName, String positionTitle,
                          int issued, int collected, int valid, int high, int medium, int low,
                          BigDecimal highPercent, BigDecimal mediumPercent, BigDecimal lowPercent,
                          boolean lowOverHalf, boolean lowAtLeastTwoThirds, String consequence) {
    }

    /** Totals: ballots by level over all rows; persons (distinct members) by band. */
    public record VoteReport(int year, String scopeCode, String scopeName, List<VoteRow> rows, int persons,
                             int collected, int high, int medium, int low, int personsLowOverHalf,
                             int personsLowAtLeastTwoThirds) {
    }

    // ------------------------------------------------------------------ commendations (18/01/N+1)

    /** One award of the year (commendation_history): for a member or for a unit. */
    public record CommendationRow(boolean collective, String code, String name, String grassrootsName, AwardKind kind,
                                  String level, String decisionNo, LocalDate decisionDate) {
    }

    public record CommendationReport(int year, String scopeCode, String scopeName, List<CommendationRow> rows,
                                     Map<AwardKind, Integer> unitCounts, Map<AwardKind, Integer> memberCounts) {
    }

    // ------------------------------------------------------------------ evaluation (before 30/01/N+1)

    /** One evaluation (leader_evaluation); category null while undecided. */
    public record EvaluationRow(String subjectKey, boolean cadre, String unitCode, String unitName, String memberCode,
                                String memberName, String positionTitle, String decidingLevel, LeaderCategory category,
                                String status, boolean lowOverHalf, boolean late, boolean reportLate,
                                LocalDateTime decidedAt) {
    }

    public record EvaluationReport(int year, String scopeCode, String scopeName, List<EvaluationRow> rows,
                                   Map<LeaderCategory, Integer> cadreCounts, Map<LeaderCategory, Integer> collectiveCounts,
                                   int undecided, int late, int reportLate) {
    }

    static <E extends Enum<E>> Map<E, Integer> zeroCounts(Class<E> type) {
        Map<E, Integer> m = new EnumMap<>(type);
        for (E e : type.getEnumConstants()) {
            m.put(e, 0);
        }
        return m;
    }
}
