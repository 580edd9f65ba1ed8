package vn.tongket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.tongket.common.DomainException;

class MeetingNoticeTest {

    private final Instant sent = Instant.parse("2013-12-02T01:30:00Z");

    @Test
    void meetingExactlyThreeDaysAfterDistribution_accepted() {
        assertThatCode(() -> MeetingNotice.check(sent, sent.plusSeconds(3 * 24 * 3600))).doesNotThrowAnyException();
    }

    @Test
    void meetingThreeDaysMinusOneMinuteAfterDistribution_refusedWithVietnameseMessage() {
        assertThatThrownBy(() -> MeetingNotice.check(sent, sent.plusSeconds(3 * 24 * 3600 - 60)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("ít nhất 3 ngày")
                .hasMessageContaining("08:30 ngày 05/12/2013");
    }

    @Test
    void meetingWithoutRecordedDistribution_refused() {
        assertThatThrownBy(() -> MeetingNotice.check(null, sent)).isInstanceOf(DomainException.class);
    }

    @Test
    void localDateTimeFromForm_isReadInVietnamTime() {
        assertThat(ReviewTexts.parseInstant("2013-12-05T08:30", "meetingAt")).isEqualTo(Instant.parse("2013-12-05T01:30:00Z"));
        assertThat(ReviewTexts.parseInstant("2013-12-05T08:30+07:00", "meetingAt")).isEqualTo(Instant.parse("2013-12-05T01:30:00Z"));
    }
}
