package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/** Completing the counting task requires the vote to be counted and sealed (through the API / entry page). */
@Component("sealedVoteTaskListener")
public class SealedVoteTaskListener implements TaskListener {

    private final VoteService votes;

    public SealedVoteTaskListener(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!votes.isSealed(ConfidenceVoteProcess.voteId(task))) {
            throw new DomainException("voteId", "Chưa niêm phong phiếu: nhập phiếu hai lượt, kiểm phiếu và niêm phong trên trang "
                    + "/vote/ trước khi hoàn thành việc này");
        }
    }
}
