package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CampaignTimeTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        CampaignTime.configure(ZoneId.of(CampaignTime.DEFAULT_ZONE));
    }

    @Test
    void now_followsTheEngineClock_soASimulatedYearWritesItsOwnTime() {
        Instant moved = Instant.parse("2013-12-20T01:30:00Z");
        ClockUtil.setCurrentTime(Date.from(moved));
        assertThat(CampaignTime.now()).isEqualTo(moved);
        assertThat(CampaignTime.nowTimestamp().toInstant()).isEqualTo(moved);
        assertThat(CampaignTime.nowLocal()).isEqualTo(LocalDateTime.of(2013, 12, 20, 8, 30));   // +07:00
        assertThat(CampaignTime.today()).isEqualTo(LocalDate.of(2013, 12, 20));
    }

    @Test
    void zone_isTheConfiguredOne_andTheDatesReadInIt() {
        assertThat(CampaignTime.zone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        Instant lateEvening = Instant.parse("2013-12-30T18:00:00Z");   // 31/12 01:00 in Vietnam
        assertThat(CampaignTime.localDate(Date.from(lateEvening))).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(CampaignTime.formatDateTime(lateEvening)).isEqualTo("31/12/2013 01:00");
        CampaignTime.configure(ZoneId.of("UTC"));
        assertThat(CampaignTime.localDate(Date.from(lateEvening))).isEqualTo(LocalDate.of(2013, 12, 30));
        assertThat(CampaignTime.formatDateTime(lateEvening)).isEqualTo("30/12/2013 18:00");
    }

    @Test
    void dates_inTheVietnameseFormat() {
        assertThat(CampaignTime.formatDate(LocalDate.of(2013, 12, 5))).isEqualTo("05/12/2013");
        assertThat(CampaignTime.formatDate(null)).isEmpty();
        assertThat(CampaignTime.dateTimeSeconds().format(Instant.parse("2013-12-05T02:03:04Z"))).isEqualTo("05/12/2013 09:03:04");
    }
}
