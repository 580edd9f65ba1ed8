package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/**
 * Completing "overall judgement" requires the judgement to be recorded in our table (PUT
 * /api/votes/{voteId}/overall-judgements/{memberCode}): its reasons never pass through process variables.
 */
@Component("overallJudgementTaskListener")
public class OverallJudgementTaskListener implements TaskListener {

    private final VoteService votes;

    public OverallJudgementTaskListener(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void notify(DelegateTask task) {
        long voteId = votes.voteIdOfProcess(task.getProcessInstanceId());
        Object code = task.getVariable(ConfidenceVoteProcess.TWO_PLACE_MEMBER_CODE);
        if (code == null || !votes.twoPlaceMembersReady(voteId).contains(code.toString())) {
            throw new DomainException("twoPlaceMemberCode", "Cán bộ của việc này không thuộc diện lấy phiếu ở 2 nơi");
        }
        var m = votes.memberId(code.toString());
        if (votes.overallJudgement(m, votes.header(voteId).year()).isEmpty()) {
            throw new DomainException("overallJudgement", "Chưa ghi đánh giá tín nhiệm chung (kết luận và lý do) cho đồng chí " + code
                    + ": ghi trên trang /vote/ hoặc PUT /api/votes/" + voteId + "/overall-judgements/" + code);
        }
    }
}
