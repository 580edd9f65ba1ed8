package vn.tongket.calendar;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the {@link CampaignCalendar} of a year from configuration and the override table. */
@Service
public class CampaignCalendarService {

    private final CalendarProperties properties;
    private final CalendarOverrideRepository overrides;

    public CampaignCalendarService(CalendarProperties properties, CalendarOverrideRepository overrides) {
        this.properties = properties;
        this.overrides = overrides;
    }

    @Transactional(readOnly = true)
    public CampaignCalendar forYear(int year) {
        if (year < 2000 || year > 2100) { // the same bound as CampaignCalendar, as an error the user can fix (400)
            throw new vn.tongket.common.DomainException("year", "Năm tổng kết không hợp lệ: " + year + " (từ 2000 đến 2100)");
        }
        Map<Deadline, CampaignCalendar.WrittenDate> moved = new EnumMap<>(Deadline.class);
        properties.getOverrides().getOrDefault(year, Map.of())
                .forEach((d, date) -> moved.put(d, new CampaignCalendar.WrittenDate(date, d.mode())));
        for (CalendarOverride o : overrides.findByYear(year)) {
            moved.put(o.getDeadline(), new CampaignCalendar.WrittenDate(o.getDate(), o.getMode()));
        }
        return new CampaignCalendar(year, properties.getZone(), properties.getFirstReminder(),
                properties.getReminderInterval(), moved);
    }

    /** Moves one date of a year; the mode defaults to the guidance's wording of that date. */
    @Transactional
    public CalendarOverride override(int year, Deadline deadline, LocalDate date, DeadlineMode mode, String note) {
        DeadlineMode m = mode != null ? mode : deadline.mode();
        CalendarOverride o = overrides.findByYearAndDeadline(year, deadline)
                .orElseGet(() -> new CalendarOverride(year, deadline, date, m, note));
        o.setDate(date);
        o.setMode(m);
        o.setNote(note);
        return overrides.save(o);
    }
}
