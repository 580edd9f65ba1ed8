package vn.tongket.submission;

import vn.tongket.common.CallActivityContract;

import vn.tongket.common.ProcessVar;

/**
 * Key, element ids and variables of {@code processes/report-submission.bpmn} (DECISIONS.md §4). Callers (the
 * per-unit pipeline) pass {@link #UNIT_CODE}, {@link #CAMPAIGN_YEAR} and {@link #REPORT_KIND} and the business key
 * {@link #businessKey}; everything else is written by the process's own delegates.
 */
public final class ReportSubmissionProcess {

    public static final String KEY = "ReportSubmissionProcess";

    public static final String TASK_PREPARE = "Task_PrepareSubmission";
    public static final String TASK_GENERATE = "Task_GenerateDocument";
    public static final String TASK_SEND = "Task_SendReport";
    public static final String BOUNDARY_LATE = "BoundaryEvent_SendingLate";
    public static final String TASK_RECORD_LATE = "Task_RecordLate";
    public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeReport";
    public static final String TASK_CLOSE = "Task_CloseSubmission";
    public static final String END_ACKNOWLEDGED = "Event_ReportAcknowledged";

    // inputs
    public static final ProcessVar<String> UNIT_CODE = CallActivityContract.UNIT_CODE;
    public static final ProcessVar<Integer> CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR;
    public static final ProcessVar<String> REPORT_KIND = new ProcessVar<>("reportKind", String.class);

    // written by PrepareReportSubmissionDelegate
    public static final ProcessVar<Long> SUBMISSION_ID = new ProcessVar<>("submissionId", Long.class);
    public static final ProcessVar<String> SENDER_GROUP = new ProcessVar<>("senderGroup", String.class);
    /** For display: the BPMN reads the count and the groups from our tables ({@link ReportSubmissionRoute}). */
    public static final ProcessVar<Integer> RECEIVER_COUNT = new ProcessVar<>("receiverCount", Integer.class);
    public static final ProcessVar<String> SUBMISSION_DEADLINE = new ProcessVar<>("submissionDeadline", String.class);
    public static final ProcessVar<String> SUBMISSION_DUE = new ProcessVar<>("submissionDue", String.class);

    // display only (forms)
    public static final ProcessVar<String> REPORT_TITLE = new ProcessVar<>("reportTitle", String.class);
    public static final ProcessVar<String> UNIT_NAME = new ProcessVar<>("unitName", String.class);
    public static final ProcessVar<String> RECEIVER_NAMES = new ProcessVar<>("receiverNames", String.class);
    public static final ProcessVar<String> DEADLINE_TEXT = new ProcessVar<>("submissionDeadlineText", String.class);
    public static final ProcessVar<String> SUBMISSION_RULE = new ProcessVar<>("submissionRule", String.class);

    // form fields (removed by the listeners once stored)
    public static final ProcessVar<Boolean> DOCUMENT_CHECKED = new ProcessVar<>("documentChecked", Boolean.class);
    public static final ProcessVar<String> SENDER_NOTE = new ProcessVar<>("senderNote", String.class);
    public static final ProcessVar<Boolean> RECEIVED = new ProcessVar<>("received", Boolean.class);
    public static final ProcessVar<String> RECEIVER_NOTE = new ProcessVar<>("receiverNote", String.class);

    private ReportSubmissionProcess() {
    }

    /** {@code <unitCode>:<year>:<reportKind>}. */
    public static String businessKey(String unitCode, int year, String reportKind) {
        return unitCode + ":" + year + ":" + reportKind;
    }
}
