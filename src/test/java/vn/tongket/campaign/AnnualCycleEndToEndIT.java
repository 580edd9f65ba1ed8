package vn.tongket.campaign;

import vn.tongket.simulation.*;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.EvaluationTarget;
import vn.tongket.evaluation.LeaderCategory;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.UnitCategory;

/**
 * The whole year 2013 on the demo bloc through the engine, with every real process (review, ranking, votes,
 * evaluation, commendation): the simulator starts the cycle, completes every task as simulated users (answers
 * generated from each task's Camunda Form) and moves the clock deadline by deadline until the cycle ends; then
 * its outputs — the dashboard files and the final reports (xlsx) — are checked against the tables.
 */
@SpringBootTest
class AnnualCycleEndToEndIT {

    static final int YEAR = 2013;
    static final String DEMO_BLOC = "DUK";

    @Autowired CycleSimulator simulator;
    @Autowired OrgUnitRepository units;
    @Autowired CampaignRepository campaigns;
    @Autowired CampaignUnitStageRepository stageRows;
    @Autowired JdbcTemplate jdbc;
    @Autowired EvaluationService evaluations;
    @Autowired CampaignOverdueNoticeRepository noticeRepository;
    @Autowired vn.tongket.calendar.CampaignCalendarService calendars;

    @AfterEach
    void resetClockAndHistory() {
        ClockUtil.reset();
        // the demo bloc's 2013 history stays as the demo loads it for the other classes sharing the database
        // (e.g. the commendation eligibility cases of 2013); the campaign tables keep the run for inspection
        for (String table : List.of("commendation_history", "emulation_title_history", "confidence_result_history",
                "member_ranking_history", "unit_ranking_history")) {
            jdbc.update("delete from " + table + " where campaign_year = ? and source = 'PROCESS'", YEAR);
        }
    }

    /** A grassroots organization (chi bộ cơ sở) whose review is paused for an inspection conclusion until 26/12. */
    static final String PAUSED = "BQL";
    /** A grassroots committee slow with its confidence vote (held after 30/12). */
    static final String SLOW = "SKH";

