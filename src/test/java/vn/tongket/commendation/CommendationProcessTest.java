package vn.tongket.commendation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.tongket.commendation.CommendationProcess.*;

import java.time.LocalDate;
import org.assertj.core.api.Assertions;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;

/** The real processes/commendation.bpmn on an in-memory engine; the service is a Mockito mock. */
@Deployment(resources = {"processes/commendation.bpmn", "forms/commendation-select-proposals.form",
        "forms/commendation-prepare-dossier.form", "forms/commendation-receive-dossier.form",
        "forms/commendation-council-review.form", "forms/commendation-bloc-decision.form",
        "forms/commendation-enter-decisions.form"})
class CommendationProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    CommendationService service;

    static Date at(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        init(engine);
        service = mock(CommendationService.class);
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("singleCommendationStartListener", (ExecutionListener) ex -> { });
        Mocks.register("prepareCommendationDelegate", new PrepareCommendationDelegate(service));
        Mocks.register("computeEligibilityDelegate", new ComputeEligibilityDelegate(service));
        Mocks.register("applyProposalSelectionListener", new ApplyProposalSelectionListener(service));
        Mocks.register("submitDossierListener", new SubmitDossierListener(service));
        Mocks.register("receiveDossierListener", new ReceiveDossierListener(service));
        Mocks.register("recordNoProposalDelegate", new RecordNoProposalDelegate(service));
        Mocks.register("closeNotProposedDelegate", new CloseNotProposedDelegate(service));
        Mocks.register("sendCommendationReminderDelegate", new SendCommendationReminderDelegate());
        Mocks.register("rankProposalsDelegate", new RankProposalsDelegate(service));
        Mocks.register("applyBlocDecisionListener", new ApplyBlocDecisionListener(service));
        Mocks.register("recordDecisionsListener", new RecordDecisionsListener(service));
        when(service.route("SGD")).thenReturn(new CommendationService.Routing(false, "btv-SGD", "btv-DUK"));
        when(service.route("DUK")).thenReturn(new CommendationService.Routing(true, "btv-DUK", "btv-DUK"));
        when(service.computeEligibility(eq("SGD"), eq(2013), anyString())).thenReturn(new CommendationService.EligibilityList(
                42L, 2, 9, "Chỉ tiêu giấy khen chi bộ: 6 chi bộ TSVM tiêu biểu năm 2013 → 15% × 6 = 0,9, làm tròn xuống: tối đa 0 chi bộ.",
                List.of(Map.of("label", "Lê Thị Hoa", "value", "7"), Map.of("label", "Đảng bộ Sở Giáo dục", "value", "8"))));
        ClockUtil.setCurrentTime(at("2014-01-02T08:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        Mocks.reset();
    }

    ProcessInstance startUnit() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "SGD:2013",
                Map.of("unitCode", "SGD", "campaignYear", 2013));
        assertThat(pi).isWaitingAt(TASK_COMPUTE_ELIGIBILITY);
        execute(job(TASK_COMPUTE_ELIGIBILITY));
        return pi;
    }

    @Test
    void unitLevel_eligibilityThenSelectionThenDossier_receivedByBanToChuc() {
        ProcessInstance pi = startUnit();
        assertThat(pi).isWaitingAt(TASK_SELECT_PROPOSALS).hasVariables("dossierId", "eligibilitySummary", "eligibleOptions");
        assertThat(pi).variables().containsEntry("dossierId", 42L).containsEntry("eligibleCount", 2);
        assertThat(task()).hasCandidateGroup("btv-SGD");
        Assertions.assertThat(task().getDueDate()).isEqualTo(at("2014-01-18T23:59:59+07:00"));

        when(service.applySelection(eq(42L), anyCollection(), eq("Mô hình dân vận khéo")))
                .thenReturn(new CommendationService.Selection(2, 0, 1, 1));
        complete(task(), withVariables(SELECTED_CANDIDATES, "[\"7\",\"8\"]", "judgementNote", "Mô hình dân vận khéo"));
        verify(service).applySelection(42L, List.of(7L, 8L), "Mô hình dân vận khéo");
        assertThat(pi).isWaitingAt(TASK_PREPARE_DOSSIER);
        assertThat(task()).hasCandidateGroup("btv-SGD");

        complete(task(), withVariables("dossierConfirmed", true));
        verify(service).submit(42L);
        assertThat(pi).isWaitingAt(TASK_RECEIVE_DOSSIER);
        assertThat(task()).hasCandidateGroup("ban-to-chuc");
        complete(task(), withVariables("dossierReceived", true));
        verify(service).markReceived(42L);
        assertThat(pi).isEnded().hasPassedInOrder(TASK_COMPUTE_ELIGIBILITY, TASK_SELECT_PROPOSALS, TASK_PREPARE_DOSSIER,
                TASK_RECEIVE_DOSSIER, END_SUBMITTED).hasNotPassed(TASK_CLOSE_NOT_PROPOSED);
    }

    @Test
    void overQuotaSelection_refusedWithFigures_taskStaysOpen() {
        ProcessInstance pi = startUnit();
        // the service's selection runs the real quota rule (B.III.1): 1 branch selected of 6 exemplary ones
        when(service.applySelection(eq(42L), anyCollection(), any())).thenAnswer(call -> {
            CommendationQuota.checkBranches(1, 6, 2013);
            return new CommendationService.Selection(1, 0, 1, 0);
        });
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of(SELECTED_CANDIDATES, "[\"8\"]")))
                .hasRootCauseInstanceOf(DomainException.class)
                .hasMessageContaining("Vượt chỉ tiêu giấy khen chi bộ").hasMessageContaining("15% × 6 = 0,9")
                .hasMessageContaining("tối đa 0");
        assertThat(pi).isWaitingAt(TASK_SELECT_PROPOSALS).hasNotPassed(TASK_SELECT_PROPOSALS);
        Assertions.assertThat(taskService().getVariable(task().getId(), SELECTED_CANDIDATES)).isNull();
        verify(service, never()).submit(42L);
    }

    @Test
    void incompleteDossier_refused_taskStaysOpen() {
        ProcessInstance pi = startUnit();
        when(service.applySelection(eq(42L), anyCollection(), any())).thenReturn(new CommendationService.Selection(1, 0, 1, 0));
        complete(task(), withVariables(SELECTED_CANDIDATES, List.of("7")));
        org.mockito.Mockito.doThrow(new DomainException("attachments", "Hồ sơ còn thiếu 3 mục")).when(service).submit(42L);
        assertThatThrownBy(() -> taskService().complete(task().getId())).hasMessageContaining("còn thiếu");
        assertThat(pi).isWaitingAt(TASK_PREPARE_DOSSIER);
    }

    @Test
    void noProposalSelected_recordedAndEnded() {
        ProcessInstance pi = startUnit();
        when(service.applySelection(eq(42L), anyCollection(), any())).thenReturn(new CommendationService.Selection(0, 0, 0, 0));
        complete(task(), withVariables(SELECTED_CANDIDATES, "[]"));
        verify(service).recordNoProposal(42L);
        assertThat(pi).isEnded().hasPassed(TASK_RECORD_NO_PROPOSAL, END_NO_PROPOSAL).hasNotPassed(TASK_PREPARE_DOSSIER);
    }

    @Test
    void cutOff_lateFrom19January0000_unitClosedAsNotProposed() {
        ProcessInstance pi = startUnit();
        Job cutOff = job(BOUNDARY_CUT_OFF);
        Assertions.assertThat(cutOff.getDuedate()).isEqualTo(at("2014-01-19T00:00:00+07:00"));

        ClockUtil.setCurrentTime(at("2014-01-18T23:59:59+07:00"));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(BOUNDARY_CUT_OFF)
                .executable().count()).isZero();

        ClockUtil.setCurrentTime(at("2014-01-19T00:00:00+07:00"));
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId(BOUNDARY_CUT_OFF)
                .executable().count()).isEqualTo(1);
        execute(cutOff);
        verify(service).closeNotProposed("SGD", 2013);
        verify(service, never()).submit(anyLong());
        assertThat(pi).isEnded().hasPassed(BOUNDARY_CUT_OFF, TASK_CLOSE_NOT_PROPOSED, END_NOT_PROPOSED_LATE)
                .hasNotPassed(TASK_RECEIVE_DOSSIER);
    }

    @Test
    void cutOffDuringDossierPreparation_alsoClosesTheUnit() {
        ProcessInstance pi = startUnit();
        when(service.applySelection(eq(42L), anyCollection(), any())).thenReturn(new CommendationService.Selection(1, 0, 1, 0));
        complete(task(), withVariables(SELECTED_CANDIDATES, "[\"7\"]"));
        assertThat(pi).isWaitingAt(TASK_PREPARE_DOSSIER);
        ClockUtil.setCurrentTime(at("2014-01-19T00:00:00+07:00"));
        execute(job(BOUNDARY_CUT_OFF));
        assertThat(pi).isEnded().hasPassed(END_NOT_PROPOSED_LATE);
        Assertions.assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void reminderBeforeCutOff_doesNotInterrupt() {
        ProcessInstance pi = startUnit();
        Job reminder = job(BOUNDARY_REMINDER);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(at("2014-01-12T00:00:00+07:00"));
        ClockUtil.setCurrentTime(at("2014-01-12T00:00:00+07:00"));
        execute(reminder);
        assertThat(pi).isWaitingAt(TASK_SELECT_PROPOSALS).variables().containsEntry("reminderCount", 1);
        Job next = job(BOUNDARY_REMINDER);
        Assertions.assertThat(next.getDuedate()).isEqualTo(at("2014-01-15T00:00:00+07:00"));
    }

    @Test
    void submittedDossier_isNotClosedByTheTimer() {
        ProcessInstance pi = startUnit();
        when(service.applySelection(eq(42L), anyCollection(), any())).thenReturn(new CommendationService.Selection(1, 0, 1, 0));
        complete(task(), withVariables(SELECTED_CANDIDATES, "[\"7\"]"));
        complete(task());
        assertThat(pi).isWaitingAt(TASK_RECEIVE_DOSSIER);
        Assertions.assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
    }

    @Test
    void blocLevel_waitsForCutOff_councilThenBtvThenDecisions() {
        when(service.blocLists(2013)).thenReturn(new CommendationService.BlocLists(List.of(), List.of(),
                "Năm 2013: 3 đơn vị gửi hồ sơ đúng hạn", List.of(Map.of("label", "Chi bộ A", "value", "11")),
                List.of(Map.of("label", "1. Đảng bộ Sở Giáo dục", "value", "12"))));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "DUK:2013", Map.of("unitCode", "DUK", "campaignYear", 2013));
        assertThat(pi).isWaitingAt(EVENT_WAIT_FOR_CUT_OFF);
        Assertions.assertThat(job(EVENT_WAIT_FOR_CUT_OFF).getDuedate()).isEqualTo(at("2014-01-19T00:00:00+07:00"));
        ClockUtil.setCurrentTime(at("2014-01-19T00:00:00+07:00"));
        execute(job(EVENT_WAIT_FOR_CUT_OFF));
        execute(job(TASK_RANK_PROPOSALS));
        assertThat(pi).isWaitingAt(TASK_COUNCIL_REVIEW).variables().containsKeys("blocSummary", "certificateOptions", "provinceOptions");
        assertThat(task()).hasCandidateGroup("hd-thi-dua");
        complete(task(), withVariables("councilOpinion", "Đề nghị BTV xem xét"));
        assertThat(pi).isWaitingAt(TASK_BLOC_DECISION);
        assertThat(task()).hasCandidateGroup("btv-DUK");
        complete(task(), withVariables(GRANTED_CERTIFICATES, "[\"11\"]", PROVINCE_SELECTION, "[\"12\"]"));
        verify(service).applyBlocDecision(2013, List.of(11L), List.of(12L));
        assertThat(pi).isWaitingAt(TASK_ENTER_DECISIONS);
        assertThat(task()).hasCandidateGroup("ban-to-chuc");
        when(service.recordDecisions(2013, "25-QĐ/ĐU", LocalDate.of(2014, 1, 25), "410-QĐ/TU", LocalDate.of(2014, 2, 10))).thenReturn(2);
        complete(task(), withVariables("blocDecisionNo", "25-QĐ/ĐU", BLOC_DECISION_DATE, "2014-01-25",
                "provinceDecisionNo", "410-QĐ/TU", PROVINCE_DECISION_DATE, "2014-02-10"));
        assertThat(pi).isEnded().hasPassed(END_DECIDED).hasNotPassed(SUBPROCESS_DOSSIER).variables().containsEntry("historyRowsWritten", 2);
    }

    @Test
    void blocLevel_overTenProvinceProposals_refused_taskStaysOpen() {
        when(service.blocLists(2013)).thenReturn(new CommendationService.BlocLists(List.of(), List.of(), "", List.of(), List.of()));
        org.mockito.Mockito.doThrow(new DomainException("provinceSelection", "Vượt chỉ tiêu bằng khen Tỉnh ủy: đã chọn 11 đảng viên"))
                .when(service).applyBlocDecision(eq(2013), anyCollection(), org.mockito.ArgumentMatchers.argThat(c -> c.size() > 10));
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "DUK:2013", Map.of("unitCode", "DUK", "campaignYear", 2013));
        assertThat(pi).isWaitingAt(EVENT_WAIT_FOR_CUT_OFF);
        ClockUtil.setCurrentTime(at("2014-01-20T08:00:00+07:00"));
        execute(job(EVENT_WAIT_FOR_CUT_OFF));
        execute(job(TASK_RANK_PROPOSALS));
        assertThat(pi).isWaitingAt(TASK_COUNCIL_REVIEW);
        complete(task(), withVariables("councilOpinion", "Nhất trí"));
        List<String> eleven = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(Integer::toString).toList();
        assertThatThrownBy(() -> taskService().complete(task().getId(), Map.of(PROVINCE_SELECTION, eleven)))
                .hasMessageContaining("đã chọn 11");
        assertThat(pi).isWaitingAt(TASK_BLOC_DECISION);
        complete(task(), withVariables(PROVINCE_SELECTION, eleven.subList(0, 10)));
        assertThat(pi).isWaitingAt(TASK_ENTER_DECISIONS);
    }

    @Test
    void startRefusedByTheStartListener_nothingStored_noJobNoIncident_callerGetsTheMessage() {
        // the real listener (SingleCommendationStartListener) refuses a second start per unit and year; here a
        // stand-in refuses every start, to show where the refusal happens: before any async step, in the caller
        Mocks.register("singleCommendationStartListener", (ExecutionListener) ex -> {
            throw new ConflictException("unitCode", "Công tác thi đua – khen thưởng năm 2013 của SGD đã được bắt đầu");
        });
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(KEY, "SGD:2013",
                Map.of("unitCode", "SGD", "campaignYear", 2013)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đã được bắt đầu");
        Assertions.assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
        Assertions.assertThat(managementService().createJobQuery().count()).isZero();
        Assertions.assertThat(runtimeService().createIncidentQuery().count()).isZero();
        Assertions.assertThat(historyService().createHistoricProcessInstanceQuery().count()).isZero();
        verify(service, never()).route(anyString());
    }
}
