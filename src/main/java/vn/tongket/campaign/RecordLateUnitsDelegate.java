package vn.tongket.campaign;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tongket.calendar.CampaignCalendar;

/**
 * Kept for cycles started from the 2013-era diagram (one bloc-wide multi-instance per stage, deadline timers
 * "Task_RecordLate&lt;Stage&gt;s"): records the units still open in that stage late, as before. The overdue notices
 * it also writes have no task in that old diagram (the new diagram gives them one); see docs/cycle.md.
 */
@Component("recordLateUnitsDelegate")
public class RecordLateUnitsDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public RecordLateUnitsDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = UnitCycleProcess.stageOf(execution.getCurrentActivityId());
        Instant deadline = CampaignCalendar.parse((String) execution.getVariable(stage.deadline().deadlineVariable())).toInstant();
        progress.recordOverdue(CycleProcess.campaignId(execution), stage.deadline().name(), List.of(stage),
                Map.of(stage, deadline));
    }
}
