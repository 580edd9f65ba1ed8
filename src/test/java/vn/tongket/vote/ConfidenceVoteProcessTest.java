package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarListener;
import vn.tongket.common.DomainException;

/**
 * The real BPMN on an engine-only configuration. The database-facing delegates are replaced by Mocks that set the
 * same variables; {@link ComputeVoteWindowsDelegate} and the calendar listener are the real ones.
 */
@Deployment(resources = {ConfidenceVoteProcess.RESOURCE, "forms/confidence-vote-review-refusals.form",
        "forms/confidence-vote-prepare-ballots.form", "forms/confidence-vote-approve-counting-board.form",
        "forms/confidence-vote-self-review-report.form", "forms/confidence-vote-answer-requests.form",
        "forms/confidence-vote-count-ballots.form", "forms/confidence-vote-hand-over-ballots.form",
        "forms/confidence-vote-decide-overall.form", "forms/confidence-vote-escalate-late.form"})
class ConfidenceVoteProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    List<String> refusals = new ArrayList<>();
    List<String> twoPlace = new ArrayList<>();
    boolean sealed;
    List<String> countingBoards = new ArrayList<>();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        init(engine);
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("computeVoteWindowsDelegate", new ComputeVoteWindowsDelegate());
        Mocks.register("prepareVoteDelegate", (JavaDelegate) ex -> {
            ex.setVariable("voteId", 42L);
            ex.setVariable("candidateCodes", ConfidenceVoteProcess.codes(List.of("m1", "m2")));
            ex.setVariable("hasRefusals", !refusals.isEmpty());
            ex.setVariable("refusalMessage", String.join("\n", refusals));
            ex.setVariable("voterGroup", "bch-U1");
            ex.setVariable("superiorGroup", "btv-BLOC");
            ex.setVariable("presidingGroup", "btv-U1");
            ex.setVariable("answerGroup", "btv-U1");
            ex.setVariable("organizationBoardGroup", "ban-to-chuc");
            ex.setVariable("blocStandingGroup", "btv-BLOC");
        });
        Mocks.register("voteStartGuardListener", (org.camunda.bpm.engine.delegate.ExecutionListener) ex -> { });
        Mocks.register("proposeCountingBoardTaskListener", (TaskListener) t -> { });
        // the real listener assigns the presiding body from the model and records the approval in the service
        Mocks.register("presidingTaskListener", (TaskListener) t -> {
            if (TaskListener.EVENTNAME_CREATE.equals(t.getEventName())) {
                t.addCandidateGroup("btv-U1");
            } else {
                t.getExecution().setVariable("boardApproved", Boolean.TRUE.equals(t.getVariable("countingBoardApproved")));
            }
        });
        Mocks.register("recordCountingBoardDelegate", (JavaDelegate) ex -> {
            countingBoards.add((String) ex.getVariable("countingBoardProposal"));
            ex.setVariable("countingBoardUsers", "kp1,kp2");
        });
        Mocks.register("overallJudgementTaskListener", (TaskListener) t -> { });
        Mocks.register("checkTwoPlacesDelegate", (JavaDelegate) ex -> {
            ex.setVariable("twoPlaceMembers", ConfidenceVoteProcess.codes(twoPlace));
            ex.setVariable("hasTwoPlaceMembers", !twoPlace.isEmpty());
        });
        Mocks.register("sealedVoteTaskListener", (TaskListener) t -> {
            if (!sealed && TaskListener.EVENTNAME_COMPLETE.equals(t.getEventName())) {
                throw new DomainException("voteId", "Chưa niêm phong phiếu");
            }
        });
        ClockUtil.setCurrentTime(at("2015-11-20T09:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    static Date at(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    ProcessInstance start(String voteDate) {
        return engine.getRuntimeService().startProcessInstanceByKey(ConfidenceVoteProcess.KEY, "U1:2015",
                Map.of("unitCode", "U1", "campaignYear", 2015, "voteDate", voteDate));
    }

    Job timer(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    }

    void throughBoardApproval(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_PREPARE_BALLOTS).task().hasCandidateGroup("ban-to-chuc");
        complete(task(pi), withVariables("countingBoardProposal", "Đ/c A (trưởng ban), Đ/c B, Đ/c C", "ballotsPrepared", true));
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_APPROVE_COUNTING_BOARD).task().hasCandidateGroup("btv-U1");
        complete(task(pi), withVariables("countingBoardApproved", true));
    }

    void finishWindowAndReports(ProcessInstance pi) {
        for (Job j : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            execute(j);
        }
        ClockUtil.setCurrentTime(at("2015-12-06T00:00:01+07:00"));
        execute(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED));
        complete(task(ConfidenceVoteProcess.TASK_ANSWER_REQUESTS, pi), withVariables("requestsAnswered", true));
        for (Task t : taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_SELF_REVIEW_REPORT).list()) {
            complete(t, withVariables("selfReviewReady", true));
        }
    }

    @Test
    void wholeFlow_groupsDueDatesAndPath() {
        ProcessInstance pi = start("2015-12-20");
        assertThat(pi).hasPassed(ConfidenceVoteProcess.TASK_PREPARE_VOTE).hasNotPassed(ConfidenceVoteProcess.TASK_REVIEW_REFUSALS);
        Assertions.assertThat(task(pi).getDueDate()).isEqualTo(at("2015-12-29T23:59:59+07:00"));
        throughBoardApproval(pi);
        Assertions.assertThat(countingBoards).containsExactly("Đ/c A (trưởng ban), Đ/c B, Đ/c C");

        // one self-review task per candidate, assigned to the member, after the async job
        for (Job j : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            execute(j);
        }
        List<Task> reports = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_SELF_REVIEW_REPORT).list();
        Assertions.assertThat(reports).extracting(Task::getAssignee).containsExactlyInAnyOrder("m1", "m2");

        // the 15-day timer: requests accepted through 05/12, closed from 06/12 00:00
        Assertions.assertThat(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED).getDuedate()).isEqualTo(at("2015-12-06T00:00:00+07:00"));
        ClockUtil.setCurrentTime(at("2015-12-06T00:00:01+07:00"));
        execute(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED));
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_ANSWER_REQUESTS);
        Task answer = task(ConfidenceVoteProcess.TASK_ANSWER_REQUESTS, pi);
        assertThat(answer).hasCandidateGroup("btv-U1");
        Assertions.assertThat(answer.getDueDate()).isEqualTo(at("2015-12-17T23:59:59+07:00"));
        // the 3-day timer: answers through 17/12, late from 18/12 00:00
        Assertions.assertThat(timer(pi, ConfidenceVoteProcess.BOUNDARY_ANSWERS_CLOSED).getDuedate()).isEqualTo(at("2015-12-18T00:00:00+07:00"));
        complete(answer, withVariables("requestsAnswered", true));
        reports.forEach(t -> complete(t, withVariables("selfReviewReady", true)));

        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_COUNT_BALLOTS).task().hasCandidateUser("kp1");
        assertThat(task(ConfidenceVoteProcess.TASK_COUNT_BALLOTS, pi)).hasCandidateUser("kp2");
        Task count = task(ConfidenceVoteProcess.TASK_COUNT_BALLOTS, pi);
        assertThatThrownBy(() -> complete(count)).hasMessageContaining("Chưa niêm phong");
        sealed = true;
        complete(count, withVariables("minutesSigned", true));
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_HAND_OVER_BALLOTS).task().hasCandidateGroup("ban-to-chuc");
        complete(task(pi), withVariables("sealedBallotsReceived", true));
        assertThat(pi).isEnded().hasPassedInOrder(ConfidenceVoteProcess.TASK_PREPARE_VOTE, ConfidenceVoteProcess.TASK_PREPARE_BALLOTS,
                ConfidenceVoteProcess.TASK_APPROVE_COUNTING_BOARD, ConfidenceVoteProcess.TASK_COUNT_BALLOTS,
                ConfidenceVoteProcess.TASK_HAND_OVER_BALLOTS, ConfidenceVoteProcess.TASK_CHECK_TWO_PLACES, ConfidenceVoteProcess.END_VOTE_DONE)
                .hasNotPassed(ConfidenceVoteProcess.TASK_DECIDE_OVERALL, ConfidenceVoteProcess.TASK_ESCALATE_LATE_VOTE);
        // no ballot content or result ever became a variable
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(v -> v.getName())
                .noneMatch(n -> n.toLowerCase().contains("mark") || n.toLowerCase().contains("tally") || n.toLowerCase().contains("low"));
    }

    @Test
    void answersTimer_closesWindowWhenNotAnsweredIn3DaysBefore() {
        ProcessInstance pi = start("2015-12-20");
        throughBoardApproval(pi);
        ClockUtil.setCurrentTime(at("2015-12-06T00:00:01+07:00"));
        execute(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED));
        ClockUtil.setCurrentTime(at("2015-12-18T00:00:01+07:00"));
        execute(timer(pi, ConfidenceVoteProcess.BOUNDARY_ANSWERS_CLOSED));
        assertThat(pi).hasPassed("EndEvent_AnswersLate").hasNotPassed("EndEvent_WindowDone");
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_ANSWER_REQUESTS).count()).isZero();
    }

    @Test
    void voteDateMoved_movesBothTimers() {
        ProcessInstance pi = start("2015-12-20");
        throughBoardApproval(pi);
        Assertions.assertThat(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED).getDuedate()).isEqualTo(at("2015-12-06T00:00:00+07:00"));
        engine.getRuntimeService().createMessageCorrelation(ConfidenceVoteProcess.MESSAGE_VOTE_DATE_MOVED)
                .processInstanceId(pi.getId()).setVariable("voteDate", "2015-12-27").correlate();
        Assertions.assertThat(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED).getDuedate()).isEqualTo(at("2015-12-13T00:00:00+07:00"));
        ClockUtil.setCurrentTime(at("2015-12-13T00:00:01+07:00"));
        execute(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED));
        Assertions.assertThat(timer(pi, ConfidenceVoteProcess.BOUNDARY_ANSWERS_CLOSED).getDuedate()).isEqualTo(at("2015-12-25T00:00:00+07:00"));
        // moved again while answering: the answer window restarts from the new date
        engine.getRuntimeService().createMessageCorrelation(ConfidenceVoteProcess.MESSAGE_VOTE_DATE_MOVED)
                .processInstanceId(pi.getId()).setVariable("voteDate", "2015-12-29").correlate();
        Assertions.assertThat(timer(pi, ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED).getDuedate()).isEqualTo(at("2015-12-15T00:00:00+07:00"));
        assertThat(pi).hasPassed(ConfidenceVoteProcess.BOUNDARY_VOTE_DATE_MOVED);
    }

    @Test
    void thirdPlaceRefusal_routesToOrganizationBoardFirst() {
        refusals.add("Đồng chí X đã được lấy phiếu tín nhiệm ở 2 nơi năm 2015: không lấy phiếu ở nơi thứ ba");
        ProcessInstance pi = start("2015-12-20");
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_REVIEW_REFUSALS).task().hasCandidateGroup("ban-to-chuc");
        assertThat(pi).variables().containsEntry("refusalMessage", refusals.get(0));
        complete(task(pi), withVariables("refusalsAcknowledged", true));
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_PREPARE_BALLOTS);
    }

    @Test
    void countingBoardNotApproved_backToOrganizationBoard() {
        ProcessInstance pi = start("2015-12-20");
        complete(task(pi), withVariables("countingBoardProposal", "Đ/c A", "ballotsPrepared", true));
        complete(task(pi), withVariables("countingBoardApproved", false));
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.TASK_PREPARE_BALLOTS);
        Assertions.assertThat(countingBoards).isEmpty();
    }

    @Test
    void twoPlaces_decisionTaskPerPersonForBlocStandingCommittee() {
        twoPlace.addAll(List.of("m1", "m2"));
        ProcessInstance pi = start("2015-12-20");
        throughBoardApproval(pi);
        finishWindowAndReports(pi);
        sealed = true;
        complete(task(ConfidenceVoteProcess.TASK_COUNT_BALLOTS, pi));
        complete(task(ConfidenceVoteProcess.TASK_HAND_OVER_BALLOTS, pi));
        for (Job j : engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            execute(j);
        }
        List<Task> decisions = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_DECIDE_OVERALL).list();
        Assertions.assertThat(decisions).hasSize(2);
        decisions.forEach(t -> assertThat(t).hasCandidateGroup("btv-BLOC"));
        decisions.forEach(t -> complete(t, withVariables("overallDecisionNo", "15-KL/ĐU")));
        assertThat(pi).isEnded().hasPassed(ConfidenceVoteProcess.TASK_DECIDE_OVERALL);
    }

    @Test
    void notDoneBefore30December_escalatesToSuperiorWithoutInterrupting() {
        ProcessInstance pi = start("2015-12-20");
        throughBoardApproval(pi);
        Job deadline = timer(pi, ConfidenceVoteProcess.BOUNDARY_VOTE_DEADLINE);
        Assertions.assertThat(deadline.getDuedate()).isEqualTo(at("2015-12-30T00:00:00+07:00"));
        ClockUtil.setCurrentTime(at("2015-12-30T08:00:00+07:00"));
        execute(deadline);
        Task escalation = task(ConfidenceVoteProcess.TASK_ESCALATE_LATE_VOTE, pi);
        assertThat(escalation).hasCandidateGroup("btv-BLOC");
        assertThat(pi).isWaitingAt(ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED);
        complete(escalation, withVariables("lateVoteNote", "Đề nghị hoàn thành ngay"));
        assertThat(pi).isNotEnded().hasPassed("EndEvent_Escalated");
    }
}
