package vn.tongket.campaign;

import vn.tongket.review.ReviewProcess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
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
import vn.tongket.calendar.Deadline;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitKind;

/**
 * The real annual-cycle.bpmn and unit-cycle.bpmn with stand-in stage processes (one user task each, same keys; the
 * ranking stand-in throws RANKING_DECIDED before its conference task, as the real one does; the review stand-in
 * waits for an inspection conclusion with the real pause listener for the units in {@code pausedUnits}): the order
 * per unit of part Đ.I.2, units that do not wait for each other, and the overdue tasks at each deadline.
 */
class AnnualCycleProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final String[] RESOURCES = {CycleProcess.RESOURCE, UnitCycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "forms/annual-cycle-handle-overdue.form", "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn",
            "cycle-stand-ins/vote.bpmn", "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn"};

    ProcessEngine engine;
    InMemoryCampaignProgress progress;
    final Set<String> pausedUnits = new HashSet<>();

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
                new StageTargets.UnitNode("G1-C2", UnitKind.BRANCH)),
                Map.of("G1", "B", "M1", "B", "G2", "B", "G1-C1", "G1", "G1-C2", "G1"));
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("openCampaignDelegate", new OpenCampaignDelegate(progress));
        Mocks.register("prepareUnitCyclesDelegate", new PrepareUnitCyclesDelegate(progress));
        Mocks.register("prepareStageDelegate", new PrepareStageDelegate(progress));
        Mocks.register("stageUnitDoneListener", new StageUnitDoneListener(progress));
        Mocks.register("recordStageDoneDelegate", new RecordStageDoneDelegate(progress));
        Mocks.register("recordOverdueDelegate", new RecordOverdueDelegate(progress));
        Mocks.register("overdueTaskListener", new OverdueTaskListener(progress));
        Mocks.register("closeCampaignDelegate", new CloseCampaignDelegate(progress));
        Mocks.register("reviewPauseListener", new ReviewPauseListener(progress));
        Mocks.register("cycleTargets", new CycleTargets());
        Mocks.register("pausedUnits", pausedUnits);
        clock(2013, 12, 1);
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    @Deployment(resources = {CycleProcess.RESOURCE, UnitCycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "forms/annual-cycle-handle-overdue.form", "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn",
            "cycle-stand-ins/vote.bpmn", "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn", "cycle-stand-ins/report-submission.bpmn"})
    void eachUnitFollowsReviewRankingVoteEvaluation_andNoUnitWaitsForAnother() {
        ProcessInstance cycle = start();
        // the start transaction stops before the fan-out: nothing is called in it
        assertThat(cycle).isWaitingAt(CycleProcess.TASK_PREPARE_UNIT_CYCLES);
        assertThat(instances(UnitCycleProcess.KEY)).isZero();

        executeJobs();
        assertThat(units(UnitCycleProcess.KEY)).containsExactlyInAnyOrder("B", "G1", "M1", "G2");
        assertThat(units("SelfCriticismReviewProcess")).containsExactlyInAnyOrder("B", "G1", "G1-C1", "G1-C2", "M1", "G2");
        assertThat(instances("QualityRankingProcess")).isZero();

        // G2 finishes its review first: its ranking opens, nobody else's does
        complete("SelfCriticismReviewProcess", "G2");
        assertThat(units("QualityRankingProcess")).containsExactly("G2");
        // the bloc and the mass organization have no ranking: their votes open while G1 still reviews
        complete("SelfCriticismReviewProcess", "B");
        complete("SelfCriticismReviewProcess", "M1");
        assertThat(units("ConfidenceVoteProcess")).containsExactlyInAnyOrder("B", "M1");
        assertThat(units("SelfCriticismReviewProcess")).containsExactlyInAnyOrder("G1", "G1-C1", "G1-C2");

        // G2's ranking decided: its evaluation and commendation open (a chi bộ cơ sở holds no vote, part C.II) while
        // its year-end conference is still to be held
        complete("QualityRankingProcess", "G2");
        assertThat(progress.state(Stage.RANKING, "G2")).isEqualTo(StageState.DONE);
        assertThat(progress.state(Stage.CONFERENCE, "G2")).isEqualTo(StageState.OPEN);
        assertThat(units("QualityRankingProcess")).containsExactly("G2");
        assertThat(units("LeadershipEvaluationProcess")).contains("G2");
        assertThat(units("CommendationProcess")).containsExactly("G2");

        // G1 reviews collective and branches, ranks; the vote opens before its conference is held
        complete("SelfCriticismReviewProcess", "G1");
        complete("SelfCriticismReviewProcess", "G1-C1");
        assertThat(units("QualityRankingProcess")).containsExactly("G2");
        complete("SelfCriticismReviewProcess", "G1-C2");
        assertThat(units("QualityRankingProcess")).containsExactlyInAnyOrder("G1", "G2");
        complete("QualityRankingProcess", "G1");
        assertThat(units("ConfidenceVoteProcess")).containsExactlyInAnyOrder("B", "M1", "G1");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_StandInConference").count()).isEqualTo(2);
        assertThat(instances("CommendationProcess")).as("G1's dossier waits for its vote").isEqualTo(1);

        ProcessInstance g1 = pipeline("G1");
        complete("ConfidenceVoteProcess", null);
        assertThat(units("CommendationProcess")).containsExactlyInAnyOrder("B", "G1", "G2");
        complete("LeadershipEvaluationProcess", null);
        complete("CommendationProcess", null);
        complete("QualityRankingProcess", null); // the conferences
        // the reports of the guidance, sent up by each organization but the bloc (DECISIONS.md §4), beside the stages
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("ReportSubmissionProcess")
                .list().stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getBusinessKey).toList())
                .containsExactlyInAnyOrder("G1:2013:REVIEW_RANKING", "G1:2013:VOTE_RESULTS", "G1:2013:EVALUATION_RESULTS",
                        "G1:2013:CONFERENCE", "G2:2013:REVIEW_RANKING", "G2:2013:EVALUATION_RESULTS", "G2:2013:CONFERENCE",
                        "M1:2013:REVIEW_RANKING", "M1:2013:VOTE_RESULTS", "M1:2013:EVALUATION_RESULTS");
        assertThat(engine.getRuntimeService().getVariable(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("G1:2013:REVIEW_RANKING").singleResult().getId(), "reportKind")).isEqualTo("REVIEW_RANKING");
        assertThat(g1).isNotEnded(); // its reports are still to be acknowledged
        complete("ReportSubmissionProcess", null);
        // (each completion above ran a minute after the previous one, so the history orders them)
        assertThat(g1).isEnded().hasPassedInOrder("Task_PrepareReviews", "CallActivity_Reviews", UnitCycleProcess.TASK_RECORD_RANKING_DECIDED,
                "CallActivity_Votes", "CallActivity_Evaluations");
        assertThat(g1).hasPassed("Task_PrepareRanking", UnitCycleProcess.GATEWAY_RANKS, "Task_PrepareVotes", "Task_PrepareEvaluations");
        assertThat(g1).hasPassed("Task_PrepareCommendations", "CallActivity_Commendations", UnitCycleProcess.TASK_RECORD_CONFERENCE_HELD,
                UnitCycleProcess.END_CONFERENCE, UnitCycleProcess.END, "CallActivity_ReviewRankingReport",
                "CallActivity_VoteReport", "CallActivity_EvaluationReport", "CallActivity_ConferenceReport");
        assertThat(cycle).isEnded().hasPassedInOrder(CycleProcess.TASK_OPEN_CAMPAIGN, CycleProcess.TASK_PREPARE_UNIT_CYCLES,
                CycleProcess.CALL_UNIT_CYCLES, CycleProcess.TASK_CLOSE_CAMPAIGN);
        assertThat(cycle).hasNotPassed(CycleProcess.TASK_HANDLE_OVERDUE);
        assertThat(progress.states.values()).allMatch(s -> s == StageState.DONE);
        assertThat(progress.late).isEmpty();
        assertThat(progress.closed).isTrue();
    }

    @Test
    @Deployment(resources = {CycleProcess.RESOURCE, UnitCycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "forms/annual-cycle-handle-overdue.form", "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn",
            "cycle-stand-ins/vote.bpmn", "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn", "cycle-stand-ins/report-submission.bpmn"})
    void reviewPausedForAnInspection_isPausedNotLate_holdsNoOtherUnitsVote_andResumesWhereItStopped() {
        pausedUnits.add("G1-C1");
        ProcessInstance cycle = start();
        executeJobs();
        assertThat(progress.state(Stage.REVIEW, "G1-C1")).isEqualTo(StageState.PAUSED);
        completeAllBut("SelfCriticismReviewProcess", "G1-C1");
        complete("QualityRankingProcess", "G2");
        complete("ConfidenceVoteProcess", "B");
        complete("ConfidenceVoteProcess", "M1");
        assertThat(progress.state(Stage.VOTE, "B")).isEqualTo(StageState.DONE);
        assertThat(progress.state(Stage.VOTE, "M1")).isEqualTo(StageState.DONE);
        assertThat(units("ConfidenceVoteProcess")).isEmpty(); // G1 waits for its own review only

        clock(2013, 12, 25);
        executeJobs();
        assertThat(progress.state(Stage.REVIEW, "G1-C1")).as("paused, not late").isEqualTo(StageState.PAUSED);
        assertThat(progress.late).isEmpty();
        assertThat(cycle).hasPassed("Task_RecordOverdue25Dec");

        // the inspection conclusion is in: the review goes on where it stopped (its own review task), not late
        Task conclusion = engine.getTaskService().createTaskQuery().taskDefinitionKey(ReviewProcess.TASK_INSPECTION).singleResult();
        engine.getTaskService().complete(conclusion.getId());
        assertThat(progress.state(Stage.REVIEW, "G1-C1")).isEqualTo(StageState.OPEN);
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_StandIn")
                .processDefinitionKey("SelfCriticismReviewProcess").count()).isEqualTo(1);
        complete("SelfCriticismReviewProcess", "G1-C1");
        assertThat(progress.state(Stage.REVIEW, "G1-C1")).isEqualTo(StageState.DONE);
        // its ranking opens after 25/12 because of the pause: not recorded late at once
        assertThat(progress.state(Stage.RANKING, "G1")).isEqualTo(StageState.OPEN);
        complete("QualityRankingProcess", "G1");
        complete("ConfidenceVoteProcess", "G1");
        assertThat(progress.late).isEmpty();
        assertThat(progress.state(Stage.VOTE, "G1")).isEqualTo(StageState.DONE);
    }

    @Test
    @Deployment(resources = {CycleProcess.RESOURCE, UnitCycleProcess.RESOURCE, "forms/annual-cycle-start.form",
            "forms/annual-cycle-handle-overdue.form", "cycle-stand-ins/review.bpmn", "cycle-stand-ins/ranking.bpmn",
            "cycle-stand-ins/vote.bpmn", "cycle-stand-ins/evaluation.bpmn", "cycle-stand-ins/commendation.bpmn", "cycle-stand-ins/report-submission.bpmn"})
    void slowUnit_isLateOnlyForItsOwnStage_andEveryDeadlineGivesTheSuperiorBodyAnOverdueTask() {
        ProcessInstance cycle = start();
        executeJobs();
        completeAllBut("SelfCriticismReviewProcess", "G2"); // G2 is slow with its review
        completeAllBut("QualityRankingProcess", null);
        CampaignCalendar calendar = CampaignCalendar.of(2013);
        Map<String, Deadline> timers = Map.of("BoundaryEvent_Deadline25Dec", Deadline.REVIEW_DONE,
                "BoundaryEvent_Deadline30Dec", Deadline.VOTE_DONE, "BoundaryEvent_Deadline15Jan", Deadline.YEAR_END_CONFERENCE,
                "BoundaryEvent_Deadline18Jan", Deadline.COMMENDATION_DOSSIER, "BoundaryEvent_Deadline20Jan", Deadline.EVALUATION_DONE,
                "BoundaryEvent_Deadline30Jan", Deadline.EVALUATION_REPORT);
        for (Map.Entry<String, Deadline> t : timers.entrySet()) {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(cycle.getId())
                    .activityId(t.getKey()).singleResult();
            assertThat(job.getDuedate().toInstant()).as(t.getKey()).isEqualTo(calendar.lateFrom(t.getValue()).toInstant());
        }
        // "xong trước ngày 25 tháng 12": late from 25/12 00:00 in Hà Nội
        assertThat(calendar.lateFrom(Deadline.REVIEW_DONE).toInstant()).isEqualTo(Instant.parse("2013-12-24T17:00:00Z"));

        clockAt(Date.from(calendar.lateFrom(Deadline.REVIEW_DONE).toInstant()));
        executeJobs();
        assertThat(progress.late).extracting(l -> l.stage() + "/" + l.unitCode()).containsExactly("REVIEW/G2");
        Task first = overdueTasks().get(0);
        assertThat(candidateGroups(first)).containsExactlyInAnyOrder("btv-B", "ban-to-chuc");
        String summary = (String) engine.getTaskService().getVariableLocal(first.getId(), CycleProcess.VAR_OVERDUE_SUMMARY);
        assertThat(summary).contains("G2", Stage.REVIEW.rule());
        assertThat(first.getDueDate()).isNotNull();

        // who handles it comes from the notice, not from the task: another group, no user, no direction are refused
        engine.getIdentityService().setAuthentication("dv-g1", List.of("btv-G1"));
        assertThatThrownBy(() -> engine.getTaskService().complete(first.getId(),
                Map.of(CycleProcess.VAR_OVERDUE_DIRECTION, "Đôn đốc"))).hasRootCauseInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("xử lý danh sách");
        engine.getIdentityService().setAuthentication("btc1", List.of("ban-to-chuc"));
        assertThatThrownBy(() -> engine.getTaskService().complete(first.getId(),
                Map.of(CycleProcess.VAR_OVERDUE_DIRECTION, "  "))).hasRootCauseInstanceOf(DomainException.class)
                .hasMessageContaining("ý kiến chỉ đạo");
        engine.getTaskService().complete(first.getId(), Map.of(CycleProcess.VAR_OVERDUE_DIRECTION, "Đôn đốc chi bộ G2"));
        engine.getIdentityService().clearAuthentication();
        assertThat(progress.directions).containsValue("Đôn đốc chi bộ G2");

        // the others go on: every vote held before 30/12, nobody else late
        completeAllBut("ConfidenceVoteProcess", null);
        assertThat(progress.state(Stage.VOTE, "G1")).isEqualTo(StageState.DONE);
        clockAt(Date.from(calendar.lateFrom(Deadline.VOTE_DONE).toInstant()));
        executeJobs();
        assertThat(progress.late).extracting(l -> l.stage() + "/" + l.unitCode()).containsExactly("REVIEW/G2");
        assertThat(overdueTasks()).hasSize(1); // 30/12: G2's review is still listed

        for (Deadline d : List.of(Deadline.YEAR_END_CONFERENCE, Deadline.COMMENDATION_DOSSIER, Deadline.EVALUATION_DONE,
                Deadline.EVALUATION_REPORT)) {
            clockAt(Date.from(calendar.lateFrom(d).toInstant().plusSeconds(1)));
            executeJobs();
            assertThat(progress.notices).as(d.name()).anyMatch(n -> n.deadline().equals(d.name()));
            // one open task per notice not yet handled (the first one was handled above)
            assertThat(overdueTasks()).as(d.name()).hasSize(progress.notices.size() - 1);
        }
        assertThat(progress.notices.stream().map(InMemoryCampaignProgress.Notice::deadline).distinct().toList()).containsExactly(
                "REVIEW_DONE", "VOTE_DONE", "YEAR_END_CONFERENCE", "COMMENDATION_DOSSIER", "EVALUATION_DONE", "EVALUATION_REPORT");
        // the bloc's own evaluation has no superior in the system: its notice goes to the Ban Tổ chức alone
        assertThat(progress.notices).anyMatch(n -> n.groups().equals(List.of("ban-to-chuc")) && n.units().contains("EVALUATION/B"));
        // the conferences of G1 were still open on 15/01: listed for the bloc with the rule, recorded late per unit
        assertThat(progress.late).extracting(l -> l.stage() + "/" + l.unitCode())
                .contains("REVIEW/G2", "CONFERENCE/G1").doesNotContain("VOTE/G1", "VOTE/B", "VOTE/M1", "REVIEW/G1");
    }

    // ---------------------------------------------------------------- helpers

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(CycleProcess.KEY, "B:2013",
                Map.of(CycleProcess.VAR_YEAR, 2013));
    }

    private ProcessInstance pipeline(String unit) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UnitCycleProcess.KEY)
                .processInstanceBusinessKey(unit + ":2013").singleResult();
    }

    private List<Task> overdueTasks() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey(CycleProcess.TASK_HANDLE_OVERDUE)
                .orderByTaskCreateTime().asc().list();
    }

    private List<String> candidateGroups(Task t) {
        return engine.getTaskService().getIdentityLinksForTask(t.getId()).stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).toList();
    }

    private long instances(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).count();
    }

    private List<String> units(String key) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(key).list().stream()
                .map(p -> (String) engine.getRuntimeService().getVariable(p.getId(), "unitCode")).toList();
    }

    /**
     * Completes the stand-in tasks of {@code key} for one unit, or for every unit when {@code unit} is null, a minute
     * after the previous step (the history then tells the order).
     */
    private void complete(String key, String unit) {
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 60_000));
        for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey(key).list()) {
            String u = (String) engine.getRuntimeService().getVariable(t.getProcessInstanceId(), "unitCode");
            if ((unit == null || u.equals(unit)) && !t.getTaskDefinitionKey().equals("Task_EnterInspectionConclusion")) {
                engine.getTaskService().complete(t.getId());
            }
        }
        executeJobs();
    }

    /** Completes the stand-in task of every running instance of {@code key} except the unit {@code keepOpen}. */
    private void completeAllBut(String key, String keepOpen) {
        for (Task t : engine.getTaskService().createTaskQuery().processDefinitionKey(key).list()) {
            String unit = (String) engine.getRuntimeService().getVariable(t.getProcessInstanceId(), "unitCode");
            if (!unit.equals(keepOpen) && !t.getTaskDefinitionKey().equals("Task_EnterInspectionConclusion")
                    && !t.getTaskDefinitionKey().equals("Task_StandInConference")) {
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
