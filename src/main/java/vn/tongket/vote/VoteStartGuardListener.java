package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/**
 * First start listener of the vote: the start variables have the right type and range (campaignYear an integer
 * within the configured years, unitCode present, voteDate a date), else a 400 naming the field instead of an
 * engine error.
 */
@Component("voteStartGuardListener")
public class VoteStartGuardListener implements ExecutionListener {

    private final VoteService votes;

    public VoteStartGuardListener(VoteService votes) {
        this.votes = votes;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object year = execution.getVariable(ConfidenceVoteProcess.CAMPAIGN_YEAR);
        if (!(year instanceof Integer || year instanceof Long || year instanceof Short)) {
            throw new DomainException("campaignYear", "Năm lấy phiếu (campaignYear) phải là số nguyên, nhận: " + year);
        }
        long y = ((Number) year).longValue();
        if (y < Integer.MIN_VALUE || y > Integer.MAX_VALUE) {
            throw new DomainException("campaignYear", "Năm lấy phiếu (campaignYear) ngoài phạm vi: " + y);
        }
        votes.checkYear((int) y);
        execution.setVariable(ConfidenceVoteProcess.CAMPAIGN_YEAR, (int) y);
        Object unit = execution.getVariable(ConfidenceVoteProcess.UNIT_CODE);
        if (!(unit instanceof String s) || s.isBlank() || s.length() > 40) {
            throw new DomainException("unitCode", "Thiếu hoặc sai mã đơn vị (unitCode)");
        }
        Object date = execution.getVariable(ConfidenceVoteProcess.VOTE_DATE);
        if (date == null) {
            throw new DomainException("voteDate", "Thiếu ngày lấy phiếu (voteDate, dạng yyyy-MM-dd)");
        }
        ComputeVoteWindowsDelegate.voteDate(date);
    }
}
