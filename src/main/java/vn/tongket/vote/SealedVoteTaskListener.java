package vn.tongket.vote;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.DomainException;

/**
 * The count task. On create the conference is held: ballot entry opens ({@link VoteService#openConference}). On
 * complete the vote must be sealed (through the API / entry page) and the user completing it on the board; then
 * C.III.5 flows back into the member ranking (re-ranking tasks for members ranked "hoàn thành" with &gt; 50% LOW).
 */
@Component("sealedVoteTaskListener")
public class SealedVoteTaskListener implements TaskListener {

    private final VoteService votes;
    private final IdentityService identity;
    private final vn.tongket.ranking.LowConfidenceReRanking reRanking;

    public SealedVoteTaskListener(VoteService votes, IdentityService identity, vn.tongket.ranking.LowConfidenceReRanking reRanking) {
        this.votes = votes;
        this.identity = identity;
        this.reRanking = reRanking;
    }

    @Override
    public void notify(DelegateTask task) {
        long voteId = votes.voteIdOfProcess(task.getProcessInstanceId());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            votes.openConference(voteId);
            return;
        }
        VoteViews.Actor actor = EngineActor.of(identity);
        if (actor != null && votes.board(voteId).stream().noneMatch(b -> b.memberCode().equals(actor.userId()))) {
            throw new AccessRefusedException("Chỉ thành viên ban kiểm phiếu hoàn thành việc kiểm phiếu");
        }
        if (!votes.isSealed(voteId)) {
            throw new DomainException("voteId", "Chưa niêm phong phiếu: nhập phiếu hai lượt, kiểm phiếu và niêm phong trên trang "
                    + "/vote/ trước khi hoàn thành việc này");
        }
        // C.III.5 flows back into the member ranking: re-ranking tasks for members ranked "hoàn thành" with > 50% LOW
        reRanking.requestFor(voteId);
    }
}
