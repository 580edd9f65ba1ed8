package vn.tongket.vote;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.organization.CommitteeGroups;

/**
 * Completing "prepare ballots": the proposed board (member codes, comma separated) is checked against the model
 * and stored in our table by the service, as the user completing the task; the vote is found from the process
 * instance, never from a variable.
 */
@Component("proposeCountingBoardTaskListener")
public class ProposeCountingBoardTaskListener implements TaskListener {

    private final VoteService votes;
    private final IdentityService identity;

    public ProposeCountingBoardTaskListener(VoteService votes, IdentityService identity) {
        this.votes = votes;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        Object raw = task.getVariable(ConfidenceVoteProcess.COUNTING_BOARD_PROPOSAL);
        List<String> codes = raw == null ? List.of() : Arrays.stream(raw.toString().split("[,;\\s]+")).filter(c -> !c.isBlank()).toList();
        VoteViews.Actor actor = EngineActor.of(identity);
        if (actor == null) {
            actor = new VoteViews.Actor(EngineActor.SYSTEM, List.of(CommitteeGroups.ORGANIZATION_BOARD), false);
        }
        votes.proposeBoard(votes.voteIdOfProcess(task.getProcessInstanceId()), codes, actor);
    }
}
