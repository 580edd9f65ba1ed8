package vn.tongket.vote;

import vn.tongket.common.CampaignTime;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/**
 * From {@code voteDate} sets the instants of the two windows (see {@link VoteWindows}): {@code requestsCloseAt}
 * (timer Event_RequestsClosed), {@code answersCloseAt} (boundary timer), {@code answersDue}, and display dates.
 * Runs again when the vote date moves, so both timers move.
 */
@Component("computeVoteWindowsDelegate")
public class ComputeVoteWindowsDelegate implements JavaDelegate {

    
    @Override
    public void execute(DelegateExecution execution) {
        VoteWindows w = new VoteWindows(voteDate(execution.getVariable(ConfidenceVoteProcess.VOTE_DATE)), CampaignTime.zone());
        execution.setVariable(ConfidenceVoteProcess.REQUESTS_CLOSE_AT, iso(w.requestsCloseAt()));
        execution.setVariable(ConfidenceVoteProcess.ANSWERS_CLOSE_AT, iso(w.answersCloseAt()));
        execution.setVariable(ConfidenceVoteProcess.ANSWERS_DUE, iso(w.answersCloseAt().minusSeconds(1)));
        execution.setVariable(ConfidenceVoteProcess.REQUESTS_LAST_DAY, VoteService.fmt(w.requestsLastDay()));
        execution.setVariable(ConfidenceVoteProcess.ANSWERS_LAST_DAY, VoteService.fmt(w.answersLastDay()));
    }

    static LocalDate voteDate(Object value) {
        if (value instanceof Date d) {
            return d.toInstant().atZone(CampaignTime.zone()).toLocalDate();
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        try {
            return LocalDate.parse(String.valueOf(value).trim().substring(0, 10));
        } catch (RuntimeException e) {
            throw new DomainException("voteDate", "Ngày lấy phiếu (voteDate) không hợp lệ: " + value + " (dạng yyyy-MM-dd)");
        }
    }

    private static String iso(java.time.ZonedDateTime t) {
        return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
