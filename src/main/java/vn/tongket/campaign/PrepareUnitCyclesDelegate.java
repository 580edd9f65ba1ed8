package vn.tongket.campaign;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Lists the organizations of the campaign that run their own pipeline (the bloc's own bodies, each grassroots
 * organization, each mass organization) in {@code cycleUnits}, over which the cycle calls UnitCycleProcess.
 * One subtree read for the whole campaign.
 */
@Component("prepareUnitCyclesDelegate")
public class PrepareUnitCyclesDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public PrepareUnitCyclesDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var units = new ArrayList<>(progress.cycleUnits(CycleProcess.campaignId(execution)));
        execution.setVariable(CycleProcess.VAR_CYCLE_UNITS,
                Variables.objectValue(units).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
