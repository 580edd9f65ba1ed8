package vn.tongket.evaluation;

import vn.tongket.common.CallActivityContract;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Key, element ids and typed variables of processes/evaluation.bpmn. */
public final class LeadershipEvaluationProcess {

    public static final String KEY = "LeadershipEvaluationProcess";

    public static final String TASK_GATHER_INPUTS = "Task_GatherInputs";
    public static final String SUBPROCESS_EVALUATE = "SubProcess_Evaluate";
    public static final String TASK_SELF_ASSESSMENT = "Task_SelfAssessment";
    public static final String TASK_COLLECTIVE_COMMENTS = "Task_CollectiveComments";
    public static final String TASK_BRANCH_COMMENTS = "Task_BranchComments";
    public static final String TASK_COLLECTIVE_REPORT = "Task_CollectiveReport";
    public static final String TASK_DECIDE_CATEGORY = "Task_DecideCategory";
    public static final String TASK_ACKNOWLEDGE_RESULT = "Task_AcknowledgeResult";
    public static final String TASK_REMIND = "Task_RemindEvaluation";
    public static final String TASK_ESCALATE_LATE = "Task_EscalateLateEvaluation";
    public static final String TASK_FLAG_REPORT_LATE = "Task_FlagReportLate";
    public static final String BOUNDARY_REMINDER = "BoundaryEvent_EvaluationReminder";
    public static final String BOUNDARY_LATE = "BoundaryEvent_EvaluationLate";
    public static final String BOUNDARY_REPORT_LATE = "BoundaryEvent_EvaluationReportLate";
    public static final String END_EVALUATED = "Event_Evaluated";

    /** Steps whose text must be written (in our table) before their task completes. */
    public static final Map<String, EntryStep> STEP_OF_TASK = Map.of(
            TASK_SELF_ASSESSMENT, EntryStep.SELF_ASSESSMENT,
            TASK_COLLECTIVE_COMMENTS, EntryStep.COLLECTIVE_COMMENT,
            TASK_BRANCH_COMMENTS, EntryStep.BRANCH_COMMENT,
            TASK_COLLECTIVE_REPORT, EntryStep.COLLECTIVE_REPORT);

    // variables in (start contract)
    public static final String UNIT_CODE = CallActivityContract.UNIT_CODE.name();
    public static final String CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR.name();
    public static final String MEMBER_CODE = "memberCode";
    // variables set by the gathering (ids and groups only)
    public static final String EVALUATION_ID = "evaluationId";
    public static final String IS_CADRE = "isCadre";
    public static final String COLLECTIVE_GROUP = "collectiveGroup";
    public static final String BRANCH_GROUP = "branchGroup";
    public static final String DECIDING_GROUP = "decidingGroup";
    public static final String ACKNOWLEDGE_USERS = "acknowledgeUsers";
    /** Set by the decision form: the category code (the only result kept in variables). */
    public static final String LEADER_CATEGORY = "leaderCategory";

    private LeadershipEvaluationProcess() {
    }

    public static String unitCode(VariableScope scope) {
        return (String) scope.getVariable(UNIT_CODE);
    }

    public static String memberCode(VariableScope scope) {
        Object v = scope.getVariable(MEMBER_CODE);
        return v == null || v.toString().isBlank() ? null : v.toString().trim();
    }

    public static int campaignYear(VariableScope scope) {
        Object v = scope.getVariable(CAMPAIGN_YEAR);
        return v instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(v).trim());
    }

    public static Long evaluationId(VariableScope scope) {
        Object v = scope.getVariable(EVALUATION_ID);
        return v instanceof Number n ? n.longValue() : Long.valueOf(String.valueOf(v));
    }

    /**
     * The authenticated user completing a task (Tasklist, Engine REST, /api), or null for the engine's own call
     * (job executor, our services without a user): never the task's assignee, which a task holder can change.
     */
    public static String completingUser(org.camunda.bpm.engine.delegate.DelegateTask task) {
        var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    public static void setRouting(VariableScope scope, EvaluationService.Routing r) {
        scope.setVariable(EVALUATION_ID, r.evaluationId());
        scope.setVariable(IS_CADRE, r.cadre());
        scope.setVariable(COLLECTIVE_GROUP, r.collectiveGroup());
        scope.setVariable(BRANCH_GROUP, r.branchGroup());
        scope.setVariable(DECIDING_GROUP, r.decidingGroup());
        scope.setVariable(ACKNOWLEDGE_USERS, r.acknowledgeUsers());
    }
}
