package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarListener;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;

/**
 * The real ranking.bpmn on an engine-only H2 (camunda.cfg.xml). Services are replaced by small Mocks that record
 * calls; the calendar listener, the reminder delegate and the conference date listener are the real ones.
 */
@Deployment(resources = {"processes/ranking.bpmn", "forms/ranking-self-score.form", "forms/ranking-superior-score.form",
        "forms/ranking-decide-category.form", "forms/ranking-rank-branch-members.form",
        "forms/ranking-confirm-member-ranking.form", "forms/ranking-handle-overdue.form",
        "forms/ranking-schedule-conference.form", "forms/ranking-summary-report.form"})
class RankingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    final List<String> recorded = new ArrayList<>();
    final List<String> reports = new ArrayList<>();

    @BeforeEach
    void mocks() {
        engine = extension.getProcessEngine();
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("singleRankingStartListener", (ExecutionListener) ex -> { });
        Mocks.register("prepareRankingDelegate", (JavaDelegate) ex -> {
            ex.setVariable("unitName", "Đảng bộ " + ex.getVariable("unitCode"));
            ex.setVariable("unitCommitteeGroup", "btv-" + ex.getVariable("unitCode"));
            ex.setVariable("superiorGroup", "btv-DUK");
        });
        Mocks.register("rankingBranches", new RankingBranches(unit -> unit.startsWith("CBCS")
                ? List.of(unit) : List.of(unit + "-CB1", unit + "-CB2")));
        Mocks.register("scoresEnteredTaskListener", (TaskListener) t -> {
            if ("Task_SuperiorScore".equals(t.getTaskDefinitionKey())) {
                t.getExecution().setVariable("proposedCategory", "CLEAN_STRONG");
            }
        });
        Mocks.register("unitCategoryDecisionTaskListener", (TaskListener) t -> { });
        Mocks.register("recordUnitRankingDelegate", (JavaDelegate) ex -> recorded.add((String) ex.getVariable("unitCode")));
        Mocks.register("memberRankingTaskListener", (TaskListener) t -> { });
        Mocks.register("sendRankingReminderDelegate", new SendRankingReminderDelegate());
        Mocks.register("conferenceDateTaskListener", new ConferenceDateTaskListener());
        Mocks.register("storeSummaryReportDelegate", (JavaDelegate) ex -> reports.add((String) ex.getVariable("generalAssessment")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(String unit) {
        ClockUtil.setCurrentTime(at("2013-12-01T08:00:00+07:00"));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(RankingProcess.KEY, unit + ":2013",
                Map.of("unitCode", unit, "campaignYear", 2013));
        // the branches' tasks are created asynchronously, one job per branch
        for (Job job : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            engine.getManagementService().executeJob(job.getId());
        }
        return pi;
    }

    private Task taskOf(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private List<Task> tasksOf(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).orderByTaskId().asc().list();
    }

    private static Date at(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    @Test
    void grassrootsCommittee_fullPath_unitAndEachBranchThenConferenceAndReport() {
        ProcessInstance pi = start("DBS1");

        assertThat(pi).isWaitingAt(RankingProcess.TASK_SELF_SCORE, RankingProcess.TASK_RANK_BRANCH_MEMBERS);
        Task self = taskOf(pi, "Task_SelfScore");
        assertThat(self).hasCandidateGroup("btv-DBS1");
        assertThat(self.getDueDate()).isEqualTo(at("2013-12-24T23:59:59+07:00"));
        List<Task> branches = tasksOf(pi, "Task_RankBranchMembers");
        assertThat(branches).hasSize(2);
        assertThat(branches.get(0)).hasCandidateGroup("chi-uy-DBS1-CB1");
        assertThat(branches.get(1)).hasCandidateGroup("chi-uy-DBS1-CB2");

        engine.getTaskService().complete(self.getId());
        Task superior = taskOf(pi, "Task_SuperiorScore");
        assertThat(superior).hasCandidateGroup("btv-DUK");
        engine.getTaskService().complete(superior.getId());
        Task decide = taskOf(pi, "Task_DecideCategory");
        assertThat(decide).hasCandidateGroup("btv-DUK");
        assertThat(pi).variables().containsEntry("proposedCategory", "CLEAN_STRONG");
        engine.getTaskService().complete(decide.getId(), Map.of("category", "CLEAN_STRONG"));
        assertThat(recorded).containsExactly("DBS1");

        branches.forEach(b -> engine.getTaskService().complete(b.getId()));
        Task confirm = taskOf(pi, "Task_ConfirmMemberRanking");
        assertThat(confirm).hasCandidateGroup("btv-DBS1");
        engine.getTaskService().complete(confirm.getId(), Map.of("acceptBranchRanking", true));

        Task conference = taskOf(pi, "Task_ScheduleYearEndConference");
        assertThat(conference).hasCandidateGroup("btv-DBS1");
        assertThat(conference.getDueDate()).isEqualTo(at("2014-01-14T23:59:59+07:00"));
        engine.getTaskService().complete(conference.getId(), Map.of("conferenceDate", "2014-01-14",
                "blocRepresentative", "Đồng chí Phó Bí thư Đảng ủy Khối", "invitationSent", true));
        Task report = taskOf(pi, "Task_DraftSummaryReport");
        engine.getTaskService().complete(report.getId(), Map.of("generalAssessment", "Đánh giá chung",
                "topicBranchMeetings", "a", "topicMemberRecords", "b", "topicCommitteeBooks", "c", "topicEthicsStandards", "d"));

        assertThat(pi).isEnded().hasPassedInOrder("Task_PrepareRanking", RankingProcess.TASK_SELF_SCORE, RankingProcess.TASK_SUPERIOR_SCORE,
                RankingProcess.TASK_DECIDE_CATEGORY, RankingProcess.SERVICE_RECORD_UNIT_RANKING, "Gateway_JoinRanking", RankingProcess.TASK_SCHEDULE_CONFERENCE,
                RankingProcess.TASK_SUMMARY_REPORT, "Task_StoreSummaryReport", RankingProcess.END);
        assertThat(pi).hasPassed(RankingProcess.TASK_CONFIRM_MEMBER_RANKING).hasNotPassed(RankingProcess.TASK_HANDLE_OVERDUE, "Task_SendRankingReminder");
        assertThat(reports).containsExactly("Đánh giá chung");
    }

    @Test
    void grassrootsBranch_ranksItsOwnMembersInOneTask() {
        ProcessInstance pi = start("CBCS7");
        List<Task> branches = tasksOf(pi, "Task_RankBranchMembers");
        assertThat(branches).hasSize(1);
        assertThat(branches.get(0)).hasCandidateGroup("chi-uy-CBCS7");
    }

    @Test
    void conferenceOnOrAfter15January_refused_before_accepted() {
        ProcessInstance pi = start("DBS2");
        runRankingToConference(pi);
        Task conference = taskOf(pi, "Task_ScheduleYearEndConference");

        assertThatThrownBy(() -> engine.getTaskService().complete(conference.getId(), Map.of("conferenceDate", "2014-01-15",
                "blocRepresentative", "Đại diện BTV", "invitationSent", true)))
                .hasRootCauseInstanceOf(DomainException.class).hasMessageContaining("trước ngày 15/01/2014")
                .hasMessageContaining("ngày đã nhập: 15/01/2014");
        assertThat(pi).isWaitingAt(RankingProcess.TASK_SCHEDULE_CONFERENCE);
        assertThatThrownBy(() -> engine.getTaskService().complete(conference.getId(), Map.of("conferenceDate", "2014-01-10",
                "blocRepresentative", "Đại diện BTV", "invitationSent", false)))
                .hasMessageContaining("giấy mời");

        engine.getTaskService().complete(conference.getId(), Map.of("conferenceDate", "2014-01-14",
                "blocRepresentative", "Đại diện BTV", "invitationSent", true));
        assertThat(pi).isWaitingAt(RankingProcess.TASK_SUMMARY_REPORT);
    }

    @Test
    void rankingDeadline25December_escalatesToSuperior_tasksStayOpen_remindersBefore() {
        ProcessInstance pi = start("DBS3");
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(RankingProcess.TIMER_OVERDUE).singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(at("2013-12-25T00:00:00+07:00"));
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(RankingProcess.TIMER_REMINDER).singleResult();
        assertThat(reminder.getDuedate()).isEqualTo(at("2013-12-18T00:00:00+07:00"));

        ClockUtil.setCurrentTime(at("2013-12-18T00:00:00+07:00"));
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(pi).variables().containsEntry("reminderCount", 1);
        assertThat(pi).hasPassed("Task_SendRankingReminder");

        ClockUtil.setCurrentTime(at("2013-12-25T00:00:01+07:00"));
        engine.getManagementService().executeJob(overdue.getId());
        Task escalation = taskOf(pi, "Task_HandleOverdueRanking");
        assertThat(escalation).hasCandidateGroup("btv-DUK");
        assertThat(pi).isWaitingAt(RankingProcess.TASK_SELF_SCORE, RankingProcess.TASK_RANK_BRANCH_MEMBERS, RankingProcess.TASK_HANDLE_OVERDUE);
    }

    private void runRankingToConference(ProcessInstance pi) {
        engine.getTaskService().complete(taskOf(pi, "Task_SelfScore").getId());
        engine.getTaskService().complete(taskOf(pi, "Task_SuperiorScore").getId());
        engine.getTaskService().complete(taskOf(pi, "Task_DecideCategory").getId(), Map.of("category", "CLEAN_STRONG"));
        tasksOf(pi, "Task_RankBranchMembers").forEach(t -> engine.getTaskService().complete(t.getId()));
        engine.getTaskService().complete(taskOf(pi, "Task_ConfirmMemberRanking").getId());
    }

    @Test
    void startRefusedByTheStartListener_nothingStored_noJobNoIncident_callerGetsTheMessage() {
        // the real listener (SingleRankingStartListener) refuses a second start per unit and year; a stand-in
        // refuses here, to show that the refusal happens in the caller's transaction, before the async branches
        Mocks.register("singleRankingStartListener", (ExecutionListener) ex -> {
            throw new ConflictException("unitCode", "Đánh giá, xếp loại năm 2013 của DBS1 đã được bắt đầu");
        });
        ClockUtil.setCurrentTime(at("2013-12-01T08:00:00+07:00"));
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(RankingProcess.KEY, "DBS1:2013",
                Map.of("unitCode", "DBS1", "campaignYear", 2013)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đã được bắt đầu");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
        assertThat(engine.getManagementService().createJobQuery().count()).isZero();
        assertThat(engine.getRuntimeService().createIncidentQuery().count()).isZero();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isZero();
    }
}
