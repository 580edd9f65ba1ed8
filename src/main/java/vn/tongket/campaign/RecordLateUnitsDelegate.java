package vn.tongket.campaign;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tongket.calendar.CampaignCalendar;

/**
 * Runs when a stage's deadline timer fires (non-interrupting: the stage goes on): records every unit still
 * open as late (campaign_unit_stage LATE + campaign_late_record) and keeps their codes in
 * {@code <stage>LateUnits}, so Cockpit shows who was late.
 */
@Component("recordLateUnitsDelegate")
public class RecordLateUnitsDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public RecordLateUnitsDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = CycleProcess.stageOf(execution.getCurrentActivityId());
        String deadline = (String) execution.getVariable(stage.deadline().deadlineVariable());
        var late = new ArrayList<>(progress.recordLate(CycleProcess.campaignId(execution), stage,
                CampaignCalendar.parse(deadline).toInstant()));
        execution.setVariable(stage.lateUnitsVariable(),
                Variables.objectValue(late).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
