package vn.tongket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarListener;
import vn.tongket.common.DomainException;
import vn.tongket.review.ReviewPlaces.Phase;

/**
 * Engine-only tests of the real {@code processes/review.bpmn} with the real delegates and listener; the review
 * service (database, organization model) is a Mockito mock. Model-dependent rules are tested in ReviewProcessIT.
 */
@Deployment(resources = ReviewProcess.RESOURCE)
class ReviewProcessTest {

    /** The campaign's pause records (PAUSED on the dashboard while the review waits for the inspection conclusion). */
    final java.util.List<String> pauses$ = new java.util.ArrayList<>();
    final vn.tongket.campaign.UnitPauses pauses = new vn.tongket.campaign.UnitPauses() {
        @Override public void markPaused(int year, String unitCode, vn.tongket.campaign.Stage stage) { pauses$.add("paused " + unitCode); }
        @Override public void markResumed(int year, String unitCode, vn.tongket.campaign.Stage stage) { pauses$.add("resumed " + unitCode); }
    };

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    ReviewService service;

    static final Instant DEC_2 = OffsetDateTime.parse("2013-12-02T08:00:00+07:00").toInstant();

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(DEC_2));
        service = mock(ReviewService.class);
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("planReviewDelegate", new PlanReviewDelegate(service));
        Mocks.register("recordDistributionDelegate", new RecordDistributionDelegate(service));
        Mocks.register("openReviewPhaseDelegate", new OpenReviewPhaseDelegate());
        Mocks.register("prepareReviewItemDelegate", new PrepareReviewItemDelegate(service));
        Mocks.register("concludeReviewItemDelegate", new ConcludeReviewItemDelegate(service));
        Mocks.register("reportViolationSignsDelegate", new ReportViolationSignsDelegate(service));
        Mocks.register("prepareCellReportDelegate", new PrepareCellReportDelegate(service));
        Mocks.register("remindAssigneesDelegate", new RemindAssigneesDelegate());
        Mocks.register("listLateReviewsDelegate", new ListLateReviewsDelegate(service));
        Mocks.register("prepareReviewReportDelegate", new PrepareReviewReportDelegate());
        Mocks.register("reviewTaskListener", new ReviewTaskListener(service));
        Mocks.register("reviewPauseListener", new vn.tongket.campaign.ReviewPauseListener(pauses));
        when(service.prepareItem(anyLong(), anyString(), anyInt())).thenAnswer(inv -> itemView(inv.getArgument(1), inv.getArgument(2)));
        when(service.item(anyLong())).thenAnswer(inv -> {
            long id = inv.getArgument(0);
            return id == 100L ? new ReviewService.ItemView(100L, null, "Tập thể Chi ủy", "head", "chi-uy-T", "Chi ủy", false)
                    : itemView(Phase.values()[(int) (id / 10) - 1].name(), (int) (id % 10));
        });
        when(service.lateSummary(anyLong(), anyInt())).thenReturn("Chưa hoàn thành 1 nội dung: - member0");
        when(service.cell(anyLong(), anyInt())).thenAnswer(inv -> new ReviewService.CellView(
                "T" + inv.getArgument(1), "Tổ đảng " + inv.getArgument(1), "cellLead" + inv.getArgument(1)));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private static ReviewService.ItemView itemView(String phase, int index) {
        Phase p = Phase.valueOf(phase);
        long id = (p.ordinal() + 1) * 10L + index;
        String member = switch (p) {
            case HEADS_AND_DEPUTIES -> index == 0 ? "head" : "deputy";
            case OTHER_LEADERS -> "leader" + index;
            case MEMBERS -> "member" + index;
        };
        String chair = member.equals("head") ? "deputy" : "head";
        return new ReviewService.ItemView(id, member, member, chair, "chi-uy-T", "Chi bộ Thử", false);
    }

    private void plan(boolean collective, int heads, int leaders, int members, int cells) {
        Map<Phase, Integer> sizes = new EnumMap<>(Phase.class);
        sizes.put(Phase.HEADS_AND_DEPUTIES, heads);
        sizes.put(Phase.OTHER_LEADERS, leaders);
        sizes.put(Phase.MEMBERS, members);
        when(service.plan(anyString(), anyInt(), anyString(), anyBoolean())).thenReturn(new ReviewService.Plan(1L,
                "Chi bộ Thử", "chi-uy-T", "bch-G", "head", collective, collective ? 100L : null,
                Map.of("deputy", "Phó Bí thư"), sizes, cells));
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(ReviewProcess.KEY,
                Map.of("unitCode", "T", "campaignYear", 2013));
    }

    private List<Task> tasks(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    private Task task(ProcessInstance pi, String key) {
        List<Task> t = tasks(pi, key);
        assertThat(t).as("open tasks " + key).hasSize(1);
        return t.get(0);
    }

    private void completeTask(Task t, Map<String, Object> vars) {
        engine.getTaskService().complete(t.getId(), vars);
    }

    /** Executes every job that is due now (async continuations, due timers), until none is left. */
    private void executeJobs() {
        for (int i = 0; i < 1000; i++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().executable().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
        throw new IllegalStateException("jobs do not settle");
    }

    private static String threeDaysAfterDec2(long minusMinutes) {
        return OffsetDateTime.parse("2013-12-05T08:00:00+07:00").minusMinutes(minusMinutes).toString();
    }

    /** Runs the collective review to its end (no signs of violation). */
    private void collectiveReview(ProcessInstance pi) {
        completeTask(task(pi, ReviewProcess.TASK_DRAFT_REPORT), Map.of("collectiveReportDraft", "Dự thảo"));
        completeTask(task(pi, ReviewProcess.TASK_SCHEDULE_MEETING), Map.of("meetingAt", threeDaysAfterDec2(0)));
        completeTask(task(pi, ReviewProcess.TASK_COLLECTIVE_MEETING), Map.of("collectiveConclusion", "Kết luận",
                "collectiveReportFinal", "Báo cáo", "collectiveViolationSigns", false, "headReviewChair", "deputy"));
    }

    /** Writes the self-review and concludes the review of everyone whose review task is open now. */
    private void concludeOpenPersonReviews(ProcessInstance pi) {
        for (Task t : tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)) {
            completeTask(t, Map.of("srPoliticalIdeology", "a", "srEthicsLifestyle", "b", "srDuties", "c",
                    "srDiscipline", "d", "selfCategory", "COMPLETED_WELL"));
        }
        for (Task t : tasks(pi, ReviewProcess.TASK_PERSON_MEETING)) {
            completeTask(t, Map.of("itemConclusion", "Đồng ý", "itemViolationSigns", false));
        }
        executeJobs();
    }

    @Test
    void collectiveReview_comesBeforeAnyIndividualReview() {
        plan(true, 1, 1, 2, 0);
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_DRAFT_REPORT);
        assertThat(pi).task().hasCandidateGroup("chi-uy-T");
        completeTask(task(pi, ReviewProcess.TASK_DRAFT_REPORT), Map.of("collectiveReportDraft", "Dự thảo"));
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_SCHEDULE_MEETING, ReviewProcess.TASK_FOCUS_POINTS);
        assertThat(task(pi, ReviewProcess.TASK_FOCUS_POINTS).getDueDate()).isNotNull();
        completeTask(task(pi, ReviewProcess.TASK_SCHEDULE_MEETING), Map.of("meetingAt", threeDaysAfterDec2(0)));
        Task meeting = task(pi, ReviewProcess.TASK_COLLECTIVE_MEETING);
        assertThat(meeting.getAssignee()).as("the head chairs the collective review").isEqualTo("head");
        executeJobs();
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).isEmpty();
        assertThat(tasks(pi, ReviewProcess.TASK_PERSON_MEETING)).isEmpty();

        completeTask(meeting, Map.of("collectiveConclusion", "Kết luận", "collectiveReportFinal", "Báo cáo",
                "collectiveViolationSigns", false, "headReviewChair", "deputy"));
        assertThat(pi).hasPassed(ReviewProcess.TASK_CONCLUDE_COLLECTIVE, ReviewProcess.EVENT_FOCUS_POINTS_SKIPPED);
        assertThat(tasks(pi, ReviewProcess.TASK_FOCUS_POINTS)).as("focus points are moot once the meeting is held").isEmpty();
        verify(service).conclude(100L, "Kết luận", null, "Báo cáo");
        verify(service).assignHeadChair(1L, "deputy");
        executeJobs();
        assertThat(task(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW).getAssignee()).isEqualTo("head");
    }

    @Test
    void focusPointsFromSuperior_areOptional_andRecordedWhenSent() {
        plan(true, 0, 0, 0, 0);
        ProcessInstance pi = start();
        completeTask(task(pi, ReviewProcess.TASK_DRAFT_REPORT), Map.of("collectiveReportDraft", "Dự thảo"));
        Task focus = task(pi, ReviewProcess.TASK_FOCUS_POINTS);
        assertThat(engine.getTaskService().getIdentityLinksForTask(focus.getId()))
                .anyMatch(l -> "bch-G".equals(l.getGroupId()));
        completeTask(focus, Map.of("focusPoints", "Đi sâu công tác cán bộ"));
        verify(service).saveFocusPoints(1L, "Đi sâu công tác cán bộ");
        assertThat(pi).hasPassed("EndEvent_FocusPointsSent");
    }

    @Test
    void meetingThreeDaysMinusOneMinuteAfterDistribution_refused_exactlyThreeDays_accepted() {
        plan(true, 0, 0, 0, 0);
        ProcessInstance pi = start();
        completeTask(task(pi, ReviewProcess.TASK_DRAFT_REPORT), Map.of("collectiveReportDraft", "Dự thảo"));
        verify(service).recordDistribution(1L, DEC_2);
        Task schedule = task(pi, ReviewProcess.TASK_SCHEDULE_MEETING);
        assertThatThrownBy(() -> completeTask(schedule, Map.of("meetingAt", threeDaysAfterDec2(1))))
                .hasRootCauseInstanceOf(DomainException.class).hasMessageContaining("ít nhất 3 ngày");
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_SCHEDULE_MEETING);
        completeTask(schedule, Map.of("meetingAt", threeDaysAfterDec2(0)));
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_COLLECTIVE_MEETING);
        verify(service).saveMeeting(1L, Instant.parse("2013-12-05T01:00:00Z"));
    }

    @Test
    void leadersReviewedBeforeMembers_phaseByPhase() {
        plan(true, 2, 1, 3, 0);
        ProcessInstance pi = start();
        collectiveReview(pi);
        executeJobs();
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("head", "deputy");
        concludeOpenPersonReviews(pi);
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getAssignee).containsExactly("leader0");
        concludeOpenPersonReviews(pi);
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder("member0", "member1", "member2");
        concludeOpenPersonReviews(pi);
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_RECEIVE_REPORT);
    }

    @Test
    void headsOwnReview_taskGoesToTheChairTheServiceNames_othersToTheHead() {
        plan(true, 2, 0, 0, 0);
        ProcessInstance pi = start();
        collectiveReview(pi);
        executeJobs();
        for (Task t : tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)) {
            completeTask(t, Map.of("srPoliticalIdeology", "a", "srEthicsLifestyle", "b", "srDuties", "c",
                    "srDiscipline", "d", "selfCategory", "EXCELLENT"));
        }
        List<Task> meetings = tasks(pi, ReviewProcess.TASK_PERSON_MEETING);
        assertThat(meetings).extracting(Task::getAssignee).containsExactlyInAnyOrder("deputy", "head");
        verify(service).saveSelfReview(eq("head"), eq(2013), any());
    }

    @Test
    void selfReviewAlreadyWrittenElsewhere_isReused_noNewSelfReviewTask() {
        plan(false, 1, 0, 0, 0);
        doReturn(new ReviewService.ItemView(10L, "head", "head", "deputy", "chi-uy-T", "Chi bộ", true))
                .when(service).prepareItem(anyLong(), anyString(), anyInt());
        when(service.selfReviewFields("head", 2013)).thenReturn(Map.of("srPoliticalIdeology", "Đã viết", "selfCategory", "EXCELLENT"));
        ProcessInstance pi = start();
        executeJobs();
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).isEmpty();
        Task meeting = task(pi, ReviewProcess.TASK_PERSON_MEETING);
        assertThat(engine.getTaskService().getVariableLocal(meeting.getId(), "srPoliticalIdeology")).isEqualTo("Đã viết");
    }

    @Test
    void memberReviewedInTwoPlaces_writesOneSelfReview_theOtherSelfReviewTaskClosesItself() {
        plan(false, 2, 0, 0, 0);
        doAnswer(inv -> new ReviewService.ItemView(10L + (int) inv.getArgument(2), "head", "head", "deputy",
                "chi-uy-T", (int) inv.getArgument(2) == 0 ? "Ban Chấp hành" : "Tập thể lãnh đạo cơ quan", false))
                .when(service).prepareItem(anyLong(), anyString(), anyInt());
        ProcessInstance pi = start();
        executeJobs();
        List<Task> writes = tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW);
        // A.I.3.1 "Mỗi đảng viên chỉ làm một bản kiểm điểm": the second place's task waits for the first, unassigned
        assertThat(writes).extracting(Task::getAssignee).containsExactlyInAnyOrder("head", null);
        Task assigned = writes.stream().filter(t -> "head".equals(t.getAssignee())).findFirst().orElseThrow();
        Task waiting = writes.stream().filter(t -> t.getAssignee() == null).findFirst().orElseThrow();
        assertThat(engine.getTaskService().getVariableLocal(waiting.getId(), "selfReviewAwaitedFor")).isEqualTo("head");
        completeTask(assigned, Map.of("srPoliticalIdeology", "a", "srEthicsLifestyle", "b", "srDuties", "c",
                "srDiscipline", "d", "selfCategory", "EXCELLENT"));
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).isEmpty();
        assertThat(tasks(pi, ReviewProcess.TASK_PERSON_MEETING)).hasSize(2);
        verify(service, times(1)).saveSelfReview(eq("head"), eq(2013), any());
    }

    @Test
    void branchWithOnlySecretaryAndDeputy_skipsSeparateCollectiveReview() {
        plan(false, 2, 0, 1, 0);
        ProcessInstance pi = start();
        executeJobs();
        assertThat(pi).hasNotPassed(ReviewProcess.TASK_DRAFT_REPORT);
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).hasSize(2);
    }

    @Test
    void cellBasedBranch_eachCellReportsToTheBranch_afterTheMembersPhase() {
        plan(true, 1, 0, 2, 2);
        ProcessInstance pi = start();
        collectiveReview(pi);
        executeJobs();
        concludeOpenPersonReviews(pi);
        assertThat(tasks(pi, ReviewProcess.TASK_CELL_REPORT)).isEmpty();
        concludeOpenPersonReviews(pi);
        List<Task> cells = tasks(pi, ReviewProcess.TASK_CELL_REPORT);
        assertThat(cells).extracting(Task::getAssignee).containsExactlyInAnyOrder("cellLead0", "cellLead1");
        for (Task t : cells) {
            completeTask(t, Map.of("cellReport", "Tổ đã kiểm điểm"));
        }
        verify(service).saveCellReport(1L, "T0", "Tổ đã kiểm điểm");
        verify(service).saveCellReport(1L, "T1", "Tổ đã kiểm điểm");
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_RECEIVE_REPORT);
    }

    @Test
    void personWithSignsOfViolation_pausedBySuperior_resumesAfterInspectionWithDiscipline_whileOthersGoOn() {
        plan(true, 1, 0, 2, 0);
        ProcessInstance pi = start();
        collectiveReview(pi);
        executeJobs();
        completeTask(task(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW), Map.of("srPoliticalIdeology", "a",
                "srEthicsLifestyle", "b", "srDuties", "c", "srDiscipline", "d", "selfCategory", "COMPLETED"));
        completeTask(task(pi, ReviewProcess.TASK_PERSON_MEETING), Map.of("itemConclusion", "Có dấu hiệu",
                "itemViolationSigns", true));
        verify(service).flag(10L, "Có dấu hiệu");
        Task decide = task(pi, ReviewProcess.TASK_DECIDE_PAUSE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(decide.getId()))
                .anyMatch(l -> "bch-G".equals(l.getGroupId()));
        executeJobs();
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).as("the members' phase goes on").hasSize(2);

        completeTask(decide, Map.of("reviewPaused", true, "superiorInstruction", "Tạm dừng chờ kiểm tra"));
        verify(service).recordDecision(10L, true, "Tạm dừng chờ kiểm tra");
        Task inspection = task(pi, ReviewProcess.TASK_INSPECTION);
        assertThat(pauses$).as("the unit shows PAUSED on the campaign dashboard").containsExactly("paused T");
        completeTask(inspection, Map.of("inspectionConclusion", "Có vi phạm mức khiển trách"));
        assertThat(pauses$).containsExactly("paused T", "resumed T");
        verify(service).recordInspection(10L, "Có vi phạm mức khiển trách");
        Task resume = task(pi, ReviewProcess.TASK_RESUME);
        assertThat(resume.getAssignee()).isEqualTo("deputy");
        completeTask(resume, Map.of("itemConclusion", "Kết luận sau kiểm tra", "disciplineConsideration", "Khiển trách"));
        verify(service).conclude(10L, "Kết luận sau kiểm tra", "Khiển trách", "Báo cáo");
        assertThat(pi).hasPassed(ReviewProcess.TASK_CONCLUDE_FLAGGED);
    }

    @Test
    void superiorDecidesToContinue_chairConcludesWithoutInspection() {
        plan(true, 1, 0, 0, 0);
        ProcessInstance pi = start();
        collectiveReview(pi);
        executeJobs();
        completeTask(task(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW), Map.of("srPoliticalIdeology", "a",
                "srEthicsLifestyle", "b", "srDuties", "c", "srDiscipline", "d", "selfCategory", "COMPLETED"));
        completeTask(task(pi, ReviewProcess.TASK_PERSON_MEETING), Map.of("itemConclusion", "x", "itemViolationSigns", true));
        completeTask(task(pi, ReviewProcess.TASK_DECIDE_PAUSE), Map.of("reviewPaused", false));
        assertThat(tasks(pi, ReviewProcess.TASK_INSPECTION)).isEmpty();
        completeTask(task(pi, ReviewProcess.TASK_RESUME), Map.of("itemConclusion", "Kết luận"));
        assertThat(pi).hasNotPassed(ReviewProcess.TASK_INSPECTION);
    }

    @Test
    void collectiveWithSignsOfViolation_goesToSuperior_individualsStillStart() {
        plan(true, 1, 0, 0, 0);
        ProcessInstance pi = start();
        completeTask(task(pi, ReviewProcess.TASK_DRAFT_REPORT), Map.of("collectiveReportDraft", "Dự thảo"));
        completeTask(task(pi, ReviewProcess.TASK_SCHEDULE_MEETING), Map.of("meetingAt", threeDaysAfterDec2(0)));
        completeTask(task(pi, ReviewProcess.TASK_COLLECTIVE_MEETING), Map.of("collectiveConclusion", "Dấu hiệu",
                "collectiveReportFinal", "Báo cáo", "collectiveViolationSigns", true));
        verify(service).flag(100L, "Dấu hiệu");
        assertThat(task(pi, ReviewProcess.TASK_DECIDE_PAUSE)).isNotNull();
        executeJobs();
        assertThat(tasks(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).hasSize(1);
    }

    @Test
    void reminderAndDeadlineTimers_followThe2013Calendar_lateFrom25December() {
        plan(true, 0, 0, 0, 0);
        ProcessInstance pi = start();
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(ReviewProcess.BOUNDARY_REMINDER).singleResult();
        Job deadline = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(ReviewProcess.BOUNDARY_DEADLINE).singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2013-12-18T00:00:00+07:00").toInstant());
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2013-12-25T00:00:00+07:00").toInstant());
        assertThat(task(pi, ReviewProcess.TASK_DRAFT_REPORT).getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2013-12-24T23:59:59+07:00").toInstant());

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-18T00:00:01+07:00").toInstant()));
        engine.getManagementService().executeJob(reminder.getId());
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reminderCount")).isEqualTo(1);
        Task draft = task(pi, ReviewProcess.TASK_DRAFT_REPORT);
        assertThat(draft.getFollowUpDate()).isNotNull();
        assertThat(engine.getTaskService().getTaskComments(draft.getId())).anyMatch(c -> c.getFullMessage().contains("25/12/2013"));
        Job next = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(ReviewProcess.BOUNDARY_REMINDER).singleResult();
        assertThat(next.getDuedate().toInstant()).isEqualTo(OffsetDateTime.parse("2013-12-21T00:00:00+07:00").toInstant());

        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-25T00:00:00+07:00").toInstant()));
        engine.getManagementService().executeJob(deadline.getId());
        Task late = task(pi, ReviewProcess.TASK_HANDLE_LATE);
        assertThat(engine.getTaskService().getIdentityLinksForTask(late.getId())).anyMatch(l -> "bch-G".equals(l.getGroupId()));
        assertThat(engine.getTaskService().getVariable(late.getId(), "lateReviewSummary")).asString().contains("member0");
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_DRAFT_REPORT, ReviewProcess.TASK_HANDLE_LATE);
    }

    @Test
    void resultsReportedToTheBlocOrganizationBoard_before30December() {
        plan(false, 0, 0, 1, 0);
        ProcessInstance pi = start();
        executeJobs();
        concludeOpenPersonReviews(pi);
        assertThat(pi).isWaitingAt(ReviewProcess.TASK_RECEIVE_REPORT);
        Task report = task(pi, ReviewProcess.TASK_RECEIVE_REPORT);
        assertThat(engine.getTaskService().getIdentityLinksForTask(report.getId())).anyMatch(l -> "ban-to-chuc".equals(l.getGroupId()));
        assertThat(report.getDueDate().toInstant()).isEqualTo(OffsetDateTime.parse("2013-12-29T23:59:59+07:00").toInstant());
        assertThat(engine.getTaskService().getVariable(report.getId(), "reviewReportUrl")).isEqualTo("/api/reviews/T/2013/report.pdf");
        completeTask(report, Map.of());
        verify(service).markReported(1L);
        assertThat(pi).isEnded();
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey()).isEqualTo("T:2013");
    }
}
