package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ReminderCycleTest {

    private static final String CYCLE = "R3/2013-12-18T00:00+07:00/P3D"; // 18, 21, 24 December

    @Test
    void reminderStillAhead_cycleKept() {
        assertThat(ReminderCycle.usable(CYCLE, OffsetDateTime.parse("2013-12-01T00:00+07:00"))).isEqualTo(CYCLE);
        assertThat(ReminderCycle.usable(CYCLE, OffsetDateTime.parse("2013-12-23T23:59+07:00"))).isEqualTo(CYCLE);
    }

    @Test
    void allRemindersPast_oneReminderAMinuteLater() {
        assertThat(ReminderCycle.usable(CYCLE, OffsetDateTime.parse("2013-12-24T00:00+07:00")))
                .isEqualTo("R1/2013-12-24T00:01:00+07:00/P3D");
        assertThat(ReminderCycle.usable(CYCLE, OffsetDateTime.parse("2026-11-27T10:00+07:00")))
                .startsWith("R1/2026-11-27T10:01");
    }
}
