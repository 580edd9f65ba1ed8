package vn.tongket.review;

import java.time.Duration;
import java.time.Instant;
import vn.tongket.common.DomainException;

/**
 * "Báo cáo kiểm điểm của tập thể phải gửi trước cho các ủy viên ít nhất 3 ngày" (A.I.3.1). Our reading: the
 * meeting may start no earlier than 72 hours (3 × 24 h) after the moment the report was distributed, as recorded
 * by the process. Exactly 72 hours later is accepted; one minute less is refused.
 */
public final class MeetingNotice {

    public static final Duration MINIMUM = Duration.ofDays(3);

    private MeetingNotice() {
    }

    public static Instant earliestMeeting(Instant distributedAt) {
        return distributedAt.plus(MINIMUM);
    }

    public static boolean longEnough(Instant distributedAt, Instant meetingAt) {
        return !meetingAt.isBefore(earliestMeeting(distributedAt));
    }

    /** Throws a Vietnamese {@link DomainException} on {@code meetingAt} when the notice is shorter than 3 days. */
    public static void check(Instant distributedAt, Instant meetingAt) {
        if (distributedAt == null) {
            throw new DomainException("meetingAt", "Chưa ghi nhận thời điểm gửi báo cáo kiểm điểm tập thể cho các ủy viên");
        }
        if (meetingAt == null) {
            throw new DomainException("meetingAt", "Chưa nhập thời gian họp kiểm điểm");
        }
        if (!longEnough(distributedAt, meetingAt)) {
            throw new DomainException("meetingAt", "Thời gian họp kiểm điểm phải sau thời điểm gửi báo cáo cho các ủy viên"
                    + " ít nhất 3 ngày (báo cáo gửi lúc " + ReviewTexts.format(distributedAt) + "; họp sớm nhất lúc "
                    + ReviewTexts.format(earliestMeeting(distributedAt)) + ")");
        }
    }
}
