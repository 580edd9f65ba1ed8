package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A reminder before the ranking deadline: counted in {@code reminderCount} (visible in Cockpit) and logged.
 * There is no mail server in this deployment; the open tasks carry their due date in Tasklist.
 */
@Component("sendRankingReminderDelegate")
public class SendRankingReminderDelegate implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(SendRankingReminderDelegate.class);

    @Override
    public void execute(DelegateExecution execution) {
        Object n = execution.getVariable(RankingProcess.REMINDER_COUNT);
        int count = (n instanceof Number x ? x.intValue() : 0) + 1;
        execution.setVariable(RankingProcess.REMINDER_COUNT, count);
        log.info("Nhắc hạn xếp loại lần {}: đơn vị {}, năm {}, hạn {}", count, RankingProcess.unitCode(execution),
                RankingProcess.campaignYear(execution), RankingProcess.RANKING_DUE.get(execution));
    }
}
