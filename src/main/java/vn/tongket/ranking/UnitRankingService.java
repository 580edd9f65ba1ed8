package vn.tongket.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.DomainException;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitRankingRecord;
import vn.tongket.organization.UnitRankingRepository;

/** Scores, proposal and decision of one grassroots organization for one year ({@code ranking_unit_*}). */
@Service
@Transactional
public class UnitRankingService {

    public enum Side { SELF, SUPERIOR }

    /** What the scoring page shows: the scorecard, both sides' points, the vetoes applied, the proposal. */
    public record Sheet(String unitCode, String unitName, int year, Scorecard scorecard,
                        Map<String, BigDecimal> selfPoints, Map<String, BigDecimal> superiorPoints,
                        boolean selfSubmitted, boolean superiorSubmitted, List<String> vetoCodes,
                        BigDecimal selfScore, BigDecimal superiorScore, UnitCategory proposedCategory,
                        UnitCategory decidedCategory, String decisionReason) {
    }

    private final JdbcTemplate jdbc;
    private final ScorecardService scorecards;
    private final OrganizationService organization;
    private final UnitRankingRepository history;

    public UnitRankingService(JdbcTemplate jdbc, ScorecardService scorecards, OrganizationService organization,
                              UnitRankingRepository history) {
        this.jdbc = jdbc;
        this.scorecards = scorecards;
        this.organization = organization;
        this.history = history;
    }

    /** The grassroots organization of the code; refuses other kinds. */
    @Transactional(readOnly = true)
    public OrgUnit grassroots(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        if (!unit.getKind().isGrassroots()) {
            throw new DomainException("unitCode", "Đơn vị " + unitCode + " (" + unit.getKind().label()
                    + ") không phải tổ chức cơ sở đảng (đảng bộ cơ sở hoặc chi bộ cơ sở)");
        }
        return unit;
    }

    public Sheet sheet(String unitCode, int year) {
        OrgUnit unit = grassroots(unitCode);
        Scorecard scorecard = scorecards.forYear(year);
        ensureRow(unit.getId(), year);
        Map<String, BigDecimal> self = new LinkedHashMap<>();
        Map<String, BigDecimal> superior = new LinkedHashMap<>();
        jdbc.query("select criterion_code, self_points, superior_points from ranking_unit_score where unit_id = ? and campaign_year = ?",
                rs -> {
                    if (rs.getBigDecimal(2) != null) self.put(rs.getString(1), rs.getBigDecimal(2));
                    if (rs.getBigDecimal(3) != null) superior.put(rs.getString(1), rs.getBigDecimal(3));
                }, unit.getId(), year);
        return jdbc.queryForObject("select * from ranking_unit_sheet where unit_id = ? and campaign_year = ?", (rs, i) -> {
            boolean selfDone = rs.getBoolean("self_submitted");
            boolean superiorDone = rs.getBoolean("superior_submitted");
            List<String> vetoes = codes(rs.getString("veto_codes"));
            return new Sheet(unit.getCode(), unit.getName(), year, scorecard, self, superior, selfDone, superiorDone, vetoes,
                    selfDone ? ScorecardEvaluation.total(scorecard, self, "selfPoints") : null,
                    superiorDone ? ScorecardEvaluation.total(scorecard, superior, "superiorPoints") : null,
                    category(rs.getString("proposed_category")), category(rs.getString("decided_category")),
                    rs.getString("decision_reason"));
        }, unit.getId(), year);
    }

    /** Saves one side's points (every criterion, checked against its maximum); the superior also gives the vetoes. */
    public Sheet saveScores(String unitCode, int year, Side side, Map<String, BigDecimal> points, List<String> vetoCodes) {
        OrgUnit unit = grassroots(unitCode);
        Scorecard scorecard = scorecards.forYear(year);
        String field = side == Side.SELF ? "selfPoints" : "superiorPoints";
        BigDecimal total = ScorecardEvaluation.total(scorecard, points == null ? Map.of() : points, field);
        ensureRow(unit.getId(), year);
        if (decided(unit.getId(), year)) {
            throw new DomainException(field, "BTV Đảng ủy Khối đã quyết định xếp loại đơn vị " + unitCode + " năm " + year + ": không sửa điểm được nữa");
        }
        String column = side == Side.SELF ? "self_points" : "superior_points";
        for (Map.Entry<String, BigDecimal> p : points.entrySet()) {
            int n = jdbc.update("update ranking_unit_score set " + column + " = ? where unit_id = ? and campaign_year = ? and criterion_code = ?",
                    p.getValue(), unit.getId(), year, p.getKey());
            if (n == 0) {
                jdbc.update("insert into ranking_unit_score (unit_id, campaign_year, criterion_code, " + column + ") values (?, ?, ?, ?)",
                        unit.getId(), year, p.getKey(), p.getValue());
            }
        }
        if (side == Side.SELF) {
            jdbc.update("update ranking_unit_sheet set self_submitted = ? where unit_id = ? and campaign_year = ?", true, unit.getId(), year);
        } else {
            List<String> vetoes = vetoCodes == null ? List.of() : vetoCodes.stream().distinct().toList();
            // the proposal follows the superior's points at once: the page shows it, and it is never older than them
            UnitCategory proposal = ScorecardEvaluation.proposal(scorecard, total, vetoes);
            jdbc.update("update ranking_unit_sheet set superior_submitted = ?, veto_codes = ?, proposed_category = ?"
                    + " where unit_id = ? and campaign_year = ?", true, String.join(",", vetoes), proposal.name(), unit.getId(), year);
        }
        return sheet(unitCode, year);
    }

