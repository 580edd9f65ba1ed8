package vn.tongket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.tongket.evaluation.LeadershipEvaluationProcess.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarListener;
import vn.tongket.calendar.Deadline;
import vn.tongket.common.DomainException;
import vn.tongket.evaluation.LeaderCategoryRule.VoteFigures;

/**
 * Engine-only tests of the real {@code processes/evaluation.bpmn} with the real delegates and listeners; the
 * evaluation service is a Mockito mock whose decision applies the real {@link LeaderCategoryRule} to 31/60 LOW.
 */
@Deployment(resources = "processes/evaluation.bpmn")
class LeadershipEvaluationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final int YEAR = 2013;
    static final CampaignCalendar CAL = CampaignCalendar.of(YEAR);
    ProcessEngine engine;
    EvaluationService service;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(CAL.lateFrom(Deadline.VOTE_DONE).plusDays(2).toInstant()));
        service = mock(EvaluationService.class);
        Map<String, EvaluationService.Routing> routings = new java.util.HashMap<>();
        when(service.gather(eq("G"), eq("m1"), anyInt(), anyString())).thenAnswer(inv -> {
            routings.put(inv.getArgument(3), new EvaluationService.Routing(7L, true, "btv-G", "chi-uy-B", "btv-DUK", "m1"));
            return routings.get(inv.<String>getArgument(3));
        });
        when(service.gather(eq("G"), eq(null), anyInt(), anyString())).thenAnswer(inv -> {
            routings.put(inv.getArgument(3), new EvaluationService.Routing(8L, false, "btv-G", null, "btv-DUK", "m1,m2"));
            return routings.get(inv.<String>getArgument(3));
        });
        when(service.routing(anyString())).thenAnswer(inv -> routings.get(inv.<String>getArgument(0)));
        when(service.decide(anyString(), any(), any(), any())).thenAnswer(inv -> {
            LeaderCategory c = LeaderCategory.parse(inv.getArgument(2));
            if (routings.get(inv.<String>getArgument(0)).evaluationId() == 7L) {
                LeaderCategoryRule.check(c, List.of(new VoteFigures("BCH Đảng bộ G", 31, 60)));
            }
            return c;
        });
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("gatherEvaluationInputsDelegate", new GatherEvaluationInputsDelegate(service));
        Mocks.register("remindEvaluationDelegate", new RemindEvaluationDelegate(service));
        Mocks.register("escalateLateEvaluationDelegate", new EscalateLateEvaluationDelegate(service));
        Mocks.register("flagReportLateDelegate", new FlagReportLateDelegate(service));
        Mocks.register("requireEvaluationEntryListener", new RequireEvaluationEntryTaskListener(service));
        Mocks.register("decideCategoryListener", new DecideCategoryTaskListener(service));
        Mocks.register("acknowledgeResultListener", new AcknowledgeResultTaskListener(service));
        Mocks.register("evaluationRouting", new EvaluationRouting(service));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(Map<String, Object> vars) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY, vars);
        assertThat(pi).isWaitingAt(TASK_GATHER_INPUTS);
        execute(job());
        return pi;
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(activityId).singleResult();
    }

    @Test
    void cadre_selfAssessmentCollectiveBranchThenDecision_forcedCategoryRefused_thenNotified() {
        ProcessInstance pi = start(Map.of("unitCode", "G", "memberCode", "m1", "campaignYear", YEAR));
        assertThat(pi).hasVariables(EVALUATION_ID, IS_CADRE, DECIDING_GROUP)
                .variables().containsEntry(EVALUATION_ID, 7L).doesNotContainKeys("lowCount", "content");
        assertThat(pi).isWaitingAt(TASK_SELF_ASSESSMENT).task().isAssignedTo("m1")
                .hasDueDate(Date.from(CAL.due(Deadline.EVALUATION_DONE).toInstant()));
        complete(task());
        verify(service).requireEntry(pi.getId(), 7L, EntryStep.SELF_ASSESSMENT, null);
        assertThat(pi).isWaitingAt(TASK_COLLECTIVE_COMMENTS).task().hasCandidateGroup("btv-G");
        complete(task());
        assertThat(pi).isWaitingAt(TASK_BRANCH_COMMENTS).task().hasCandidateGroup("chi-uy-B");
        complete(task());
        assertThat(pi).isWaitingAt(TASK_DECIDE_CATEGORY).task().hasCandidateGroup("btv-DUK");

        assertThatThrownBy(() -> complete(task(), withVariables(LEADER_CATEGORY, "EXCELLENT")))
                .hasRootCauseInstanceOf(DomainException.class).hasMessageContaining("31/60");
        assertThat(pi).isWaitingAt(TASK_DECIDE_CATEGORY);
        complete(task(), withVariables(LEADER_CATEGORY, "NOT_COMPLETED"));

        assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE_RESULT).task().hasCandidateUser("m1")
                .hasDueDate(Date.from(CAL.due(Deadline.EVALUATION_REPORT).toInstant()));
        complete(task());
        verify(service).acknowledge(pi.getId(), 7L, null);
        assertThat(pi).isEnded().hasPassedInOrder(TASK_GATHER_INPUTS, TASK_SELF_ASSESSMENT, TASK_COLLECTIVE_COMMENTS,
                TASK_BRANCH_COMMENTS, TASK_DECIDE_CATEGORY, TASK_ACKNOWLEDGE_RESULT).hasNotPassed(TASK_COLLECTIVE_REPORT)
                // the category is confidential until published: recorded in our table, gone from the variables
                .variables().doesNotContainKey(LEADER_CATEGORY);
        verify(service, never()).markLate(any());
    }

    @Test
    void stepWithoutText_cannotBeCompleted() {
        doThrow(new DomainException("content", "Chưa nhập tự nhận xét")).when(service)
                .requireEntry(anyString(), eq(7L), eq(EntryStep.SELF_ASSESSMENT), any());
        ProcessInstance pi = start(Map.of("unitCode", "G", "memberCode", "m1", "campaignYear", YEAR));
        assertThatThrownBy(() -> complete(task())).hasRootCauseMessage("Chưa nhập tự nhận xét");
        assertThat(pi).isWaitingAt(TASK_SELF_ASSESSMENT);
    }

    @Test
    void collective_reportThenDecision_remindersLate20JanReportLate30Jan() {
        ProcessInstance pi = start(Map.of("unitCode", "G", "campaignYear", YEAR));
        assertThat(pi).isWaitingAt(TASK_COLLECTIVE_REPORT).task().hasCandidateGroup("btv-G");
        assertThat(timer(pi, BOUNDARY_LATE).getDuedate()).isEqualTo(Date.from(CAL.lateFrom(Deadline.EVALUATION_DONE).toInstant()));
        assertThat(timer(pi, BOUNDARY_REPORT_LATE).getDuedate())
                .isEqualTo(Date.from(CAL.lateFrom(Deadline.EVALUATION_REPORT).toInstant()));

        Job reminder = timer(pi, BOUNDARY_REMINDER);
        ClockUtil.setCurrentTime(reminder.getDuedate());
        execute(reminder);
        verify(service).remind(8L);
        assertThat(timer(pi, BOUNDARY_REMINDER)).isNotNull(); // the cycle goes on until the deadline

        ClockUtil.setCurrentTime(Date.from(CAL.lateFrom(Deadline.EVALUATION_DONE).toInstant()));
        execute(timer(pi, BOUNDARY_LATE));
        verify(service).markLate(8L);
        ClockUtil.setCurrentTime(Date.from(CAL.lateFrom(Deadline.EVALUATION_REPORT).toInstant()));
        execute(timer(pi, BOUNDARY_REPORT_LATE));
        verify(service).markReportLate(8L);
        assertThat(pi).hasPassed(TASK_ESCALATE_LATE, TASK_FLAG_REPORT_LATE).isWaitingAt(TASK_COLLECTIVE_REPORT);

        complete(task());
        complete(task(), withVariables(LEADER_CATEGORY, "EXCELLENT"));
        assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE_RESULT).task().hasCandidateUser("m1").hasCandidateUser("m2");
        complete(task());
        assertThat(pi).isEnded().hasNotPassed(TASK_SELF_ASSESSMENT, TASK_BRANCH_COMMENTS);
    }
}
