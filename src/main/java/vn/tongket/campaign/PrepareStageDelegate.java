package vn.tongket.campaign;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Opens a stage: computes its units from the model (stored in campaign_unit_stage as OPEN) and sets the
 * list of their codes ({@code reviewUnits}, {@code rankingUnits}…) that the multi-instance call activity runs over.
 */
@Component("prepareStageDelegate")
public class PrepareStageDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public PrepareStageDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = CycleProcess.stageOf(execution.getCurrentActivityId());
        var codes = new ArrayList<>(progress.openStage(CycleProcess.campaignId(execution), stage));
        execution.setVariable(stage.unitsVariable(),
                Variables.objectValue(codes).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
    }
}