    /** Refuses to leave the scoring task before that side's points are saved. */
    @Transactional(readOnly = true)
    public void requireScores(String unitCode, int year, Side side) {
        Sheet s = sheet(unitCode, year);
        if (side == Side.SELF ? !s.selfSubmitted() : !s.superiorSubmitted()) {
            throw new DomainException(side == Side.SELF ? "selfPoints" : "superiorPoints", "Chưa nhập đủ điểm "
                    + (side == Side.SELF ? "tự chấm" : "cấp trên chấm") + " cho " + s.unitName()
                    + " trên trang chấm điểm (/ranking/score.html?unit=" + unitCode + "&year=" + year + ")");
        }
    }

    /** Computes the proposal from the superior's points and the vetoes, and stores it. */
    public ScorecardEvaluation propose(String unitCode, int year) {
        Sheet s = sheet(unitCode, year);
        ScorecardEvaluation e = ScorecardEvaluation.evaluate(s.scorecard(), s.selfPoints(), s.superiorPoints(), s.vetoCodes());
        jdbc.update("update ranking_unit_sheet set proposed_category = ? where unit_id = ? and campaign_year = ?",
                e.proposedCategory().name(), grassroots(unitCode).getId(), year);
        return e;
    }

    /** The BTV ĐUK's decision, checked by {@link UnitCategoryRule#checkDecision}. */
    public void decide(String unitCode, int year, UnitCategory decided, String reason) {
        Sheet s = sheet(unitCode, year);
        if (s.proposedCategory() == null) {
            throw new DomainException("category", "Chưa có loại đề xuất: cấp trên chưa chấm điểm");
        }
        List<Scorecard.Veto> vetoes = s.vetoCodes().stream().map(s.scorecard()::veto).toList();
        UnitCategoryRule.checkDecision(s.proposedCategory(), decided, reason, vetoes);
        jdbc.update("update ranking_unit_sheet set decided_category = ?, decision_reason = ? where unit_id = ? and campaign_year = ?",
                decided.name(), reason == null || reason.isBlank() ? null : reason.trim(), grassroots(unitCode).getId(), year);
    }

    /** Writes (or overwrites) unit_ranking_history for the year with source PROCESS. */
    public UnitRankingRecord record(String unitCode, int year) {
        Sheet s = sheet(unitCode, year);
        if (s.decidedCategory() == null) {
            throw new DomainException("category", "BTV Đảng ủy Khối chưa quyết định xếp loại");
        }
        OrgUnit unit = grassroots(unitCode);
        UnitRankingRecord r = history.findByUnitIdAndYear(unit.getId(), year)
                .orElseGet(() -> new UnitRankingRecord(unit.getId(), year, s.superiorScore(), s.decidedCategory(), HistorySource.PROCESS));
        r.setSelfScore(s.selfScore());
        r.setSuperiorScore(s.superiorScore());
        r.setScore(s.superiorScore());
        r.setCategory(s.decidedCategory());
        r.setSource(HistorySource.PROCESS);
        return history.save(r);
    }

    private boolean decided(Long unitId, int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select decided_category is not null from ranking_unit_sheet where unit_id = ? and campaign_year = ?",
                Boolean.class, unitId, year));
    }

    private void ensureRow(Long unitId, int year) {
        Integer n = jdbc.queryForObject("select count(*) from ranking_unit_sheet where unit_id = ? and campaign_year = ?",
                Integer.class, unitId, year);
        if (n == null || n == 0) {
            jdbc.update("insert into ranking_unit_sheet (unit_id, campaign_year, self_submitted, superior_submitted) values (?, ?, ?, ?)",
                    unitId, year, false, false);
        }
    }

    private static List<String> codes(String csv) {
        return csv == null || csv.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(csv.split(",")));
    }

    private static UnitCategory category(String name) {
        return name == null ? null : UnitCategory.valueOf(name);
    }
}