    @Test
    void wholeYear2013_onTheDemoBloc_pausedAndSlowUnitsHoldNoOneBack_overdueTasksGiven_figuresMatchingTheTables()
            throws Exception {
        String root = units.findByCode(DEMO_BLOC).map(OrgUnit::getCode).orElseThrow();
        Path out = Path.of("target/simulation-" + YEAR);
        java.time.ZonedDateTime pauseUntil = java.time.ZonedDateTime.of(YEAR, 12, 26, 8, 0, 0, 0,
                java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        CycleSimulator.Options options = CycleSimulator.Options.defaults(YEAR).withScenario(Stage.VOTE, SLOW, PAUSED, pauseUntil);

        SimulationResult r = simulator.run(YEAR, root, out, options);

        assertThat(r.cycleEnded()).as(r.summary()).isTrue();
        assertThat(r.openTasks()).as(r.summary()).isEmpty();
        assertThat(r.failures()).as(r.summary()).isEmpty();
        Campaign campaign = campaigns.findByYearAndRootUnitCode(YEAR, root).orElseThrow();
        assertThat(campaign.getState()).isEqualTo(Campaign.State.CLOSED);

        // every unit of every stage ended; the slow one is recorded late for its own stage only, nobody else is
        List<CampaignUnitStage> rows = stageRows.findByCampaignIdInOrderById(List.of(campaign.getId()));
        assertThat(rows).isNotEmpty().allMatch(s -> s.getState() == StageState.DONE);
        List<String> late = jdbc.queryForList("select concat(stage, '/', unit_code) from campaign_late_record"
                + " where campaign_id = ?", String.class, campaign.getId());
        assertThat(late).as("late records").containsExactly("VOTE/" + SLOW);

        // every other organization held its vote before 30/12 (Đ.II.3), without waiting for the paused or slow one
        java.time.Instant voteLateFrom = calendars.forYear(YEAR).lateFrom(vn.tongket.calendar.Deadline.VOTE_DONE).toInstant();
        List<CampaignUnitStage> votes = rows.stream().filter(x -> x.getStage() == Stage.VOTE).toList();
        assertThat(votes).hasSizeGreaterThan(3);
        assertThat(votes).filteredOn(x -> !x.getUnitCode().equals(SLOW))
                .allSatisfy(x -> assertThat(x.getDoneAt()).as(x.getUnitCode()).isBefore(voteLateFrom));

        // the paused one: PAUSED (not LATE) on the dashboards taken while paused, past the 25/12 deadline; then done
        java.time.Instant reviewLateFrom = calendars.forYear(YEAR).lateFrom(vn.tongket.calendar.Deadline.REVIEW_DONE).toInstant();
        List<String> pausedStates = new ArrayList<>();
        try (var files = Files.list(out.resolve("snapshots"))) {
            for (Path f : files.sorted().toList()) {
                JsonNode d = new ObjectMapper().readTree(Files.readString(f));
                java.time.Instant at = java.time.Instant.parse(d.path("generatedAt").asText());
                if (!at.isBefore(reviewLateFrom) && at.isBefore(pauseUntil.toInstant())) {
                    for (JsonNode u : d.path("units")) {
                        if (u.path("unitCode").asText().equals(PAUSED)) {
                            pausedStates.add(u.path("states").path("REVIEW").asText());
                        }
                    }
                }
            }
        }
        assertThat(pausedStates).as("dashboards between 25/12 and the inspection conclusion").isNotEmpty()
                .allMatch("PAUSED"::equals);
        assertThat(rows).filteredOn(x -> x.getUnitCode().equals(PAUSED)).allMatch(x -> x.getState() == StageState.DONE);
        assertThat(rows).filteredOn(x -> x.getUnitCode().equals(PAUSED) && x.getStage() == Stage.REVIEW)
                .allMatch(x -> x.getPausedAt() != null);

        // the superior bodies got the overdue tasks, and handled them: at 30/12 the slow one's vote, with the rule
        List<CampaignOverdueNotice> notices = noticeRepository.findByCampaignIdOrderById(campaign.getId());
        assertThat(notices).anySatisfy(n -> {
            assertThat(n.getDeadlineName()).isEqualTo("VOTE_DONE");
            assertThat(n.getSummary()).contains(SLOW, Stage.VOTE.rule());
            assertThat(n.getCandidateGroups()).contains(vn.tongket.organization.CommitteeGroups.ORGANIZATION_BOARD);
        });
        assertThat(notices).allMatch(n -> n.getHandledBy() != null && n.getDirection() != null);
        assertThat(notices).noneMatch(n -> n.getSummary().contains("(" + PAUSED + ")"));
        assertThat(r.historyCounts().get("Danh sách đơn vị quá hạn gửi cấp ủy cấp trên năm 2013")).isEqualTo((long) notices.size());

        // the reports of the guidance (ReportSubmissionProcess): every one sent and acknowledged
        assertThat(r.historyCounts()).containsKey("Báo cáo đã gửi lên năm 2013");
        {
            long sent = r.historyCounts().get("Báo cáo đã gửi lên năm 2013");
            assertThat(sent).as("reports sent").isPositive();
            assertThat(r.historyCounts().get("Báo cáo đã được cấp trên tiếp nhận năm 2013")).isEqualTo(sent);
            assertThat(jdbc.queryForList("select distinct report_kind from report_submission where campaign_year = 2013",
                    String.class)).containsExactlyInAnyOrder("REVIEW_RANKING", "VOTE_RESULTS", "EVALUATION_RESULTS", "CONFERENCE");
        }

        // the files written agree with the tables
        JsonNode dashboard = new ObjectMapper().readTree(Files.readString(out.resolve("dashboard.json")));
        for (Stage s : Stage.values()) {
            long done = rows.stream().filter(x -> x.getStage() == s).count();
            assertThat(dashboard.path("counts").path(s.name()).path("DONE").asLong()).as(s.name()).isEqualTo(done);
        }
        assertThat(dashboard.path("late").size()).isEqualTo(jdbc.queryForObject(
                "select count(*) from campaign_late_record where campaign_id = ?", Integer.class, campaign.getId()));
        assertThat(Files.readAllLines(out.resolve("late-units.csv"))).hasSize(dashboard.path("late").size() + 1);
        for (Map.Entry<String, Long> e : r.historyCounts().entrySet()) {
            assertThat(Files.readString(out.resolve("summary.txt"))).contains(e.getKey() + ": " + e.getValue());
        }
        assertThat(r.historyCounts().get("Tổ chức đảng được xếp loại năm 2013 (từ quy trình)")).isEqualTo(
                jdbc.queryForObject("select count(*) from unit_ranking_history where campaign_year = 2013"
                        + " and source = 'PROCESS'", Long.class));
        // the ranking process ranks every grassroots organization of the bloc
        assertThat(r.historyCounts().get("Tổ chức đảng được xếp loại năm 2013 (từ quy trình)"))
                .isEqualTo(rows.stream().filter(x -> x.getStage() == Stage.RANKING).count());

        // part D: every collective and every cadre under the bloc's management was evaluated and notified
        List<EvaluationTarget> targets = evaluations.targets(root);
        assertThat(targets).anyMatch(EvaluationTarget::cadre);
        for (boolean cadre : List.of(true, false)) {
            assertThat(jdbc.queryForObject("select count(*) from leader_evaluation where campaign_year = 2013"
                    + " and subject_kind = ? and status = 'ACKNOWLEDGED'", Long.class, cadre ? "CADRE" : "COLLECTIVE"))
                    .as(cadre ? "cadres" : "collectives").isEqualTo(targets.stream().filter(t -> t.cadre() == cadre).count());
        }

        finalReportsMatchTheHistoryTables(out, root);
    }

    /**
     * The bloc's four reports as written by the simulation (xlsx): the figures of every chart are counted again
     * here straight from the history tables (member and unit rankings, confidence results, commendations,
     * evaluations) over the bloc's units.
     */
    private void finalReportsMatchTheHistoryTables(Path out, String root) throws Exception {
        String scope = unitIdsUnder(root);
        Map<String, Map<String, Integer>> reviewRanking = chartData(out.resolve("bao-cao-review-ranking-2013.xlsx"));
        Map<String, Integer> members = countBy("select h.final_category, count(*) from member_ranking_history h"
                + " join party_member m on m.id = h.member_id where h.campaign_year = 2013 and h.final_category is not null"
                + " and m.unit_id in (" + scope + ") group by h.final_category");
        assertThat(members.values().stream().mapToInt(Integer::intValue).sum()).as("members ranked").isPositive();
        for (MemberCategory c : MemberCategory.values()) {
            assertThat(reviewRanking.get("Xếp loại đảng viên").get(c.label())).as(c.name())
                    .isEqualTo(members.getOrDefault(c.name(), 0));
        }
        Map<String, Integer> unitsRanked = countBy("select category, count(*) from unit_ranking_history"
                + " where campaign_year = 2013 and unit_id in (" + scope + ") group by category");
        for (UnitCategory c : UnitCategory.values()) {
            assertThat(reviewRanking.get("Xếp loại tổ chức cơ sở đảng").get(c.label())).as(c.name())
                    .isEqualTo(unitsRanked.getOrDefault(c.name(), 0));
        }

        Map<String, Map<String, Integer>> vote = chartData(out.resolve("bao-cao-vote-2013.xlsx"));
        Map<String, Object> ballots = jdbc.queryForMap("select coalesce(sum(high_count), 0) h, coalesce(sum(medium_count), 0) m,"
                + " coalesce(sum(low_count), 0) l, count(*) n from confidence_result_history"
                + " where campaign_year = 2013 and place_unit_id in (" + scope + ")");
        assertThat(((Number) ballots.get("n")).intValue()).as("confidence results").isPositive();
        Map<String, Integer> byLevel = vote.get("Tổng số phiếu theo mức tín nhiệm");
        assertThat(byLevel.get("Tín nhiệm cao")).isEqualTo(((Number) ballots.get("h")).intValue());
        assertThat(byLevel.get("Tín nhiệm")).isEqualTo(((Number) ballots.get("m")).intValue());
        assertThat(byLevel.get("Tín nhiệm thấp")).isEqualTo(((Number) ballots.get("l")).intValue());
        assertThat(vote.get("Số người theo kết quả").get("Trên 50% thấp")).isEqualTo(jdbc.queryForObject(
                "select count(distinct member_id) from confidence_result_history where campaign_year = 2013"
                        + " and 2 * low_count > ballots_collected and place_unit_id in (" + scope + ")", Integer.class));

        Map<String, Integer> awards = countBy("select c.kind, count(*) from commendation_history c"
                + " left join party_member m on m.id = c.member_id where c.campaign_year = 2013"
                + " and coalesce(c.unit_id, m.unit_id) in (" + scope + ") group by c.kind");
        Map<String, Integer> awardChart = chartData(out.resolve("bao-cao-commendation-2013.xlsx")).get("Khen thưởng theo hình thức");
        for (AwardKind k : AwardKind.values()) {
            assertThat(awardChart.get(k.label())).as(k.name()).isEqualTo(awards.getOrDefault(k.name(), 0));
        }

        Map<String, Integer> evaluated = countBy("select category, count(*) from leader_evaluation where campaign_year = 2013"
                + " and category is not null and unit_id in (" + scope + ") group by category");
        assertThat(evaluated.values().stream().mapToInt(Integer::intValue).sum()).as("leaders evaluated").isPositive();
        Map<String, Integer> evaluationChart = chartData(out.resolve("bao-cao-evaluation-2013.xlsx"))
                .get("Xếp loại tập thể và cán bộ lãnh đạo");
        for (LeaderCategory c : LeaderCategory.values()) {
            assertThat(evaluationChart.get(c.label())).as(c.name()).isEqualTo(evaluated.getOrDefault(c.name(), 0));
        }
        for (String kind : List.of("review-ranking", "vote", "commendation", "evaluation")) {
            byte[] pdf = Files.readAllBytes(out.resolve("bao-cao-" + kind + "-2013.pdf"));
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).as(kind).isEqualTo("%PDF-");
        }
    }

