package vn.tongket.vote;

import vn.tongket.common.CallActivityContract;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;

/** Key, element ids and typed variables of {@code processes/confidence-vote.bpmn}. */
public final class ConfidenceVoteProcess {

    public static final String KEY = "ConfidenceVoteProcess";
    public static final String RESOURCE = "processes/confidence-vote.bpmn";
    public static final String MESSAGE_VOTE_DATE_MOVED = "ConfidenceVoteDateMoved";

    // element ids
    public static final String TASK_PREPARE_VOTE = "Task_PrepareVote";
    public static final String TASK_REVIEW_REFUSALS = "Task_ReviewRefusals";
    public static final String TASK_PREPARE_BALLOTS = "Task_PrepareBallots";
    public static final String TASK_APPROVE_COUNTING_BOARD = "Task_ApproveCountingBoard";
    public static final String TASK_RECORD_COUNTING_BOARD = "Task_RecordCountingBoard";
    public static final String TASK_SELF_REVIEW_REPORT = "Task_SelfReviewReport";
    public static final String TASK_COMPUTE_WINDOWS = "Task_ComputeWindows";
    public static final String EVENT_REQUESTS_CLOSED = "Event_RequestsClosed";
    public static final String TASK_ANSWER_REQUESTS = "Task_AnswerRequests";
    public static final String BOUNDARY_ANSWERS_CLOSED = "BoundaryEvent_AnswersClosed";
    public static final String BOUNDARY_VOTE_DATE_MOVED = "BoundaryEvent_VoteDateMoved";
    public static final String TASK_COUNT_BALLOTS = "Task_CountBallots";
    public static final String TASK_HAND_OVER_BALLOTS = "Task_HandOverBallots";
    public static final String BOUNDARY_VOTE_DEADLINE = "BoundaryEvent_VoteDeadline";
    public static final String TASK_ESCALATE_LATE_VOTE = "Task_EscalateLateVote";
    public static final String TASK_CHECK_TWO_PLACES = "Task_CheckTwoPlaces";
    public static final String TASK_DECIDE_OVERALL = "Task_DecideOverallAssessment";
    public static final String END_VOTE_DONE = "EndEvent_VoteDone";

    // variables (ids and small values only: never ballots or results)
    public static final String UNIT_CODE = CallActivityContract.UNIT_CODE.name();
    public static final String CAMPAIGN_YEAR = CallActivityContract.CAMPAIGN_YEAR.name();
    public static final String VOTE_DATE = "voteDate";
    public static final String VOTE_ID = "voteId";
    public static final String CANDIDATE_CODES = "candidateCodes";
    public static final String HAS_REFUSALS = "hasRefusals";
    public static final String REFUSAL_MESSAGE = "refusalMessage";
    public static final String VOTER_GROUP = "voterGroup";
    public static final String SUPERIOR_GROUP = "superiorGroup";
    public static final String PRESIDING_GROUP = "presidingGroup";
    public static final String ANSWER_GROUP = "answerGroup";
    public static final String ORGANIZATION_BOARD_GROUP = "organizationBoardGroup";
    public static final String BLOC_STANDING_GROUP = "blocStandingGroup";
    public static final String REQUESTS_CLOSE_AT = "requestsCloseAt";
    public static final String ANSWERS_CLOSE_AT = "answersCloseAt";
    public static final String ANSWERS_DUE = "answersDue";
    public static final String REQUESTS_LAST_DAY = "requestsLastDay";
    public static final String ANSWERS_LAST_DAY = "answersLastDay";
    public static final String COUNTING_BOARD_PROPOSAL = "countingBoardProposal";
    public static final String COUNTING_BOARD_APPROVED = "countingBoardApproved";
    public static final String TWO_PLACE_MEMBERS = "twoPlaceMembers";
    public static final String TWO_PLACE_MEMBER_CODE = "twoPlaceMemberCode";
    /** Engine-written: the service recorded the board's approval (the gateway reads this, not the form's field). */
    public static final String BOARD_APPROVED = "boardApproved";
    /** Engine-written: the approved board's member codes, candidate users of the count task. */
    public static final String COUNTING_BOARD_USERS = "countingBoardUsers";
    /** Display only: the participants who may sit on the board (code — name). */
    public static final String COUNTING_BOARD_ELIGIBLE = "countingBoardEligible";
    public static final String HAS_TWO_PLACE_MEMBERS = "hasTwoPlaceMembers";

    private ConfidenceVoteProcess() {
    }

    /** A list of member codes as a JSON-serialized variable (multi-instance collections). */
    public static ObjectValue codes(List<String> codes) {
        return Variables.objectValue(new ArrayList<>(codes)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    public static long voteId(VariableScope scope) {
        Object v = scope.getVariable(VOTE_ID);
        return ((Number) v).longValue();
    }

    public static String string(VariableScope scope, String name) {
        Object v = scope.getVariable(name);
        return v == null ? null : v.toString();
    }
}
