package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The approved counting board's members become the candidate users of the count task (engine-written variable). */
@Component("recordCountingBoardDelegate")
public class RecordCountingBoardDelegate implements JavaDelegate {

    private final VoteService votes;

    public RecordCountingBoardDelegate(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long voteId = votes.voteIdOfProcess(execution.getProcessInstanceId());
        if (!VoteService.BOARD_APPROVED.equals(votes.header(voteId).boardStatus())) {
            throw new vn.tongket.common.ConflictException("countingBoard", "Ban kiểm phiếu chưa được phê duyệt");
        }
        execution.setVariable(ConfidenceVoteProcess.COUNTING_BOARD_USERS,
                String.join(",", votes.board(voteId).stream().map(VoteViews.BoardMember::memberCode).toList()));
    }
}
