package vn.tongket.commendation;

import vn.tongket.common.CampaignTime;

import static vn.tongket.commendation.CommendationProcess.*;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;

/** On completing Task_EnterDecisions: numbers and dates of the decisions, written to commendation_history. */
@Component("recordDecisionsListener")
public class RecordDecisionsListener implements TaskListener {

    private final CommendationService service;

    public RecordDecisionsListener(CommendationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        int rows = service.recordDecisions(CAMPAIGN_YEAR.require(task),
                BLOC_DECISION_NO.get(task), date(task.getVariable(BLOC_DECISION_DATE), BLOC_DECISION_DATE),
                PROVINCE_DECISION_NO.get(task), date(task.getVariable(PROVINCE_DECISION_DATE), PROVINCE_DECISION_DATE));
        HISTORY_ROWS.set(task, rows);
    }

    static LocalDate date(Object value, String field) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date d) {
            return CampaignTime.localDate(d);
        }
        try {
            String s = value.toString().trim();
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new DomainException(field, "Ngày không hợp lệ (định dạng yyyy-mm-dd): " + value);
        }
    }
}
