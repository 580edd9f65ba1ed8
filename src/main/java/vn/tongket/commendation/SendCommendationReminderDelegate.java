package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Reminder before the cut-off: counted in {@code reminderCount} (visible in Cockpit and Tasklist) and logged;
 * the open task keeps its due date, which Tasklist highlights. No mail server is assumed.
 */
@Component("sendCommendationReminderDelegate")
public class SendCommendationReminderDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendCommendationReminderDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        Integer n = REMINDER_COUNT.get(execution);
        REMINDER_COUNT.set(execution, n == null ? 1 : n + 1);
        log.info("Nhắc hạn gửi hồ sơ khen thưởng: đơn vị {}, năm {}, hạn {}", UNIT_CODE.get(execution),
                CAMPAIGN_YEAR.get(execution), CommendationProcess.COMMENDATION_DUE.get(execution));
    }
}
