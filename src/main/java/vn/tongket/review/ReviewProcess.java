package vn.tongket.review;

import org.camunda.bpm.engine.delegate.VariableScope;

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
    public static final Var<String> UNIT_CODE = new Var<>("unitCode", String.class);
    public static final Var<Number> CAMPAIGN_YEAR = new Var<>("campaignYear", Number.class);
    public static final Var<Long> SESSION_ID = new Var<>("reviewSessionId", Long.class);
    public static final Var<String> UNIT_NAME = new Var<>("unitName", String.class);
    public static final Var<String> COMMITTEE_GROUP = new Var<>("committeeGroup", String.class);
    public static final Var<String> SUPERIOR_GROUP = new Var<>("superiorGroup", String.class);
    public static final Var<String> HEAD = new Var<>("head", String.class);
    public static final Var<Boolean> HAS_COLLECTIVE_REVIEW = new Var<>("hasCollectiveReview", Boolean.class);
    public static final Var<Long> COLLECTIVE_ITEM_ID = new Var<>("collectiveItemId", Long.class);
    public static final Var<Integer> HEADS_COUNT = new Var<>("headsAndDeputiesCount", Integer.class);
    public static final Var<Integer> LEADERS_COUNT = new Var<>("otherLeadersCount", Integer.class);
    public static final Var<Integer> MEMBERS_COUNT = new Var<>("membersCount", Integer.class);
    public static final Var<Integer> CELL_COUNT = new Var<>("cellCount", Integer.class);
    public static final Var<Boolean> HAS_CELLS = new Var<>("hasCells", Boolean.class);
    public static final String DEPUTY_OPTIONS = "deputyOptions";
    public static final Var<String> COLLECTIVE_REPORT_DRAFT = new Var<>("collectiveReportDraft", String.class);
    public static final Var<String> REPORT_DISTRIBUTED_AT = new Var<>("reportDistributedAt", String.class);
    public static final Var<String> REPORT_DISTRIBUTED_DISPLAY = new Var<>("reportDistributedDisplay", String.class);
    public static final Var<String> FOCUS_POINTS = new Var<>("focusPoints", String.class);
    public static final Var<Object> MEETING_AT = new Var<>("meetingAt", Object.class);
    public static final Var<Boolean> COLLECTIVE_MEETING_HELD = new Var<>("collectiveMeetingHeld", Boolean.class);
    public static final Var<String> COLLECTIVE_CONCLUSION = new Var<>("collectiveConclusion", String.class);
    public static final Var<String> COLLECTIVE_REPORT_FINAL = new Var<>("collectiveReportFinal", String.class);
    public static final Var<Boolean> COLLECTIVE_VIOLATION_SIGNS = new Var<>("collectiveViolationSigns", Boolean.class);
    public static final Var<String> HEAD_REVIEW_CHAIR = new Var<>("headReviewChair", String.class);
    public static final Var<String> PHASE = new Var<>("reviewPhase", String.class);
    public static final Var<String> PHASE_LABEL = new Var<>("reviewPhaseLabel", String.class);
    public static final Var<Integer> PHASE_SIZE = new Var<>("phaseSize", Integer.class);
    public static final Var<Boolean> MORE_PHASES = new Var<>("morePhases", Boolean.class);
    public static final Var<String> LATE_SUMMARY = new Var<>("lateReviewSummary", String.class);
    public static final Var<String> REPORT_URL = new Var<>("reviewReportUrl", String.class);

    // variables local to one person's review (input parameters of the sub-process) or to a flagged review
    public static final Var<Long> ITEM_ID = new Var<>("reviewItemId", Long.class);
    public static final Var<String> REVIEWEE = new Var<>("reviewee", String.class);
    public static final Var<String> REVIEW_SUBJECT = new Var<>("reviewSubject", String.class);
    public static final Var<String> ITEM_CHAIR = new Var<>("itemChair", String.class);
    public static final Var<String> ITEM_PLACE_GROUP = new Var<>("itemPlaceGroup", String.class);
    public static final Var<String> ITEM_PLACE_NAME = new Var<>("itemPlaceName", String.class);
    public static final Var<Boolean> SELF_REVIEW_SUBMITTED = new Var<>("selfReviewSubmitted", Boolean.class);
    public static final Var<String> ITEM_CONCLUSION = new Var<>("itemConclusion", String.class);
    public static final Var<Boolean> ITEM_VIOLATION_SIGNS = new Var<>("itemViolationSigns", Boolean.class);
    public static final Var<Boolean> REVIEW_PAUSED = new Var<>("reviewPaused", Boolean.class);
    public static final Var<String> SUPERIOR_INSTRUCTION = new Var<>("superiorInstruction", String.class);
    public static final Var<String> INSPECTION_CONCLUSION = new Var<>("inspectionConclusion", String.class);
    public static final Var<String> DISCIPLINE = new Var<>("disciplineConsideration", String.class);
    /** Set on a self-review task closed because the member's self-review of the year was written elsewhere. */
    public static final String SELF_REVIEW_REUSED = "selfReviewReused";
    public static final Var<String> CELL_CODE = new Var<>("cellCode", String.class);
    public static final Var<String> CELL_NAME = new Var<>("cellName", String.class);
    public static final Var<String> CELL_REPORTER = new Var<>("cellReporter", String.class);
    public static final Var<String> CELL_REPORT = new Var<>("cellReport", String.class);

    private ReviewProcess() {
    }

    public static String businessKey(String unitCode, int year) {
        return unitCode + ":" + year;
    }

    /** A typed process variable. */
    public record Var<T>(String name, Class<T> type) {

        public T from(VariableScope scope) {
            Object v = scope.getVariable(name);
            if (v == null) {
                return null;
            }
            if (type == Long.class && v instanceof Number n) {
                return type.cast(n.longValue());
            }
            if (type == Integer.class && v instanceof Number n) {
                return type.cast(n.intValue());
            }
            if (type == String.class) {
                return type.cast(v.toString());
            }
            return type.cast(v);
        }

        public boolean isTrue(VariableScope scope) {
            return Boolean.TRUE.equals(scope.getVariable(name));
        }

        public void set(VariableScope scope, T value) {
            scope.setVariable(name, value);
        }
    }
}
