package vn.tongket.calendar;

import vn.tongket.common.CampaignTime;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tongket.calendar.*}: time zone, reminder offsets and per-year overrides, e.g.
 * {@code tongket.calendar.overrides.2013.REVIEW_DONE=2013-12-24}. Rows of {@code calendar_override} win over these.
 */
@ConfigurationProperties("tongket.calendar")
public class CalendarProperties {

    private ZoneId zone = CampaignTime.zone();
    private Period firstReminder = Period.ofDays(7);
    private Period reminderInterval = Period.ofDays(3);
    private Map<Integer, Map<Deadline, LocalDate>> overrides = new HashMap<>();

    public ZoneId getZone() { return zone; }
    public void setZone(ZoneId zone) { this.zone = zone; CampaignTime.configure(zone); }
    public Period getFirstReminder() { return firstReminder; }
    public void setFirstReminder(Period firstReminder) { this.firstReminder = firstReminder; }
    public Period getReminderInterval() { return reminderInterval; }
    public void setReminderInterval(Period reminderInterval) { this.reminderInterval = reminderInterval; }
    public Map<Integer, Map<Deadline, LocalDate>> getOverrides() { return overrides; }
    public void setOverrides(Map<Integer, Map<Deadline, LocalDate>> overrides) { this.overrides = overrides; }
}