    /** The ids of a unit and every unit under it, as an SQL list. */
    private String unitIdsUnder(String code) {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.query("select id, parent_id from org_unit", rs -> {
            long parent = rs.getLong(2);
            if (!rs.wasNull()) {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(rs.getLong(1));
            }
        });
        List<Long> ids = new ArrayList<>(List.of(jdbc.queryForObject("select id from org_unit where code = ?", Long.class, code)));
        for (int i = 0; i < ids.size(); i++) {
            ids.addAll(children.getOrDefault(ids.get(i), List.of()));
        }
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private Map<String, Integer> countBy(String sql) {
        Map<String, Integer> out = new HashMap<>();
        jdbc.query(sql, rs -> {
            out.put(rs.getString(1), rs.getInt(2));
        });
        return out;
    }

    /** The data behind the charts of a report's xlsx ("Biểu đồ" sheet): chart title → label → value. */
    private static Map<String, Map<String, Integer>> chartData(Path xlsx) throws Exception {
        Map<String, Map<String, Integer>> charts = new LinkedHashMap<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            XSSFSheet sheet = wb.getSheet("Biểu đồ");
            assertThat(sheet).as(xlsx + " has its charts").isNotNull();
            Map<String, Integer> current = null;
            for (Row row : sheet) {
                if (row.getRowNum() < 3 || row.getCell(0) == null) {
                    continue;
                }
                Cell value = row.getCell(1);
                if (value == null) {
                    current = charts.computeIfAbsent(row.getCell(0).getStringCellValue(), k -> new LinkedHashMap<>());
                } else if (current != null) {
                    current.put(row.getCell(0).getStringCellValue(), (int) value.getNumericCellValue());
                }
            }
        }
        return charts;
    }
}
