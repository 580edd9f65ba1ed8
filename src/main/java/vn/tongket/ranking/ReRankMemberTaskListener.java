package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Completing the re-ranking: the member comes from the request of this process instance (the engine's id), the
 * right from the organization model; the category goes into our table and leaves the process variables.
 */
@Component("reRankMemberTaskListener")
public class ReRankMemberTaskListener implements TaskListener {

    private final LowConfidenceReRanking reRanking;

    public ReRankMemberTaskListener(LowConfidenceReRanking reRanking) {
        this.reRanking = reRanking;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reRanking.correct(task.getProcessInstanceId(), auth == null ? task.getAssignee() : auth.getUserId(),
                task.getVariable(MemberReRankingProcess.CATEGORY), task.getVariable(MemberReRankingProcess.NOTE));
        task.getExecution().removeVariable(MemberReRankingProcess.CATEGORY);
    }
}
