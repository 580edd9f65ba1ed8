package vn.tongket.common;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The campaign's time, one way everywhere: the zone of {@code tongket.calendar.zone} (set once at start-up by
 * {@link #configure}), "now" from the engine clock (a simulated year moves it, so every write follows it) and the
 * Vietnamese date formats (dd/MM/yyyy, dd/MM/yyyy HH:mm).
 */
public final class CampaignTime {

    /** The default of {@code tongket.calendar.zone} (application.yaml holds the same value). */
    public static final String DEFAULT_ZONE = "Asia/Ho_Chi_Minh";

    /** dd/MM/yyyy: a date as members read it on paper. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** dd/MM/yyyy HH:mm */
    public static final String DATE_TIME_PATTERN = "dd/MM/yyyy HH:mm";
    /** dd/MM/yyyy HH:mm:ss (minutes of a vote, audit lines) */
    public static final String DATE_TIME_SECONDS_PATTERN = "dd/MM/yyyy HH:mm:ss";

    private static volatile ZoneId zone = ZoneId.of(DEFAULT_ZONE);

    private CampaignTime() {
    }

    /** Sets the zone from configuration (once, at start-up). */
    public static void configure(ZoneId configured) {
        if (configured != null) {
            zone = configured;
        }
    }

    public static ZoneId zone() {
        return zone;
    }

    /** The engine clock's now (ClockUtil: moved by the simulator and by tests). */
    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static Timestamp nowTimestamp() {
        return Timestamp.from(now());
    }

    public static LocalDateTime nowLocal() {
        return LocalDateTime.ofInstant(now(), zone);
    }

    public static LocalDate today() {
        return LocalDate.ofInstant(now(), zone);
    }

    public static LocalDate localDate(Date d) {
        return d.toInstant().atZone(zone).toLocalDate();
    }

    /** dd/MM/yyyy */
    public static String formatDate(LocalDate d) {
        return d == null ? "" : DATE.format(d);
    }

    /** dd/MM/yyyy HH:mm in the campaign's zone. */
    public static DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofPattern(DATE_TIME_PATTERN).withZone(zone);
    }

    /** dd/MM/yyyy HH:mm:ss in the campaign's zone. */
    public static DateTimeFormatter dateTimeSeconds() {
        return DateTimeFormatter.ofPattern(DATE_TIME_SECONDS_PATTERN).withZone(zone);
    }

    /** dd/MM/yyyy HH:mm of an instant or a local date-time. */
    public static String formatDateTime(TemporalAccessor t) {
        return t == null ? "" : dateTime().format(t);
    }
}
