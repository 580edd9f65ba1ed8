package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Persons of this vote voted on in two places whose both votes are sealed: the competent authority decides
 * their overall assessment (C.III.2.3). The vote sealed last raises the decision task.
 */
@Component("checkTwoPlacesDelegate")
public class CheckTwoPlacesDelegate implements JavaDelegate {

    private final VoteService votes;

    public CheckTwoPlacesDelegate(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var members = votes.twoPlaceMembersReady(ConfidenceVoteProcess.voteId(execution));
        execution.setVariable(ConfidenceVoteProcess.TWO_PLACE_MEMBERS, ConfidenceVoteProcess.codes(members));
        execution.setVariable(ConfidenceVoteProcess.HAS_TWO_PLACE_MEMBERS, !members.isEmpty());
    }
}
