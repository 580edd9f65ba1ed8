package vn.tongket.vote;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The two windows before a vote, from the vote day (C.III.2.4.3 and 2.4.4), read as "chậm nhất ngày X" = X
 * included (domain.md §4.16):
 * <ul>
 *   <li>written information requests "chậm nhất là 15 ngày trước ngày lấy phiếu": accepted through the whole day
 *       voteDate−15; refused from 00:00 of voteDate−14 ({@link #requestsCloseAt()});</li>
 *   <li>answers "chậm nhất 3 ngày trước ngày lấy phiếu": through the whole day voteDate−3; late from 00:00 of
 *       voteDate−2 ({@link #answersCloseAt()}).</li>
 * </ul>
 */
public record VoteWindows(LocalDate voteDate, ZoneId zone) {

    public static final int REQUEST_DAYS_BEFORE = 15;
    public static final int ANSWER_DAYS_BEFORE = 3;

    public LocalDate requestsLastDay() {
        return voteDate.minusDays(REQUEST_DAYS_BEFORE);
    }

    public LocalDate answersLastDay() {
        return voteDate.minusDays(ANSWER_DAYS_BEFORE);
    }

    public ZonedDateTime requestsCloseAt() {
        return requestsLastDay().plusDays(1).atStartOfDay(zone);
    }

    public ZonedDateTime answersCloseAt() {
        return answersLastDay().plusDays(1).atStartOfDay(zone);
    }

    public boolean requestsOpen(Instant now) {
        return now.isBefore(requestsCloseAt().toInstant());
    }

    public boolean answersOpen(Instant now) {
        return now.isBefore(answersCloseAt().toInstant());
    }
}
