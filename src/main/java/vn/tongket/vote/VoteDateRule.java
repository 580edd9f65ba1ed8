package vn.tongket.vote;

import java.time.LocalDate;
import java.time.MonthDay;
import vn.tongket.common.DomainException;

/**
 * When a vote may be held: "tiến hành trong tháng 12 hằng năm" (C.III.1) and done "trước 30/12" (Đ.II.3), i.e.
 * from {@code earliest} (default 01/12) of the campaign year through the calendar's last day for the vote
 * (29/12 unless the calendar is overridden). A moved date may not lie in the past. Once the last day is reached
 * (a unit running late), a date from today on is accepted as a late vote: there is no valid date left, and the
 * process's 30/12 escalation already reports the delay to the superior. The 15-day and 3-day
 * windows follow the date ({@link VoteWindows}); when the 15-day window is already closed the caller is told
 * ({@link #requestsWindowNote}).
 */
public final class VoteDateRule {

    private VoteDateRule() {
    }

    public static void check(LocalDate date, int year, MonthDay earliest, LocalDate lastDay, LocalDate today, boolean moving) {
        if (date == null) {
            throw new DomainException("voteDate", "Thiếu ngày lấy phiếu (voteDate)");
        }
        LocalDate first = earliest.atYear(year);
        if (date.isAfter(lastDay) && today != null && !today.isBefore(lastDay) && !date.isBefore(today)) {
            return;   // the deadline is reached or passed: a late vote from today on is still held (the escalation records it)
        }
        if (date.isBefore(first) || date.isAfter(lastDay)) {
            throw new DomainException("voteDate", "Ngày lấy phiếu " + VoteService.fmt(date) + " không hợp lệ: lấy phiếu tín nhiệm "
                    + "tiến hành trong tháng 12 hằng năm (HD 22-HD/ĐU, C.III.1) và hoàn thành trước 30/12 (Đ.II.3): chọn ngày từ "
                    + VoteService.fmt(first) + " đến " + VoteService.fmt(lastDay));
        }
        if (moving && today != null && date.isBefore(today)) {
            throw new DomainException("voteDate", "Ngày lấy phiếu " + VoteService.fmt(date) + " đã qua (hôm nay "
                    + VoteService.fmt(today) + ")");
        }
    }

    /** A note when the 15-day window for written requests is already closed on {@code today}; null otherwise. */
    public static String requestsWindowNote(LocalDate date, LocalDate today) {
        LocalDate last = date.minusDays(VoteWindows.REQUEST_DAYS_BEFORE);
        if (today != null && today.isAfter(last)) {
            return "Lưu ý: hạn đặt yêu cầu cung cấp thông tin (chậm nhất 15 ngày trước ngày lấy phiếu, tức " + VoteService.fmt(last)
                    + ") đã qua; hạn trả lời là " + VoteService.fmt(date.minusDays(VoteWindows.ANSWER_DAYS_BEFORE));
        }
        return null;
    }
}
