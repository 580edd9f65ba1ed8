package vn.tongket.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitKind;

/**
 * The whole year 2013 on the demo bloc through the engine: the simulator starts the cycle, completes every task
 * as simulated users and moves the clock deadline by deadline until the cycle ends; then its outputs are checked
 * against the tables. A per-unit process not yet in the application is replaced by a one-task stand-in
 * (reported in the result and the summary).
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "tongket.e2e", matches = "true",
        disabledReason = "the whole simulated year takes over 10 minutes on 2 cores: run with -Dtongket.e2e=true")
class AnnualCycleEndToEndIT {

    static final int YEAR = 2013;
    static final String DEMO_BLOC = "DUK";

    @Autowired CycleSimulator simulator;
    @Autowired RepositoryService repositoryService;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired CampaignRepository campaigns;
    @Autowired CampaignUnitStageRepository stageRows;
    @Autowired JdbcTemplate jdbc;

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

    @Test
    void wholeYear2013_onTheDemoBloc_endsWithEveryUnitDone_lateUnitsRecorded_figuresMatchingTheTables() throws Exception {
        String root = units.findByCode(DEMO_BLOC).map(OrgUnit::getCode).orElseGet(this::fixtureBloc);
        List<String> standIns = deployStandInsForMissingProcesses();
        Path out = Path.of("target/simulation-" + YEAR);
        CycleSimulator.Options options = CycleSimulator.Options.defaults(YEAR);

        SimulationResult r = simulator.run(YEAR, root, out, options);

        assertThat(r.cycleEnded()).as(r.summary()).isTrue();
        assertThat(r.openTasks()).as(r.summary()).isEmpty();
        assertThat(r.failures()).as(r.summary()).isEmpty();
        assertThat(r.standInKeys()).containsExactlyInAnyOrderElementsOf(standIns);
        Campaign campaign = campaigns.findByYearAndRootUnitCode(YEAR, root).orElseThrow();
        assertThat(campaign.getState()).isEqualTo(Campaign.State.CLOSED);

        // every unit of every stage ended; the units recorded late are exactly the slow ones, and only where
        // a stage can be late without holding up the next (votes, evaluation, commendation)
        List<CampaignUnitStage> rows = stageRows.findByCampaignIdInOrderById(List.of(campaign.getId()));
        assertThat(rows).isNotEmpty().allMatch(s -> s.getState() == StageState.DONE);
        assertThat(r.lateUnits().get(Stage.REVIEW)).isEmpty();
        assertThat(r.lateUnits().get(Stage.RANKING)).isEmpty();
        for (Stage s : List.of(Stage.VOTE, Stage.EVALUATION, Stage.COMMENDATION)) {
            List<String> slow = new ArrayList<>();
            rows.stream().filter(x -> x.getStage() == s && CycleSimulator.isSlow(options, s, x.getUnitCode()))
                    .forEach(x -> slow.add(x.getUnitCode()));
            if (standIns.contains(s.processKey())) {
                assertThat(r.lateUnits().get(s)).as(s.name()).containsExactlyInAnyOrderElementsOf(slow);
            } else {
                assertThat(slow).as(s.name()).containsAll(r.lateUnits().get(s));
            }
        }
        assertThat(r.lateUnits().values().stream().mapToInt(List::size).sum()).as("some unit is late").isPositive();

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
        if (!standIns.contains(Stage.RANKING.processKey())) {
            // the real ranking process ranks every grassroots organization of the bloc
            assertThat(r.historyCounts().get("Tổ chức đảng được xếp loại năm 2013 (từ quy trình)"))
                    .isEqualTo(rows.stream().filter(x -> x.getStage() == Stage.RANKING).count());
        }
    }

    /** Deploys a one-task stand-in for each per-unit process the application does not have yet. */
    private List<String> deployStandInsForMissingProcesses() {
        List<String> deployed = new ArrayList<>();
        Map<Stage, String> files = Map.of(Stage.REVIEW, "review", Stage.RANKING, "ranking", Stage.VOTE, "vote",
                Stage.EVALUATION, "evaluation", Stage.COMMENDATION, "commendation");
        for (Stage s : Stage.values()) {
            var latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey(s.processKey())
                    .latestVersion().singleResult();
            boolean standIn = latest != null && repositoryService.createDeploymentQuery().deploymentId(latest.getDeploymentId())
                    .singleResult().getName().startsWith(CycleSimulator.STAND_IN_DEPLOYMENT_PREFIX);
            if (latest == null) {
                repositoryService.createDeployment().name(CycleSimulator.STAND_IN_DEPLOYMENT_PREFIX + "-" + files.get(s))
                        .addClasspathResource("cycle-stand-ins/" + files.get(s) + ".bpmn").deploy();
                standIn = true;
            }
            if (standIn) {
                deployed.add(s.processKey());
            }
        }
        return deployed;
    }

    /** Until the demo bloc is in the application: a small bloc of the same shape. */
    private String fixtureBloc() {
        var f = new OrgFixture(units, members, positions, "ZE2E");
        OrgUnit bloc = f.unit("KHOI", "Đảng bộ Khối (mô phỏng)", UnitKind.BLOC, null, true);
        OrgUnit stc = f.unit("STC", "Đảng bộ Sở Tài chính (mô phỏng)", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        f.unit("STC-CB1", "Chi bộ Phòng Ngân sách", UnitKind.BRANCH, stc, false);
        f.unit("STC-CB2", "Chi bộ Thanh tra", UnitKind.BRANCH, stc, false);
        f.unit("VPUB", "Chi bộ Văn phòng UBND", UnitKind.GRASSROOTS_BRANCH, bloc, false);
        f.unit("STP", "Chi bộ Sở Tư pháp", UnitKind.GRASSROOTS_BRANCH, bloc, false);
        f.unit("SXD", "Chi bộ Sở Xây dựng", UnitKind.GRASSROOTS_BRANCH, bloc, false);
        f.unit("DTN", "Đoàn Thanh niên Khối", UnitKind.MASS_ORGANIZATION, bloc, true);
        f.unit("CDVC", "Công đoàn Viên chức", UnitKind.MASS_ORGANIZATION, bloc, true);
        return bloc.getCode();
    }
}
