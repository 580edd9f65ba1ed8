package vn.tongket.review;

import vn.tongket.common.CampaignTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import vn.tongket.common.DomainException;

/** Date parsing and formatting for the review (Vietnamese display, the campaign's zone). */
public final class ReviewTexts {

    public static final ZoneId ZONE = CampaignTime.zone();
    private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZONE);

    private ReviewTexts() {
    }

    public static String format(Instant t) {
        return t == null ? "" : DISPLAY.format(t);
    }

    /**
     * A date-time from a form or a variable: a {@link Date}, an ISO instant with offset ("2013-12-10T08:00+07:00",
     * "…Z") or a local date-time read in Vietnam time ("2013-12-10T08:00").
     */
    public static Instant parseInstant(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        String s = value.toString().trim();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(s).atZone(ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                throw new DomainException(field, "Thời gian không hợp lệ: " + s + " (định dạng yyyy-MM-ddTHH:mm)");
            }
        }
    }

    public static String iso(Instant t) {
        return OffsetDateTime.ofInstant(t, ZONE).toString();
    }
}
