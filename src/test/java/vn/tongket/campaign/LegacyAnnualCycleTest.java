package vn.tongket.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * A cycle started from the 2013-era diagram (cycle-legacy/annual-cycle-v1.bpmn, the annual-cycle.bpmn of main
 * before the per-unit pipeline: one bloc-wide multi-instance per stage) keeps working with today's beans and today's
 * stage processes (the ranking stand-in throws RANKING_DECIDED, which that diagram does not catch).
 */
class LegacyAnnualCycleTest {

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
                new StageTargets.UnitNode("G2", UnitKind.GRASSROOTS_BRANCH),
                new StageTargets.UnitNode("G1-C1", UnitKind.BRANCH)),
                Map.of("G1", "B", "G2", "B", "G1-C1", "G1"));
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("openCampaignDelegate", new OpenCampaignDelegate(progress));
        Mocks.register("prepareStageDelegate", new PrepareStageDelegate(progress));
        Mocks.register("stageUnitDoneListener", new StageUnitDoneListener(progress));
        Mocks.register("recordLateUnitsDelegate", new RecordLateUnitsDelegate(progress));
        Mocks.register("closeCampaignDelegate", new CloseCampaignDelegate(progress));
        Mocks.register("reviewPauseListener", new ReviewPauseListener(progress));
        Mocks.register("cycleTargets", new CycleTargets());
        Mocks.register("pausedUnits", Set.of());
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(2013, 12, 1, 0, 0, 0, 0,
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    @Test
    @Deployment(resources = {"cycle-legacy/annual-cycle-v1.bpmn", "forms/annual-cycle-start.form",
            "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn", "cycle-stand-ins/vote.bpmn",
            "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn"})
    void cycleStartedFromThe2013Diagram_runsToItsEnd_withTodaysBeansAndStageProcesses() {
        ProcessInstance cycle = engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, "B:2013",
                Map.of(CycleProcess.VAR_YEAR, 2013));
        executeJobs();
        assertThat(units("SelfCriticismReviewProcess")).containsExactlyInAnyOrder("B", "G1", "G2", "G1-C1");
        completeAll("SelfCriticismReviewProcess");
        assertThat(units("QualityRankingProcess")).containsExactlyInAnyOrder("G1", "G2");
        completeAll("QualityRankingProcess"); // ranking, then (uncaught escalation) the conference task
        completeAll("QualityRankingProcess");
        assertThat(units("ConfidenceVoteProcess")).containsExactlyInAnyOrder("B", "G1");
        completeAll("ConfidenceVoteProcess");
        completeAll("LeadershipEvaluationProcess");
        completeAll("CommendationProcess");
        assertThat(cycle).isEnded().hasPassed("Task_PrepareReviewStage", "CallActivity_Rankings", "Task_CloseCampaign");
        assertThat(progress.states.values()).isNotEmpty().allMatch(s -> s == StageState.DONE);
        assertThat(progress.closed).isTrue();
    }

    private List<String> units(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list().stream()
                .map(p -> (String) engine.getRuntimeService().getVariable(p.getId(), "unitCode")).toList();
    }

    private void completeAll(String key) {
        for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey(key).list()) {
            engine.getTaskService().complete(t.getId());
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
}
