package vn.tongket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Issue 10 build item 6: the JVM time zone is set where the app starts, from tongket.calendar.zone. */
class TongketApplicationZoneTest {

    @Test
    void withoutSetting_theJvmZoneIsHanoi() {
        if (System.getProperty("tongket.calendar.zone") == null && System.getenv("TONGKET_CALENDAR_ZONE") == null) {
            assertThat(TongketApplication.campaignZone(new String[0])).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
        }
    }

    @Test
    void theCommandLineSetting_wins() {
        assertThat(TongketApplication.campaignZone(new String[] {"--server.port=1", "--tongket.calendar.zone=Asia/Bangkok"}))
                .isEqualTo(ZoneId.of("Asia/Bangkok"));
    }
}
