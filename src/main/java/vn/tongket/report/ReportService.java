package vn.tongket.report;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.ReviewConclusionSource;
import vn.tongket.common.ReviewConclusionSource.ReviewConclusion;
import vn.tongket.evaluation.EvaluationAccess;
import vn.tongket.identity.CurrentUser;
import vn.tongket.evaluation.EvaluationStatus;
import vn.tongket.evaluation.LeaderCategory;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.ConfidenceThresholds;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.UnitCategory;
import vn.tongket.report.Reports.CommendationReport;
import vn.tongket.report.Reports.CommendationRow;
import vn.tongket.report.Reports.EvaluationReport;
import vn.tongket.report.Reports.EvaluationRow;
import vn.tongket.report.Reports.MemberRankingRow;
import vn.tongket.report.Reports.ReviewRankingReport;
import vn.tongket.report.Reports.UnitRankingRow;
import vn.tongket.report.Reports.VoteReport;
import vn.tongket.report.Reports.VoteRow;

/**
 * The aggregated reports, computed by SQL from the history tables (member_ranking_history,
 * unit_ranking_history, confidence_result_history, commendation_history) and from leader_evaluation, so they
 * do not depend on other features' own tables. {@code unitCode == null} means the whole bloc; otherwise the
 * unit and everything under it.
 */
@Service
@Transactional(readOnly = true)
public class ReportService {

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final ObjectProvider<ReviewConclusionSource> reviews;
    private final EvaluationAccess evaluationAccess;
    private final vn.tongket.vote.ConfidenceAssessor confidenceAssessor;
    private final vn.tongket.vote.VoteService votes;

    public ReportService(JdbcTemplate jdbc, OrganizationService organization, ObjectProvider<ReviewConclusionSource> reviews,
                         EvaluationAccess evaluationAccess, vn.tongket.vote.ConfidenceAssessor confidenceAssessor,
                         vn.tongket.vote.VoteService votes) {
        this.evaluationAccess = evaluationAccess;
        this.confidenceAssessor = confidenceAssessor;
        this.votes = votes;
        this.jdbc = jdbc;
        this.organization = organization;
        this.reviews = reviews;
    }

    /** The units of a scope: the unit and its active subtree, and for each its grassroots organization. */
    private final class Scope {
        final OrgUnit root;
        final Map<Long, OrgUnit> units = new LinkedHashMap<>();

        Scope(String unitCode) {
            root = unitCode == null || unitCode.isBlank() ? organization.bloc() : organization.unit(unitCode.trim());
            organization.subtree(root).forEach(u -> units.put(u.getId(), u));
        }

        boolean contains(Long unitId) {
            return unitId != null && units.containsKey(unitId);
        }

        /** The grassroots organization (or mass organization) a unit belongs to; the root for the bloc itself. */
        OrgUnit grassroots(Long unitId) {
            OrgUnit g = organization.grassrootsOf(units.get(unitId));
            return units.containsKey(g.getId()) ? g : root; // a scope below its grassroots organization (a branch's report)
        }

        String name() {
            return root.getName();
        }
    }

    // ------------------------------------------------------------------ review and ranking

    public ReviewRankingReport reviewRanking(int year, String unitCode) {
        Scope scope = new Scope(unitCode);
        List<UnitRankingRow> unitRows = new ArrayList<>();
        Map<UnitCategory, Integer> unitCounts = Reports.zeroCounts(UnitCategory.class);
        jdbc.query("select unit_id, self_score, superior_score, score, category from unit_ranking_history "
                + "where campaign_year = ?", rs -> {
            long unitId = rs.getLong(1);
            if (!scope.contains(unitId)) {
                return;
            }
            OrgUnit u = scope.units.get(unitId);
            UnitCategory c = UnitCategory.valueOf(rs.getString(5));
            unitCounts.merge(c, 1, Integer::sum);
            unitRows.add(new UnitRankingRow(u.getCode(), u.getName(), u.getKind().label(), rs.getBigDecimal(2),
                    rs.getBigDecimal(3), rs.getBigDecimal(4), c));
        }, year);
        unitRows.sort(Comparator.comparing(UnitRankingRow::unitCode));

        Map<Long, Tally> byGrassroots = new LinkedHashMap<>();
        Tally total = new Tally();
        ReviewConclusionSource source = reviews.getIfAvailable();
        jdbc.query("select m.unit_id, h.final_category, m.code from member_ranking_history h "
                + "join party_member m on m.id = h.member_id where h.campaign_year = ? order by m.code", rs -> {
            long unitId = rs.getLong(1);
            if (!scope.contains(unitId)) {
                return;
            }
            OrgUnit g = scope.grassroots(unitId);
            String cat = rs.getString(2);
            List<ReviewConclusion> conclusions = source == null ? List.of() : source.conclusionsOf(rs.getString(3), year);
            for (Tally t : List.of(byGrassroots.computeIfAbsent(g.getId(), k -> new Tally()), total)) {
                t.add(cat == null ? null : MemberCategory.valueOf(cat), conclusions);
            }
        }, year);
        List<MemberRankingRow> memberRows = new ArrayList<>();
        byGrassroots.forEach((id, t) -> {
            OrgUnit g = scope.units.get(id);
            memberRows.add(t.row(g.getCode(), g.getName()));
        });
        memberRows.sort(Comparator.comparing(MemberRankingRow::unitCode));
        return new ReviewRankingReport(year, scope.root.getCode(), scope.name(), unitRows, unitCounts, memberRows,
                total.row(scope.root.getCode(), "Tổng cộng"));
    }

