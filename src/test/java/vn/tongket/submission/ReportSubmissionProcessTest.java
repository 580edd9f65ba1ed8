package vn.tongket.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.tongket.submission.ReportSubmissionProcess.*;

import java.util.Date;
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
import vn.tongket.common.AccessRefusedException;

/**
 * Engine-only tests of the real {@code processes/report-submission.bpmn} with the real delegates, listeners and
 * route bean; the submission service is a Mockito mock answering a chi bộ trực thuộc's review+ranking report
 * (chi ủy → BTV đảng ủy cơ sở → Ban Tổ chức → BTV Đảng ủy Khối), due before 30/12 (Đ.II.1).
 */
@Deployment(resources = "processes/report-submission.bpmn")
class ReportSubmissionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final int YEAR = 2013;
    static final CampaignCalendar CAL = CampaignCalendar.of(YEAR);
    ProcessEngine engine;
    ReportSubmissionService service;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(CAL.lateFrom(Deadline.RANKING_DONE).toInstant()));
        service = mock(ReportSubmissionService.class);
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("prepareReportSubmissionDelegate", new PrepareReportSubmissionDelegate(service));
        Mocks.register("generateReportDocumentDelegate", new GenerateReportDocumentDelegate(service));
        Mocks.register("recordLateSubmissionDelegate", new RecordLateSubmissionDelegate(service));
        Mocks.register("closeReportSubmissionDelegate", new CloseReportSubmissionDelegate(service));
        Mocks.register("sendReportTaskListener", new SendReportTaskListener(service));
        Mocks.register("acknowledgeReportTaskListener", new AcknowledgeReportTaskListener(service));
        Mocks.register("reportSubmissionRoute", new ReportSubmissionRoute(service));
        actAs("u-sender", "chi-uy-SGD-VP");
    }

    /**
     * The receiving bodies in order, answered like the real service: the first body that has not acknowledged yet
     * (the engine evaluates the candidate-group expression again when a task is completed).
     */
    private void route(String... groups) {
        java.util.concurrent.atomic.AtomicInteger acknowledged = new java.util.concurrent.atomic.AtomicInteger();
        when(service.nextReceiverGroup(anyString())).thenAnswer(inv -> groups[Math.min(acknowledged.get(), groups.length - 1)]);
        when(service.acknowledge(anyString(), anyString(), any(), any())).thenAnswer(inv -> {
            acknowledged.incrementAndGet();
            return null;
        });
    }

    /** The authenticated user completing the next task, in the Camunda groups the engine's completer check reads. */
    private void actAs(String user, String... groups) {
        engine.getIdentityService().setAuthentication(user, java.util.List.of(groups));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    private void prepared(String kind, Deadline deadline, int receivers) {
        when(service.prepare(eq("SGD-VP"), eq(YEAR), eq(kind), anyString())).thenReturn(new ReportSubmissionService.Prepared(
                41L, "chi-uy-SGD-VP", receivers, CampaignCalendar.iso(CAL.lateFrom(deadline)), CampaignCalendar.iso(CAL.due(deadline)),
                "Báo cáo", "Chi bộ Văn phòng", "…", "trước ngày 30/12/2013", "Đ.II.1"));
        when(service.receiverCount(anyString())).thenReturn(receivers);
    }

    private ProcessInstance start(String kind) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(KEY,
                businessKey("SGD-VP", YEAR, kind), Map.of("unitCode", "SGD-VP", "campaignYear", YEAR, "reportKind", kind));
        assertThat(pi).isWaitingAt(TASK_PREPARE);
        execute(job());
        assertThat(pi).isWaitingAt(TASK_GENERATE);
        execute(job());
        return pi;
    }

    private Job lateTimer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId(BOUNDARY_LATE).singleResult();
    }

    @Test
    void reviewRanking_branchSendsBefore30Dec_eachBodyUpTheChainAcknowledgesInOrder() {
        prepared("REVIEW_RANKING", Deadline.REVIEW_REPORT, 3);
        route("btv-SGD", "ban-to-chuc", "btv-DUK");
        ProcessInstance pi = start("REVIEW_RANKING");
        assertThat(pi.getBusinessKey()).isEqualTo("SGD-VP:2013:REVIEW_RANKING");
        verify(service).generate(pi.getId());
        assertThat(pi).isWaitingAt(TASK_SEND).task().hasCandidateGroup("chi-uy-SGD-VP")
                .hasDueDate(Date.from(CAL.due(Deadline.REVIEW_REPORT).toInstant()));
        assertThat(task().getDueDate()).isEqualTo(Date.from(java.time.ZonedDateTime.parse("2013-12-29T23:59:59+07:00").toInstant()));
        assertThat(lateTimer(pi).getDuedate()).isEqualTo(Date.from(java.time.ZonedDateTime.parse("2013-12-30T00:00:00+07:00").toInstant()));

        complete(task(), withVariables("documentChecked", true, "senderNote", "Kính gửi"));
        verify(service).send(pi.getId(), "u-sender", "Kính gửi");
        assertThat(pi).variables().doesNotContainKey("senderNote");
        for (String group : new String[] {"btv-SGD", "ban-to-chuc", "btv-DUK"}) {
            assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE).task().hasCandidateGroup(group);
            actAs("u-" + group, group);
            complete(task(), withVariables("received", true));
            verify(service).acknowledge(eq(pi.getId()), eq("u-" + group), eq(true), any());
        }
        verify(service).close(pi.getId());
        verify(service, never()).recordLate(any());
        assertThat(pi).isEnded().hasPassedInOrder(TASK_PREPARE, TASK_GENERATE, TASK_SEND, TASK_ACKNOWLEDGE, TASK_CLOSE, END_ACKNOWLEDGED)
                .hasNotPassed(TASK_RECORD_LATE);
    }

    @Test
    void evaluationResults_notSentBy30Jan_lateRecordedAtTheCalendarsDeadline_taskStaysOpen() {
        prepared("EVALUATION_RESULTS", Deadline.EVALUATION_REPORT, 1);
        route("ban-to-chuc");
        ProcessInstance pi = start("EVALUATION_RESULTS");
        assertThat(lateTimer(pi).getDuedate()).isEqualTo(Date.from(java.time.ZonedDateTime.parse("2014-01-30T00:00:00+07:00").toInstant()));
        assertThat(task().getDueDate()).isEqualTo(Date.from(java.time.ZonedDateTime.parse("2014-01-29T23:59:59+07:00").toInstant()));

        ClockUtil.setCurrentTime(lateTimer(pi).getDuedate());
        execute(lateTimer(pi));
        verify(service).recordLate(pi.getId());
        assertThat(pi).hasPassed(TASK_RECORD_LATE).isWaitingAt(TASK_SEND);

        complete(task(), withVariables("documentChecked", true));
        actAs("u-btc", "ban-to-chuc");
        complete(task(), withVariables("received", true));
        assertThat(pi).isEnded();
    }

    @Test
    void voteResults_dueWithTheVotesOwnDeadline30Dec() {
        prepared("VOTE_RESULTS", Deadline.VOTE_DONE, 1);
        route("btv-SGD");
        ProcessInstance pi = start("VOTE_RESULTS");
        assertThat(task().getDueDate()).isEqualTo(Date.from(CAL.due(Deadline.VOTE_DONE).toInstant()));
        assertThat(lateTimer(pi).getDuedate()).isEqualTo(Date.from(CAL.lateFrom(Deadline.VOTE_DONE).toInstant()));
    }

    @Test
    void blocReportToProvince_noReceivingTaskInTheSystem_endsAfterSending() {
        prepared("VOTE_RESULTS", Deadline.VOTE_DONE, 0);
        ProcessInstance pi = start("VOTE_RESULTS");
        complete(task(), withVariables("documentChecked", true));
        assertThat(pi).isEnded().hasPassed(TASK_CLOSE);
        verify(service, never()).acknowledge(any(), any(), any(), any());
    }

    @Test
    void sendingWithoutCheckingTheDocument_refused_taskStays() {
        prepared("REVIEW_RANKING", Deadline.REVIEW_REPORT, 3);
        ProcessInstance pi = start("REVIEW_RANKING");
        assertThatThrownBy(() -> complete(task(), withVariables("documentChecked", false)))
                .hasMessageContaining("kiểm tra văn bản báo cáo");
        assertThat(pi).isWaitingAt(TASK_SEND);
        verify(service, never()).send(any(), any(), any());
    }

    @Test
    void sendingByANonMemberOfTheSendingCommittee_refusedByTheService_taskStays() {
        prepared("REVIEW_RANKING", Deadline.REVIEW_REPORT, 3);
        doThrow(new AccessRefusedException("Chỉ Chi ủy Chi bộ Văn phòng được gửi báo cáo của đơn vị"))
                .when(service).send(any(), any(), any());
        ProcessInstance pi = start("REVIEW_RANKING");
        assertThatThrownBy(() -> complete(task(), withVariables("documentChecked", true)))
                .hasMessageContaining("Chỉ Chi ủy Chi bộ Văn phòng");
        assertThat(pi).isWaitingAt(TASK_SEND);
    }

    @Test
    void forgedReceiverVariables_ignored_routeComesFromTheTablesByProcessInstance() {
        prepared("REVIEW_RANKING", Deadline.REVIEW_REPORT, 2);
        route("btv-SGD", "ban-to-chuc");
        ProcessInstance pi = start("REVIEW_RANKING");
        // a task holder sets routing-looking variables: the count and groups still come from the service
        complete(task(), withVariables("documentChecked", true, "receiverCount", 0, "submissionId", 999L));
        assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE).task().hasCandidateGroup("btv-SGD");
        verify(service).receiverCount(pi.getId());
    }

    @Test
    void acknowledgingByAUserOutsideTheReceivingBody_refusedByTheCompleterCheck_nothingWritten() {
        prepared("REVIEW_RANKING", Deadline.REVIEW_REPORT, 1);
        route("ban-to-chuc");
        ProcessInstance pi = start("REVIEW_RANKING");
        complete(task(), withVariables("documentChecked", true));
        // the sender (chi ủy) tries to acknowledge her own report in the Ban Tổ chức's place
        assertThatThrownBy(() -> complete(task(), withVariables("received", true)))
                .hasMessageContaining("không phải người được giao công việc");
        assertThat(pi).isWaitingAt(TASK_ACKNOWLEDGE);
        verify(service, never()).acknowledge(any(), any(), any(), any());
    }
}
