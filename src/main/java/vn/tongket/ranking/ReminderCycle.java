package vn.tongket.ranking;

import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeFormatter;

/**
 * Keeps a reminder cycle ({@code Rn/start/Pperiod}, from the calendar) usable when a process starts late: Camunda
 * refuses a cycle whose repetitions are all in the past ("duedate is null"), which happens when a past campaign
 * year (e.g. the 2013 demo) is run today. Then one reminder is sent a minute after the start. Plain Java.
 */
public final class ReminderCycle {

    private ReminderCycle() {
    }

    public static String usable(String cycle, OffsetDateTime now) {
        String[] parts = cycle.split("/");
        if (parts.length != 3 || !parts[0].startsWith("R")) {
            return cycle;
        }
        int repetitions = Integer.parseInt(parts[0].substring(1));
        OffsetDateTime start = OffsetDateTime.parse(parts[1]);
        Period period = Period.parse(parts[2]);
        OffsetDateTime last = start.plus(period.multipliedBy(Math.max(0, repetitions - 1)));
        if (last.isAfter(now)) {
            return cycle;
        }
        return "R1/" + now.plusMinutes(1).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/" + parts[2];
    }
}