    private static final class Tally {
        final Map<MemberCategory, Integer> counts = Reports.zeroCounts(MemberCategory.class);
        int pending;
        int reviewed;
        int paused;

        void add(MemberCategory c, List<ReviewConclusion> conclusions) {
            if (c == null) {
                pending++;
            } else {
                counts.merge(c, 1, Integer::sum);
            }
            if (!conclusions.isEmpty()) {
                reviewed++;
            }
            if (conclusions.stream().anyMatch(ReviewConclusion::paused)) {
                paused++;
            }
        }

        MemberRankingRow row(String code, String name) {
            int notRanked = counts.get(MemberCategory.NOT_RANKED);
            int ranked = counts.values().stream().mapToInt(Integer::intValue).sum() - notRanked;
            Map<MemberCategory, BigDecimal> percents = new EnumMap<>(MemberCategory.class);
            for (MemberCategory c : MemberCategory.values()) {
                if (c != MemberCategory.NOT_RANKED) {
                    percents.put(c, Reports.percent(counts.get(c), ranked));
                }
            }
            return new MemberRankingRow(code, name, counts, ranked, notRanked, pending, percents, reviewed, paused);
        }
    }

    // ------------------------------------------------------------------ confidence votes

    /** The user of the current request, or null for the application's own documents (submissions, simulation). */
    private static vn.tongket.vote.VoteViews.Actor readerOrNull() {
        try {
            var u = vn.tongket.identity.CurrentUser.get();
            return new vn.tongket.vote.VoteViews.Actor(u.userId(), u.groups(), u.isAdmin());
        } catch (vn.tongket.common.AccessRefusedException none) {
            return null;
        }
    }

