package vn.tongket.calendar;

import vn.tongket.common.CampaignTime;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The dates of campaign year N (plain Java, no Spring or Camunda). Each deadline is the date the guidance
 * writes, moved to N or N+1, or the override for that year; {@link DeadlineMode} turns it into the instant
 * from which the step is late.
 */
public final class CampaignCalendar {

    /** A date as the guidance words it: the written day and whether it is "before" or "at the latest". */
    public record WrittenDate(LocalDate date, DeadlineMode mode) {
    }

    private final int year;
    private final ZoneId zone;
    private final Period firstReminder;
    private final Period reminderInterval;
    private final Map<Deadline, WrittenDate> dates = new EnumMap<>(Deadline.class);

    public CampaignCalendar(int year, ZoneId zone, Period firstReminder, Period reminderInterval,
                            Map<Deadline, WrittenDate> overrides) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("Năm tổng kết không hợp lệ: " + year);
        }
        this.year = year;
        this.zone = zone;
        this.firstReminder = firstReminder;
        this.reminderInterval = reminderInterval;
        for (Deadline d : Deadline.values()) {
            WrittenDate written = overrides.get(d);
            dates.put(d, written != null ? written
                    : new WrittenDate(d.date().atYear(year + d.yearOffset()), d.mode()));
        }
    }

    public static CampaignCalendar of(int year) {
        return new CampaignCalendar(year, CampaignTime.zone(), Period.ofDays(7), Period.ofDays(3), Map.of());
    }

    public int year() {
        return year;
    }

    public ZoneId zone() {
        return zone;
    }

    /** The date as written (after the N / N+1 correction and any override). */
    public WrittenDate written(Deadline deadline) {
        return dates.get(deadline);
    }

    /** The last calendar day on which the step is still on time. */
    public LocalDate lastDay(Deadline deadline) {
        WrittenDate w = dates.get(deadline);
        return w.mode() == DeadlineMode.BEFORE ? w.date().minusDays(1) : w.date();
    }

    /** The instant from which the step is late: start of the written day ("before") or of the next day. */
    public ZonedDateTime lateFrom(Deadline deadline) {
        return lastDay(deadline).plusDays(1).atStartOfDay(zone);
    }

    /** The due date shown in Tasklist: the last second still on time. */
    public ZonedDateTime due(Deadline deadline) {
        return lateFrom(deadline).minusSeconds(1);
    }

    public boolean isLate(Deadline deadline, ZonedDateTime when) {
        return !when.isBefore(lateFrom(deadline));
    }

    /**
     * Reminders as an ISO-8601 repeating interval for a non-interrupting timer: the first one
     * {@code firstReminder} before the deadline, then every {@code reminderInterval} while before it.
     */
    public String reminderCycle(Deadline deadline) {
        return reminderCycle(deadline, null);
    }

    /**
     * The reminders still ahead of {@code now}: Camunda refuses a cycle whose repetitions are all past, so a
     * process started late (or for a past year, e.g. the 2013 demo outside a simulation) gets the remaining
     * reminders, or a single one a minute after {@code now} when none remain.
     */
    public String reminderCycle(Deadline deadline, ZonedDateTime now) {
        ZonedDateTime late = lateFrom(deadline);
        ZonedDateTime next = late.minus(firstReminder);
        int remaining = 0;
        ZonedDateTime firstRemaining = null;
        for (ZonedDateTime r = next; r.isBefore(late); r = r.plus(reminderInterval)) {
            if (now == null || r.isAfter(now)) {
                remaining++;
                firstRemaining = firstRemaining == null ? r : firstRemaining;
            }
            if (reminderInterval.isZero()) {
                break;
            }
        }
        if (firstRemaining == null) {
            return "R1/" + iso(now.plusMinutes(1)) + "/" + reminderInterval;
        }
        return "R" + remaining + "/" + iso(firstRemaining) + "/" + reminderInterval;
    }

    /** Every date as process variables (ISO-8601 strings with offset), plus {@code campaignYear}. */
    public Map<String, Object> variables() {
        return variables(null);
    }

    /** As {@link #variables()}, with reminder cycles reduced to the reminders still ahead of {@code now}. */
    public Map<String, Object> variables(ZonedDateTime now) {
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("campaignYear", year);
        for (Deadline d : Deadline.values()) {
            vars.put(d.deadlineVariable(), iso(lateFrom(d)));
            vars.put(d.dueVariable(), iso(due(d)));
            vars.put(d.reminderVariable(), reminderCycle(d, now));
        }
        return vars;
    }

    public static String iso(ZonedDateTime t) {
        return t.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    public static OffsetDateTime parse(String iso) {
        return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
