package vn.tongket.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tongket.calendar.CampaignCalendar;

/**
 * Runs when a deadline timer of the cycle fires (non-interrupting: every pipeline goes on): records late the
 * units still open in a stage whose deadline has passed — per unit and stage, paused units excepted — and
 * prepares one overdue notice per superior body; their ids go to {@code overdueNotices}, one task each.
 */
@Component("recordOverdueDelegate")
public class RecordOverdueDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public RecordOverdueDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CycleProcess.DeadlineCheck check = CycleProcess.checkOf(execution.getCurrentActivityId());
        Map<Stage, Instant> lateFrom = new EnumMap<>(Stage.class);
        for (Stage s : check.stagesDue()) {
            lateFrom.put(s, CampaignCalendar.parse((String) execution.getVariable(s.deadline().deadlineVariable())).toInstant());
        }
        var ids = new ArrayList<String>();
        progress.recordOverdue(CycleProcess.campaignId(execution), check.deadline().name(), check.stagesDue(), lateFrom)
                .forEach(id -> ids.add(String.valueOf(id)));
        execution.setVariable(CycleProcess.VAR_OVERDUE_NOTICES,
                Variables.objectValue(ids).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