    public VoteReport vote(int year, String unitCode) {
        Scope scope = new Scope(unitCode);
        Map<Long, List<vn.tongket.vote.ConfidenceConsequences.Counts>> previous = new HashMap<>();
        jdbc.query("select member_id, campaign_year, low_count, ballots_collected from confidence_result_history "
                + "where campaign_year between ? and ?", rs -> {
            previous.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                    .add(new vn.tongket.vote.ConfidenceConsequences.Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
        }, year - 2, year - 1);
        // per-person figures follow the vote's access rule (C.III.4): rows of places the reader may not see are left out
        vn.tongket.vote.VoteViews.Actor reader = readerOrNull();
        Map<Long, Boolean> mayRead = new HashMap<>();
        List<VoteRow> rows = new ArrayList<>();
        jdbc.query("select h.member_id, m.code, m.full_name, h.place_unit_id, h.position_title, h.ballots_issued, "
                + "h.ballots_collected, h.ballots_valid, h.high_count, h.medium_count, h.low_count "
                + "from confidence_result_history h join party_member m on m.id = h.member_id "
                + "where h.campaign_year = ? order by m.code, h.place_unit_id", rs -> {
            long place = rs.getLong(4);
            if (!scope.contains(place)
                    || (reader != null && !mayRead.computeIfAbsent(place, pl -> votes.mayExport(pl, year, reader)))) {
                return;
            }
            OrgUnit p = scope.units.get(place);
            int collected = rs.getInt(7), high = rs.getInt(9), medium = rs.getInt(10), low = rs.getInt(11);
            // C.III.5 through the vote's one implementation (the same text as the minutes and the evaluation)
            var assessment = confidenceAssessor.assess(new vn.tongket.vote.ConfidenceConsequences.Counts(year, low, collected),
                    previous.getOrDefault(rs.getLong(1), List.of()));
            rows.add(new VoteRow(rs.getString(2), rs.getString(3), p.getCode(), p.getName(), rs.getString(5),
                    rs.getInt(6), collected, rs.getInt(8), high, medium, low,
                    Reports.percent(high, collected), Reports.percent(medium, collected), Reports.percent(low, collected),
                    ConfidenceThresholds.moreThanHalfLow(low, collected),
                    ConfidenceThresholds.atLeastTwoThirdsLow(low, collected),
                    assessment.summary()));
        }, year);
        Set<String> persons = new HashSet<>();
        Set<String> overHalf = new HashSet<>();
        Set<String> twoThirds = new HashSet<>();
        int collected = 0, high = 0, medium = 0, low = 0;
        for (VoteRow r : rows) {
            persons.add(r.memberCode());
            if (r.lowOverHalf()) {
                overHalf.add(r.memberCode());
            }
            if (r.lowAtLeastTwoThirds()) {
                twoThirds.add(r.memberCode());
            }
            collected += r.collected();
            high += r.high();
            medium += r.medium();
            low += r.low();
        }
        return new VoteReport(year, scope.root.getCode(), scope.name(), rows, persons.size(), collected, high, medium, low,
                overHalf.size(), twoThirds.size());
    }

    // ------------------------------------------------------------------ commendations

    public CommendationReport commendation(int year, String unitCode) {
        Scope scope = new Scope(unitCode);
        List<CommendationRow> rows = new ArrayList<>();
        Map<AwardKind, Integer> unitCounts = Reports.zeroCounts(AwardKind.class);
        Map<AwardKind, Integer> memberCounts = Reports.zeroCounts(AwardKind.class);
        jdbc.query("select c.unit_id, m.unit_id, m.code, m.full_name, c.kind, c.award_level, c.decision_no, c.decision_date "
                + "from commendation_history c left join party_member m on m.id = c.member_id "
                + "where c.campaign_year = ? order by c.decision_date, c.id", rs -> {
            long unitId = rs.getLong(1);
            boolean collective = !rs.wasNull();
            long scopeUnit = collective ? unitId : rs.getLong(2);
            if (!scope.contains(scopeUnit)) {
                return;
            }
            AwardKind kind = AwardKind.valueOf(rs.getString(5));
            OrgUnit u = scope.units.get(scopeUnit);
            Date date = rs.getDate(8);
            rows.add(new CommendationRow(collective, collective ? u.getCode() : rs.getString(3),
                    collective ? u.getName() : rs.getString(4), scope.grassroots(scopeUnit).getName(), kind,
                    rs.getString(6), rs.getString(7), date == null ? null : date.toLocalDate()));
            (collective ? unitCounts : memberCounts).merge(kind, 1, Integer::sum);
        }, year);
        return new CommendationReport(year, scope.root.getCode(), scope.name(), rows, unitCounts, memberCounts);
    }

    // ------------------------------------------------------------------ leadership evaluation

    public EvaluationReport evaluation(int year, String unitCode) {
        return evaluation(year, unitCode, null);
    }

    /**
     * The evaluations of a year under a unit that {@code reader} may read by {@link EvaluationAccess} (the rule of
     * {@code GET /api/evaluations/{id}}); the others are left out of the rows and of the counts. {@code reader == null}:
     * all (the engine's own use).
     */
    public EvaluationReport evaluation(int year, String unitCode, CurrentUser reader) {
        Scope scope = new Scope(unitCode);
        List<EvaluationRow> rows = new ArrayList<>();
        Map<LeaderCategory, Integer> cadres = Reports.zeroCounts(LeaderCategory.class);
        Map<LeaderCategory, Integer> collectives = Reports.zeroCounts(LeaderCategory.class);
        int[] undecided = {0}, late = {0}, reportLate = {0};
        jdbc.query("select e.subject_key, e.subject_kind, e.unit_id, m.code, m.full_name, e.position_title, "
                + "e.deciding_level, e.category, e.status, e.low_over_half, e.late, e.report_late, e.decided_at, "
                + "e.deciding_group "
                + "from leader_evaluation e left join party_member m on m.id = e.member_id "
                + "where e.campaign_year = ? order by e.subject_kind desc, e.subject_key", rs -> {
            long unitId = rs.getLong(3);
            if (!scope.contains(unitId)) {
                return;
            }
            if (reader != null && !evaluationAccess.mayRead(rs.getString(14), rs.getString(4), reader)) {
                return;
            }
            OrgUnit u = scope.units.get(unitId);
            boolean cadre = "CADRE".equals(rs.getString(2));
            String cat = rs.getString(8);
            LeaderCategory category = cat == null ? null : LeaderCategory.valueOf(cat);
            if (category == null) {
                undecided[0]++;
            } else {
                (cadre ? cadres : collectives).merge(category, 1, Integer::sum);
            }
            boolean isLate = rs.getBoolean(11), isReportLate = rs.getBoolean(12);
            late[0] += isLate ? 1 : 0;
            reportLate[0] += isReportLate ? 1 : 0;
            Timestamp decided = rs.getTimestamp(13);
            rows.add(new EvaluationRow(rs.getString(1), cadre, u.getCode(), u.getName(), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), category, EvaluationStatus.valueOf(rs.getString(9)).label(),
                    rs.getBoolean(10), isLate, isReportLate, decided == null ? null : decided.toLocalDateTime()));
        }, year);
        return new EvaluationReport(year, scope.root.getCode(), scope.name(), rows, cadres, collectives, undecided[0],
                late[0], reportLate[0]);
    }
}
