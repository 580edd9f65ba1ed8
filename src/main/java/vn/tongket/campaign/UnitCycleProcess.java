package vn.tongket.campaign;

import java.util.Map;

/**
 * Key, element ids and variables of {@code processes/unit-cycle.bpmn}: one organization's year in the guidance's
 * order (Đ.I.2) — reviews, ranking, vote, evaluation — with the year-end conference (after the ranking) and the
 * commendation dossier (after the vote) beside them. Each stage calls the existing per-unit process.
 */
public final class UnitCycleProcess {

    public static final String KEY = "UnitCycleProcess";
    public static final String RESOURCE = "processes/unit-cycle.bpmn";

    public static final String START = "StartEvent_UnitCycleStarted";
    public static final String GATEWAY_RANKS = "Gateway_UnitRanks";
    public static final String BOUNDARY_RANKING_DECIDED = "BoundaryEvent_RankingDecided";
    public static final String TASK_RECORD_RANKING_DECIDED = "Task_RecordRankingDecided";
    public static final String TASK_RECORD_CONFERENCE_HELD = "Task_RecordConferenceHeld";
    public static final String END = "EndEvent_UnitCycleDone";
    public static final String END_CONFERENCE = "EndEvent_ConferenceHeld";
    /** Escalation the ranking process throws when its ranking part is done (before its conference part). */
    public static final String ESCALATION_RANKING_DECIDED = "RANKING_DECIDED";

    /** Variables: the organization (String), the year (Integer), the campaign id (Long), from the cycle. */
    public static final String VAR_UNIT = "unitCode";
    /** Whether the organization ranks its members and holds a year-end conference (a grassroots organization). */
    public static final String VAR_UNIT_RANKS = "unitRanks";
    /** Element variable of the multi-instance call activities: the unit of one called instance. */
    public static final String VAR_TARGET_UNIT = "targetUnitCode";
    public static final String VAR_EVALUATION_TARGETS = "evaluationTargets";
    public static final String VAR_EVALUATION_TARGET = "evaluationTarget";
    /**
     * The organization, when it sends the guidance's reports up (not the bloc), over which the report call activities
     * (ReportSubmissionProcess) run: REVIEW_RANKING, EVALUATION_RESULTS, CONFERENCE; and for VOTE_RESULTS only when
     * it voted.
     */
    public static final String VAR_REPORT_UNITS = "reportUnits";
    public static final String VAR_VOTE_REPORT_UNITS = "voteReportUnits";
    /** Element variable of the report call activities. */
    public static final String VAR_REPORT_UNIT = "reportUnitCode";
    public static final String REPORT_PROCESS_KEY = "ReportSubmissionProcess";
    /** Report call activities of the pipeline, by report kind (DECISIONS.md §4). */
    public static final Map<String, String> REPORT_CALLS = Map.of(
            "REVIEW_RANKING", "CallActivity_ReviewRankingReport", "VOTE_RESULTS", "CallActivity_VoteReport",
            "EVALUATION_RESULTS", "CallActivity_EvaluationReport", "CONFERENCE", "CallActivity_ConferenceReport");
    /** The vote day proposed to each voting conference (yyyy-MM-dd), passed to ConfidenceVoteProcess. */
    public static final String VAR_VOTE_DATE = "voteDate";

    private static final Map<Stage, String> PREPARE = Map.of(
            Stage.REVIEW, "Task_PrepareReviews",
            Stage.RANKING, "Task_PrepareRanking",
            Stage.VOTE, "Task_PrepareVotes",
            Stage.EVALUATION, "Task_PrepareEvaluations",
            Stage.COMMENDATION, "Task_PrepareCommendations");
    private static final Map<Stage, String> CALL = Map.of(
            Stage.REVIEW, "CallActivity_Reviews",
            Stage.RANKING, "CallActivity_Ranking",
            Stage.VOTE, "CallActivity_Votes",
            Stage.EVALUATION, "CallActivity_Evaluations",
            Stage.COMMENDATION, "CallActivity_Commendations");

    private UnitCycleProcess() {
    }

    public static String prepareTask(Stage stage) { return PREPARE.get(stage); }
    public static String callActivity(Stage stage) { return CALL.get(stage); }

    /**
     * Element ids of the 2013-era AnnualCycleProcess (one bloc-wide multi-instance per stage) that cycles started
     * from an older deployment still run: their delegates and listeners keep working (see docs/cycle.md).
     */
    static final Map<String, Stage> LEGACY = Map.ofEntries(
            Map.entry("Task_PrepareReviewStage", Stage.REVIEW), Map.entry("Task_PrepareRankingStage", Stage.RANKING),
            Map.entry("Task_PrepareVoteStage", Stage.VOTE), Map.entry("Task_PrepareEvaluationStage", Stage.EVALUATION),
            Map.entry("Task_PrepareCommendationStage", Stage.COMMENDATION), Map.entry("CallActivity_Rankings", Stage.RANKING),
            Map.entry("Task_RecordLateReviews", Stage.REVIEW), Map.entry("Task_RecordLateRankings", Stage.RANKING),
            Map.entry("Task_RecordLateVotes", Stage.VOTE), Map.entry("Task_RecordLateEvaluations", Stage.EVALUATION),
            Map.entry("Task_RecordLateCommendations", Stage.COMMENDATION));

    /** Whether an element belongs to the 2013-era bloc-wide cycle diagram. */
    public static boolean isLegacy(String activityId) {
        return LEGACY.containsKey(activityId);
    }

    /** The stage an element of the pipeline (or of the 2013-era cycle diagram) belongs to. */
    public static Stage stageOf(String activityId) {
        if (LEGACY.containsKey(activityId)) {
            return LEGACY.get(activityId);
        }
        if (TASK_RECORD_RANKING_DECIDED.equals(activityId)) {
            return Stage.RANKING;
        }
        if (TASK_RECORD_CONFERENCE_HELD.equals(activityId)) {
            return Stage.CONFERENCE;
        }
        for (Stage s : Stage.values()) {
            if (activityId.equals(PREPARE.get(s)) || activityId.equals(CALL.get(s))) {
                return s;
            }
        }
        throw new IllegalArgumentException("Phần tử không thuộc giai đoạn nào của quy trình đơn vị: " + activityId);
    }

    /** Variable holding the list of unit codes of a stage in this pipeline, e.g. {@code reviewUnits}. */
    public static String unitsVariable(Stage stage) {
        return stage.unitsVariable();
    }
}
