package vn.tongket.campaign;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Key, element ids and variables of {@code processes/annual-cycle.bpmn}. */
public final class CycleProcess {

    public static final String KEY = "AnnualCycleProcess";
    public static final String RESOURCE = "processes/annual-cycle.bpmn";

    public static final String START = "StartEvent_CycleRequested";
    public static final String TASK_OPEN_CAMPAIGN = "Task_OpenCampaign";
    public static final String TASK_CLOSE_CAMPAIGN = "Task_CloseCampaign";
    public static final String END = "EndEvent_CycleClosed";

    /** Variables: the year (Integer), the root unit code (String), the campaign row id (Long). */
    public static final String VAR_YEAR = "campaignYear";
    public static final String VAR_UNIT = "unitCode";
    public static final String VAR_CAMPAIGN_ID = "campaignId";
    /** Who opened the campaign (the start event's initiator, or set by the REST start). */
    public static final String VAR_INITIATOR = "cycleInitiator";
    /** The vote day proposed to each voting conference (yyyy-MM-dd), passed to ConfidenceVoteProcess. */
    public static final String VAR_VOTE_DATE = "voteDate";
    /** Element variable of the multi-instance call activities: the unit of one called instance. */
    public static final String VAR_TARGET_UNIT = "targetUnitCode";
    /** Evaluation stage: the collectives and cadres to evaluate, and the element variable over them. */
    public static final String VAR_EVALUATION_TARGETS = "evaluationTargets";
    public static final String VAR_EVALUATION_TARGET = "evaluationTarget";

    private static final Map<Stage, String> PREPARE = Map.of(
            Stage.REVIEW, "Task_PrepareReviewStage",
            Stage.RANKING, "Task_PrepareRankingStage",
            Stage.VOTE, "Task_PrepareVoteStage",
            Stage.EVALUATION, "Task_PrepareEvaluationStage",
            Stage.COMMENDATION, "Task_PrepareCommendationStage");
    private static final Map<Stage, String> CALL = Map.of(
            Stage.REVIEW, "CallActivity_Reviews",
            Stage.RANKING, "CallActivity_Rankings",
            Stage.VOTE, "CallActivity_Votes",
            Stage.EVALUATION, "CallActivity_Evaluations",
            Stage.COMMENDATION, "CallActivity_Commendations");
    private static final Map<Stage, String> RECORD_LATE = Map.of(
            Stage.REVIEW, "Task_RecordLateReviews",
            Stage.RANKING, "Task_RecordLateRankings",
            Stage.VOTE, "Task_RecordLateVotes",
            Stage.EVALUATION, "Task_RecordLateEvaluations",
            Stage.COMMENDATION, "Task_RecordLateCommendations");
    private static final Map<Stage, String> DEADLINE_TIMER = Map.of(
            Stage.REVIEW, "BoundaryEvent_ReviewDeadline",
            Stage.RANKING, "BoundaryEvent_RankingDeadline",
            Stage.VOTE, "BoundaryEvent_VoteDeadline",
            Stage.EVALUATION, "BoundaryEvent_EvaluationDeadline",
            Stage.COMMENDATION, "BoundaryEvent_CommendationDeadline");

    private CycleProcess() {
    }

    public static String prepareTask(Stage stage) { return PREPARE.get(stage); }
    public static String callActivity(Stage stage) { return CALL.get(stage); }
    public static String recordLateTask(Stage stage) { return RECORD_LATE.get(stage); }
    public static String deadlineTimer(Stage stage) { return DEADLINE_TIMER.get(stage); }

    /** The stage an element of the cycle belongs to (prepare task, call activity, late-recording task). */
    public static Stage stageOf(String activityId) {
        for (Stage s : Stage.values()) {
            if (activityId.equals(PREPARE.get(s)) || activityId.equals(CALL.get(s))
                    || activityId.equals(RECORD_LATE.get(s)) || activityId.equals(DEADLINE_TIMER.get(s))) {
                return s;
            }
        }
        throw new IllegalArgumentException("Phần tử không thuộc giai đoạn nào của chu trình: " + activityId);
    }

    public static long campaignId(DelegateExecution execution) {
        return ((Number) execution.getVariable(VAR_CAMPAIGN_ID)).longValue();
    }

    public static int year(DelegateExecution execution) {
        Object y = execution.getVariable(VAR_YEAR);
        return y instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(y).trim());
    }
}
