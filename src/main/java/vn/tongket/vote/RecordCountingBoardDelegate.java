package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Stores the approved counting board (ban kiểm phiếu) on the vote, for the minutes. */
@Component("recordCountingBoardDelegate")
public class RecordCountingBoardDelegate implements JavaDelegate {

    private final VoteService votes;

    public RecordCountingBoardDelegate(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        votes.recordCountingBoard(ConfidenceVoteProcess.voteId(execution),
                ConfidenceVoteProcess.string(execution, ConfidenceVoteProcess.COUNTING_BOARD_PROPOSAL), "process");
    }
}
