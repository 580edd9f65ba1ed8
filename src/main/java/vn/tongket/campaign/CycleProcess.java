package vn.tongket.campaign;

import vn.tongket.common.CallActivityContract;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.tongket.calendar.Deadline;

/**
 * Key, element ids and variables of {@code processes/annual-cycle.bpmn}: opens the campaign, calls one
 * {@link UnitCycleProcess} per organization (multi-instance, asynchronous) and, at every deadline of the
 * calendar, records the units late and gives each superior body an overdue task.
 */
public final class CycleProcess {

    public static final String KEY = "AnnualCycleProcess";
    public static final String RESOURCE = "processes/annual-cycle.bpmn";

    public static final String START = "StartEvent_CycleRequested";
    public static final String TASK_OPEN_CAMPAIGN = "Task_OpenCampaign";
    public static final String TASK_PREPARE_UNIT_CYCLES = "Task_PrepareUnitCycles";
    public static final String CALL_UNIT_CYCLES = "CallActivity_UnitCycles";
    public static final String TASK_HANDLE_OVERDUE = "Task_HandleOverdue";
    public static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";
    public static final String END = "EndEvent_CycleClosed";

    /** Variables: the year (Integer), the root unit code (String), the campaign row id (Long). */
    public static final String VAR_YEAR = "campaignYear";
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_CAMPAIGN_ID = CallActivityContract.CAMPAIGN_ID.name();
    /** Who opened the campaign (the start event's initiator, or set by the REST start). */
    public static final String VAR_INITIATOR = "cycleInitiator";
    /** The organizations that run their own pipeline, and the element variable over them. */
    public static final String VAR_CYCLE_UNITS = "cycleUnits";
    public static final String VAR_CYCLE_UNIT = "cycleUnitCode";
    /** The unit pipeline's element and list variables (see {@link UnitCycleProcess}), named here for the variable guard. */
    public static final String VAR_TARGET_UNIT = UnitCycleProcess.VAR_TARGET_UNIT;
    public static final String VAR_EVALUATION_TARGETS = UnitCycleProcess.VAR_EVALUATION_TARGETS;
    public static final String VAR_EVALUATION_TARGET = UnitCycleProcess.VAR_EVALUATION_TARGET;
    /** Every variable of the cycle and the unit pipelines that routes work (written by the engine's code only). */
    public static final java.util.List<String> ROUTING_VARIABLES = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            VAR_CYCLE_UNITS, "cycleUnitCode", "overdueNotices", "overdueNoticeId", UnitCycleProcess.VAR_UNIT_RANKS,
            UnitCycleProcess.VAR_REPORT_UNITS, UnitCycleProcess.VAR_VOTE_REPORT_UNITS, UnitCycleProcess.VAR_REPORT_UNIT,
            "reportKind"), java.util.Arrays.stream(Stage.values()).map(Stage::unitsVariable)).toList();
    /** The overdue notices of the last deadline (ids), and the element variable of the overdue task over them. */
    public static final String VAR_OVERDUE_NOTICES = "overdueNotices";
    public static final String VAR_OVERDUE_NOTICE = "overdueNoticeId";
    /** Task-local: the text of the notice shown in the form, and the direction the superior body writes. */
    public static final String VAR_OVERDUE_SUMMARY = "overdueSummary";
    public static final String VAR_OVERDUE_DIRECTION = "overdueDirection";

    /**
     * The deadlines of the calendar at which the cycle lists what is overdue (Đ.II, B.III.2.2): the boundary timer,
     * the recording task, and the stages whose deadline has passed by then (each checked again at every later
     * deadline, so a review resumed after a pause and still open is listed at the next one).
     */
    public record DeadlineCheck(Deadline deadline, String timer, String recordTask, List<Stage> stagesDue) {
    }

    public static final List<DeadlineCheck> DEADLINES = List.of(
            new DeadlineCheck(Deadline.REVIEW_DONE, "BoundaryEvent_Deadline25Dec", "Task_RecordOverdue25Dec",
                    List.of(Stage.REVIEW, Stage.RANKING)),
            new DeadlineCheck(Deadline.VOTE_DONE, "BoundaryEvent_Deadline30Dec", "Task_RecordOverdue30Dec",
                    List.of(Stage.REVIEW, Stage.RANKING, Stage.VOTE)),
            new DeadlineCheck(Deadline.YEAR_END_CONFERENCE, "BoundaryEvent_Deadline15Jan", "Task_RecordOverdue15Jan",
                    List.of(Stage.REVIEW, Stage.RANKING, Stage.VOTE, Stage.CONFERENCE)),
            new DeadlineCheck(Deadline.COMMENDATION_DOSSIER, "BoundaryEvent_Deadline18Jan", "Task_RecordOverdue18Jan",
                    List.of(Stage.REVIEW, Stage.RANKING, Stage.VOTE, Stage.CONFERENCE, Stage.COMMENDATION)),
            new DeadlineCheck(Deadline.EVALUATION_DONE, "BoundaryEvent_Deadline20Jan", "Task_RecordOverdue20Jan",
                    List.of(Stage.REVIEW, Stage.RANKING, Stage.VOTE, Stage.CONFERENCE, Stage.COMMENDATION, Stage.EVALUATION)),
            new DeadlineCheck(Deadline.EVALUATION_REPORT, "BoundaryEvent_Deadline30Jan", "Task_RecordOverdue30Jan",
                    List.of(Stage.REVIEW, Stage.RANKING, Stage.VOTE, Stage.CONFERENCE, Stage.COMMENDATION, Stage.EVALUATION)));

    private CycleProcess() {
    }

    /** The deadline check of a recording task of the cycle. */
    public static DeadlineCheck checkOf(String recordTaskId) {
        return DEADLINES.stream().filter(d -> d.recordTask().equals(recordTaskId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Không phải bước ghi nhận quá hạn: " + recordTaskId));
    }

    public static long campaignId(DelegateExecution execution) {
        return CallActivityContract.CAMPAIGN_ID.require(execution);
    }

    public static int year(DelegateExecution execution) {
        Object y = execution.getVariable(VAR_YEAR);
        return y instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(y).trim());
    }
}
