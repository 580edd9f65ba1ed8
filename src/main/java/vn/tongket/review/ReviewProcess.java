package vn.tongket.review;

import vn.tongket.common.CallActivityContract;

import vn.tongket.common.ProcessVar;

/** Process key, element ids and typed variables of {@code processes/review.bpmn}. */
public final class ReviewProcess {

    public static final String KEY = "SelfCriticismReviewProcess";
    public static final String RESOURCE = "processes/review.bpmn";
    public static final String MESSAGE_VIOLATION_SIGNS = "ReviewViolationSignsReported";

    // elements
    public static final String START = "StartEvent_ReviewRequested";
    public static final String TASK_PLAN = "Task_PlanReview";
    public static final String TASK_DRAFT_REPORT = "Task_DraftCollectiveReport";
    public static final String TASK_RECORD_DISTRIBUTION = "Task_RecordDistribution";
    public static final String TASK_FOCUS_POINTS = "Task_SendFocusPoints";
    public static final String EVENT_FOCUS_POINTS_SKIPPED = "BoundaryEvent_MeetingHeld";
    public static final String TASK_SCHEDULE_MEETING = "Task_ScheduleMeeting";
    public static final String TASK_COLLECTIVE_MEETING = "Task_HoldCollectiveMeeting";
    public static final String TASK_CONCLUDE_COLLECTIVE = "Task_ConcludeCollectiveReview";
    public static final String TASK_REPORT_COLLECTIVE_SIGNS = "Task_ReportCollectiveViolationSigns";
    public static final String TASK_OPEN_PHASE = "Task_OpenReviewPhase";
    public static final String SUBPROCESS_PERSON = "SubProcess_ReviewPerson";
    public static final String TASK_PREPARE_ITEM = "Task_PrepareReviewItem";
    public static final String TASK_WRITE_SELF_REVIEW = "Task_WriteSelfReview";
    public static final String TASK_PERSON_MEETING = "Task_HoldPersonReview";
    public static final String TASK_CONCLUDE_PERSON = "Task_ConcludePersonReview";
    public static final String TASK_REPORT_PERSON_SIGNS = "Task_ReportPersonViolationSigns";
    public static final String SUBPROCESS_CELLS = "SubProcess_CellReport";
    public static final String TASK_PREPARE_CELL = "Task_PrepareCellReport";
    public static final String TASK_CELL_REPORT = "Task_CellReportToBranch";
    public static final String TASK_PREPARE_REPORT = "Task_PrepareReviewReport";
    public static final String TASK_RECEIVE_REPORT = "Task_ReceiveReviewReport";
    public static final String SUBPROCESS_REVIEW = "SubProcess_Review";
    public static final String BOUNDARY_REMINDER = "BoundaryEvent_ReviewReminder";
    public static final String TASK_REMIND = "Task_RemindAssignees";
    public static final String BOUNDARY_DEADLINE = "BoundaryEvent_ReviewDeadline";
    public static final String TASK_LIST_LATE = "Task_ListLateReviews";
    public static final String TASK_HANDLE_LATE = "Task_HandleLateReviews";
    public static final String SUBPROCESS_VIOLATION = "SubProcess_ViolationSigns";
    public static final String TASK_DECIDE_PAUSE = "Task_DecideContinueOrPause";
    public static final String TASK_INSPECTION = "Task_EnterInspectionConclusion";
    public static final String TASK_RESUME = "Task_ResumeReview";
    public static final String TASK_CONCLUDE_FLAGGED = "Task_ConcludeFlaggedReview";
    public static final String END = "EndEvent_ReviewReported";

