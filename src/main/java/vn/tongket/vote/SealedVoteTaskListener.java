package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/** Completing the counting task requires the vote to be counted and sealed (through the API / entry page). */
@Component("sealedVoteTaskListener")
public class SealedVoteTaskListener implements TaskListener {

    private final VoteService votes;
    private final vn.tongket.ranking.LowConfidenceReRanking reRanking;

    public SealedVoteTaskListener(VoteService votes, vn.tongket.ranking.LowConfidenceReRanking reRanking) {
        this.votes = votes;
        this.reRanking = reRanking;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!votes.isSealed(ConfidenceVoteProcess.voteId(task))) {
            throw new DomainException("voteId", "Chưa niêm phong phiếu: nhập phiếu hai lượt, kiểm phiếu và niêm phong trên trang "
                    + "/vote/ trước khi hoàn thành việc này");
        }
        // C.III.5 flows back into the member ranking: re-ranking tasks for members ranked "hoàn thành" with > 50% LOW
        reRanking.requestFor(ConfidenceVoteProcess.voteId(task));
    }
}
