package vn.tongket.calendar;

import vn.tongket.common.CallActivityContract;

import vn.tongket.common.CampaignTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import java.util.function.IntFunction;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Start listener of every campaign process ({@code camunda:executionListener event="start"
 * delegateExpression="${campaignCalendarListener}"}): from {@code campaignYear} it sets the ISO-8601 date
 * variables that timers ({@code timeDate="${reviewDeadline}"}) and due dates ({@code ${reviewDue}}) use.
 * Variables passed in by the caller (e.g. a test, or the annual cycle) are kept.
 */
@Component("campaignCalendarListener")
public class CampaignCalendarListener implements ExecutionListener {

    private final IntFunction<CampaignCalendar> calendars;

    @Autowired
    public CampaignCalendarListener(CampaignCalendarService calendars) {
        this(calendars::forYear);
    }

    /** For engine-only tests: {@code new CampaignCalendarListener(CampaignCalendar::of)}. */
    public CampaignCalendarListener(IntFunction<CampaignCalendar> calendars) {
        this.calendars = calendars;
    }

    @Override
    public void notify(DelegateExecution execution) {
        Object year = CallActivityContract.CAMPAIGN_YEAR.get(execution);
        if (year == null) {
            throw new vn.tongket.common.DomainException("campaignYear", "Thiếu năm tổng kết (campaignYear)");
        }
        int y = year instanceof Number n ? n.intValue() : Integer.parseInt(year.toString().trim());
        CampaignCalendar calendar = calendars.apply(y);
        calendar.variables(CampaignTime.now().atZone(calendar.zone())).forEach((name, value) -> {
            if (!execution.hasVariable(name)) {
                execution.setVariable(name, value);
            }
        });
    }
}