    // variables (process scope)
    public static final ProcessVar<String> UNIT_CODE = CallActivityContract.UNIT_CODE;
    public static final ProcessVar<Integer> CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR;
    public static final ProcessVar<Object> REVIEW_DEADLINE = new ProcessVar<>("reviewDeadline", Object.class);
    public static final ProcessVar<Integer> REMINDER_COUNT = new ProcessVar<>("reminderCount", Integer.class);
    public static final ProcessVar<Integer> LAST_REMINDER_TASK_COUNT = new ProcessVar<>("lastReminderTaskCount", Integer.class);
    public static final ProcessVar<Long> SESSION_ID = new ProcessVar<>("reviewSessionId", Long.class);
    public static final ProcessVar<String> UNIT_NAME = new ProcessVar<>("unitName", String.class);
    public static final ProcessVar<String> COMMITTEE_GROUP = new ProcessVar<>("committeeGroup", String.class);
    public static final ProcessVar<String> SUPERIOR_GROUP = new ProcessVar<>("superiorGroup", String.class);
    public static final ProcessVar<String> HEAD = new ProcessVar<>("head", String.class);
    public static final ProcessVar<Boolean> HAS_COLLECTIVE_REVIEW =
            new ProcessVar<>("hasCollectiveReview", Boolean.class);
    public static final ProcessVar<Long> COLLECTIVE_ITEM_ID = new ProcessVar<>("collectiveItemId", Long.class);
    public static final ProcessVar<Integer> HEADS_COUNT = new ProcessVar<>("headsAndDeputiesCount", Integer.class);
    public static final ProcessVar<Integer> LEADERS_COUNT = new ProcessVar<>("otherLeadersCount", Integer.class);
    public static final ProcessVar<Integer> MEMBERS_COUNT = new ProcessVar<>("membersCount", Integer.class);
    public static final ProcessVar<Integer> CELL_COUNT = new ProcessVar<>("cellCount", Integer.class);
    public static final ProcessVar<Boolean> HAS_CELLS = new ProcessVar<>("hasCells", Boolean.class);
    public static final String DEPUTY_OPTIONS = "deputyOptions";
    public static final ProcessVar<String> COLLECTIVE_REPORT_DRAFT =
            new ProcessVar<>("collectiveReportDraft", String.class);
    public static final ProcessVar<String> REPORT_DISTRIBUTED_AT =
            new ProcessVar<>("reportDistributedAt", String.class);
    public static final ProcessVar<String> REPORT_DISTRIBUTED_DISPLAY =
            new ProcessVar<>("reportDistributedDisplay", String.class);
    public static final ProcessVar<String> FOCUS_POINTS = new ProcessVar<>("focusPoints", String.class);
    public static final ProcessVar<Object> MEETING_AT = new ProcessVar<>("meetingAt", Object.class);
    public static final ProcessVar<Boolean> COLLECTIVE_MEETING_HELD =
            new ProcessVar<>("collectiveMeetingHeld", Boolean.class);
    public static final ProcessVar<String> COLLECTIVE_CONCLUSION =
            new ProcessVar<>("collectiveConclusion", String.class);
    public static final ProcessVar<String> COLLECTIVE_REPORT_FINAL =
            new ProcessVar<>("collectiveReportFinal", String.class);
    public static final ProcessVar<Boolean> COLLECTIVE_VIOLATION_SIGNS =
            new ProcessVar<>("collectiveViolationSigns", Boolean.class);
    public static final ProcessVar<String> HEAD_REVIEW_CHAIR = new ProcessVar<>("headReviewChair", String.class);
    public static final ProcessVar<String> PHASE = new ProcessVar<>("reviewPhase", String.class);
    public static final ProcessVar<String> PHASE_LABEL = new ProcessVar<>("reviewPhaseLabel", String.class);
    public static final ProcessVar<Integer> PHASE_SIZE = new ProcessVar<>("phaseSize", Integer.class);
    public static final ProcessVar<Boolean> MORE_PHASES = new ProcessVar<>("morePhases", Boolean.class);
    public static final ProcessVar<String> LATE_SUMMARY = new ProcessVar<>("lateReviewSummary", String.class);
    public static final ProcessVar<String> REPORT_URL = new ProcessVar<>("reviewReportUrl", String.class);

    // variables local to one person's review (input parameters of the sub-process) or to a flagged review
    public static final ProcessVar<Long> ITEM_ID = new ProcessVar<>("reviewItemId", Long.class);
    public static final ProcessVar<String> REVIEWEE = new ProcessVar<>("reviewee", String.class);
    public static final ProcessVar<String> REVIEW_SUBJECT = new ProcessVar<>("reviewSubject", String.class);
    public static final ProcessVar<String> ITEM_CHAIR = new ProcessVar<>("itemChair", String.class);
    public static final ProcessVar<String> ITEM_PLACE_GROUP = new ProcessVar<>("itemPlaceGroup", String.class);
    public static final ProcessVar<String> ITEM_PLACE_NAME = new ProcessVar<>("itemPlaceName", String.class);
    public static final ProcessVar<Boolean> SELF_REVIEW_SUBMITTED =
            new ProcessVar<>("selfReviewSubmitted", Boolean.class);
    public static final ProcessVar<String> ITEM_CONCLUSION = new ProcessVar<>("itemConclusion", String.class);
    public static final ProcessVar<Boolean> ITEM_VIOLATION_SIGNS =
            new ProcessVar<>("itemViolationSigns", Boolean.class);
    public static final ProcessVar<Boolean> REVIEW_PAUSED = new ProcessVar<>("reviewPaused", Boolean.class);
    public static final ProcessVar<String> SUPERIOR_INSTRUCTION = new ProcessVar<>("superiorInstruction", String.class);
    public static final ProcessVar<String> INSPECTION_CONCLUSION =
            new ProcessVar<>("inspectionConclusion", String.class);
    public static final ProcessVar<String> DISCIPLINE = new ProcessVar<>("disciplineConsideration", String.class);
    /** Set on a self-review task closed because the member's self-review of the year was written elsewhere. */
    public static final String SELF_REVIEW_REUSED = "selfReviewReused";
    public static final ProcessVar<String> CELL_CODE = new ProcessVar<>("cellCode", String.class);
    public static final ProcessVar<String> CELL_NAME = new ProcessVar<>("cellName", String.class);
    public static final ProcessVar<String> CELL_REPORTER = new ProcessVar<>("cellReporter", String.class);
    public static final ProcessVar<String> CELL_REPORT = new ProcessVar<>("cellReport", String.class);

    private ReviewProcess() {
    }

    public static String businessKey(String unitCode, int year) {
        return unitCode + ":" + year;
    }
}
