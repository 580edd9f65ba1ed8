package vn.tongket.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarListener;
import vn.tongket.organization.UnitKind;

/**
 * The real annual-cycle.bpmn with stand-in per-unit processes (one user task each, same keys): stage order of
 * part Đ.I, asynchronous fan-out, and the late units recorded at each deadline when the clock passes it.
 */
class AnnualCycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    InMemoryCampaignProgress progress;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        AbstractAssertions.init(engine);
        progress = new InMemoryCampaignProgress(List.of(
                new StageTargets.UnitNode("B", UnitKind.BLOC),
                new StageTargets.UnitNode("G1", UnitKind.GRASSROOTS_COMMITTEE),
                new StageTargets.UnitNode("M1", UnitKind.MASS_ORGANIZATION),
                new StageTargets.UnitNode("G2", UnitKind.GRASSROOTS_BRANCH),
                new StageTargets.UnitNode("G1-C1", UnitKind.BRANCH),
                new StageTargets.UnitNode("G1-C2", UnitKind.BRANCH)));
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("openCampaignDelegate", new OpenCampaignDelegate(progress));
        Mocks.register("prepareStageDelegate", new PrepareStageDelegate(progress));
        Mocks.register("stageUnitDoneListener", new StageUnitDoneListener(progress));
        Mocks.register("recordLateUnitsDelegate", new RecordLateUnitsDelegate(progress));
        Mocks.register("closeCampaignDelegate", new CloseCampaignDelegate(progress));
        Mocks.register("cycleTargets", new CycleTargets());
        clock(2013, 12, 1);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    @Deployment(resources = {CycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn", "cycle-stand-ins/vote.bpmn",
            "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn"})
    void stagesFollowTheGuidanceOrder_reviewRankingVoteEvaluation_commendationAlongside() {
        ProcessInstance cycle = start();
        // the start transaction stops before the first stage: nothing fans out in it
        assertThat(cycle).isWaitingAt("Task_PrepareReviewStage");
        assertThat(instances("SelfCriticismReviewProcess")).isZero();

        executeJobs();
        assertThat(units("SelfCriticismReviewProcess")).containsExactlyInAnyOrder("B", "G1", "M1", "G2", "G1-C1", "G1-C2");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("G1:2013")
                .processDefinitionKey("SelfCriticismReviewProcess").count()).isEqualTo(1);
        assertThat(instances("QualityRankingProcess")).isZero();
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "reviewUnits")).isEqualTo(
                List.of("B", "G1", "M1", "G2", "G1-C1", "G1-C2"));

        completeAll("SelfCriticismReviewProcess", null);
        assertThat(units("QualityRankingProcess")).containsExactlyInAnyOrder("G1", "G2");
        assertThat(instances("ConfidenceVoteProcess")).isZero();
        assertThat(instances("CommendationProcess")).isZero();

        completeAll("QualityRankingProcess", null);
        assertThat(units("ConfidenceVoteProcess")).containsExactlyInAnyOrder("B", "G1", "M1");
        assertThat(units("CommendationProcess")).containsExactlyInAnyOrder("B", "G1", "G2");
        assertThat(instances("LeadershipEvaluationProcess")).isZero();

        completeAll("ConfidenceVoteProcess", null);
        assertThat(units("LeadershipEvaluationProcess")).containsExactlyInAnyOrder("B", "G1", "G2", "M1");
        completeAll("LeadershipEvaluationProcess", null);
        assertThat(cycle).isWaitingAt("CallActivity_Commendations");

        completeAll("CommendationProcess", null);
        assertThat(cycle).isEnded().hasPassedInOrder("Task_OpenCampaign", "Task_PrepareReviewStage",
                "CallActivity_Reviews", "Task_PrepareRankingStage", "CallActivity_Rankings",
                "Task_PrepareVoteStage", "CallActivity_Votes", "Task_PrepareEvaluationStage",
                "CallActivity_Evaluations", "Task_CloseCampaign");
        assertThat(cycle).hasNotPassed("Task_RecordLateReviews", "Task_RecordLateRankings", "Task_RecordLateVotes",
                "Task_RecordLateEvaluations", "Task_RecordLateCommendations");
        assertThat(progress.openedStages).containsExactly(Stage.REVIEW, Stage.RANKING, Stage.VOTE, Stage.COMMENDATION,
                Stage.EVALUATION);
        assertThat(progress.states.values()).allMatch(s -> s == StageState.DONE);
        assertThat(progress.late).isEmpty();
        assertThat(progress.closed).isTrue();
    }

    @Test
    @Deployment(resources = {CycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn", "cycle-stand-ins/vote.bpmn",
            "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn"})
    void evaluation_oneProcessPerCollectiveAndPerCadre_unitDoneWhenItsLastEvaluationEnds() {
        progress.cadres.put("B", List.of("DV9"));
        progress.cadres.put("G1", List.of("DV1", "DV2"));
        progress.collectiveNotEvaluated.add("B"); // the bloc's own collective is evaluated by the province
        ProcessInstance cycle = start();
        executeJobs();
        completeAll("SelfCriticismReviewProcess", null);
        completeAll("QualityRankingProcess", null);
        completeAll("ConfidenceVoteProcess", null);

        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "evaluationTargets"))
                .isEqualTo(List.of("G1", "M1", "G2", "B:DV9", "G1:DV1", "G1:DV2"));
        Map<String, String> memberOfKey = new java.util.TreeMap<>();
        for (ProcessInstance p : engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("LeadershipEvaluationProcess").list()) {
            Object member = engine.getRuntimeService().getVariable(p.getId(), "memberCode");
            memberOfKey.put(p.getBusinessKey(), engine.getRuntimeService().getVariable(p.getId(), "unitCode") + "/" + member);
        }
        assertThat(memberOfKey).containsExactly(Map.entry("B:DV9:2013", "B/DV9"), Map.entry("G1:2013", "G1/null"),
                Map.entry("G1:DV1:2013", "G1/DV1"), Map.entry("G1:DV2:2013", "G1/DV2"), Map.entry("G2:2013", "G2/null"),
                Map.entry("M1:2013", "M1/null"));

        completeEvaluations("G1:2013", "G1:DV1:2013");
        assertThat(progress.state(Stage.EVALUATION, "G1")).as("one cadre of G1 still open").isEqualTo(StageState.OPEN);
        completeEvaluations("G1:DV2:2013", "B:DV9:2013");
        assertThat(progress.state(Stage.EVALUATION, "G1")).isEqualTo(StageState.DONE);
        assertThat(progress.state(Stage.EVALUATION, "B")).isEqualTo(StageState.DONE);
        assertThat(progress.state(Stage.EVALUATION, "G2")).isEqualTo(StageState.OPEN);
        completeEvaluations("G2:2013", "M1:2013");
        assertThat(cycle).isWaitingAt("CallActivity_Commendations").hasPassed("CallActivity_Evaluations");
    }

    private void completeEvaluations(String... businessKeys) {
        for (String key : businessKeys) {
            ProcessInstance p = engine.getRuntimeService().createProcessInstanceQuery()
                    .processDefinitionKey("LeadershipEvaluationProcess").processInstanceBusinessKey(key).singleResult();
            engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).list()
                    .forEach(t -> engine.getTaskService().complete(t.getId()));
        }
        executeJobs();
    }

    @Test
    @Deployment(resources = {CycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn", "cycle-stand-ins/vote.bpmn",
            "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn"})
    void unitsStillOpenAtEachDeadline_areRecordedLate_andTheStageGoesOn() {
        ProcessInstance cycle = start();
        executeJobs();
        completeAll("SelfCriticismReviewProcess", "G2");
        Job reviewTimer = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
                .activityId("BoundaryEvent_ReviewDeadline").singleResult();
        // 25/12/2013 00:00 in Hà Nội: "xong trước ngày 25 tháng 12"
        assertThat(reviewTimer.getDuedate().toInstant()).isEqualTo(Instant.parse("2013-12-24T17:00:00Z"));

        clockAt(reviewTimer.getDuedate());
        executeJobs();
        assertThat(progress.state(Stage.REVIEW, "G2")).isEqualTo(StageState.LATE);
        assertThat(lateOf(Stage.REVIEW)).containsExactly("G2");
        assertThat(engine.getRuntimeService().getVariable(cycle.getId(), "reviewLateUnits")).isEqualTo(List.of("G2"));
        assertThat(cycle).isWaitingAt("CallActivity_Reviews"); // non-interrupting: the late unit goes on

        // the late review ends after the ranking deadline: every ranking starts late and is recorded at once
        completeAll("SelfCriticismReviewProcess", null);
        assertThat(progress.state(Stage.REVIEW, "G2")).isEqualTo(StageState.DONE);
        assertThat(lateOf(Stage.RANKING)).containsExactlyInAnyOrder("G1", "G2");
        completeAll("QualityRankingProcess", null);

        completeAll("ConfidenceVoteProcess", "M1");
        clock(2013, 12, 30);
        executeJobs();
        assertThat(lateOf(Stage.VOTE)).containsExactly("M1");
        completeAll("ConfidenceVoteProcess", null);

        completeAll("LeadershipEvaluationProcess", "B");
        completeAll("CommendationProcess", "G1");
        assertThat(progress.state(Stage.COMMENDATION, "B")).isEqualTo(StageState.DONE);
        clock(2014, 1, 18);
        executeJobs();
        assertThat(lateOf(Stage.COMMENDATION)).isEmpty(); // "chậm nhất 18/01": still on time on the 18th
        clock(2014, 1, 19);
        executeJobs();
        assertThat(lateOf(Stage.COMMENDATION)).containsExactly("G1");
        assertThat(lateOf(Stage.EVALUATION)).isEmpty();
        clock(2014, 1, 20);
        executeJobs();
        assertThat(lateOf(Stage.EVALUATION)).containsExactly("B");

        completeAll("LeadershipEvaluationProcess", null);
        completeAll("CommendationProcess", null);
        assertThat(cycle).isEnded().hasPassed("Task_RecordLateReviews", "Task_RecordLateRankings",
                "Task_RecordLateVotes", "Task_RecordLateEvaluations", "Task_RecordLateCommendations");
        assertThat(progress.late).hasSize(6);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, "B:2013",
                Map.of(CycleProcess.VAR_YEAR, 2013));
    }

    private List<String> lateOf(Stage stage) {
        return progress.late.stream().filter(l -> l.stage() == stage).map(InMemoryCampaignProgress.Late::unitCode).toList();
    }

    private long instances(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
    }

    private List<String> units(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list().stream()
                .map(p -> (String) engine.getRuntimeService().getVariable(p.getId(), "unitCode")).toList();
    }

    /** Completes the stand-in task of every running instance of {@code key} except the unit {@code keepOpen}. */
    private void completeAll(String key, String keepOpen) {
        for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey(key).list()) {
            String unit = (String) engine.getRuntimeService().getVariable(t.getProcessInstanceId(), "unitCode");
            if (!unit.equals(keepOpen)) {
                engine.getTaskService().complete(t.getId());
            }
        }
        executeJobs();
    }

    private void executeJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }

    private static void clock(int y, int m, int d) {
        clockAt(Date.from(ZonedDateTime.of(y, m, d, 0, 0, 0, 0, java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    private static void clockAt(Date when) {
        ClockUtil.setCurrentTime(when);
    }
}
