package vn.tongket.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * End listener of each instance of a stage's multi-instance call activity: the unit's per-unit process
 * ended, so its row becomes DONE (with the called instance id, found by business key in the history).
 */
@Component("stageUnitDoneListener")
public class StageUnitDoneListener implements ExecutionListener {

    private final CampaignProgress progress;

    public StageUnitDoneListener(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Stage stage = CycleProcess.stageOf(execution.getCurrentActivityId());
        String unit = (String) execution.getVariable(CycleProcess.VAR_TARGET_UNIT);
        HistoricProcessInstance called = execution.getProcessEngineServices().getHistoryService()
                .createHistoricProcessInstanceQuery()
                .superProcessInstanceId(execution.getProcessInstanceId())
                .processInstanceBusinessKey(unit + ":" + CycleProcess.year(execution))
                .processDefinitionKey(stage.processKey())
                .list().stream().findFirst().orElse(null);
        progress.unitDone(CycleProcess.campaignId(execution), stage, unit, called == null ? null : called.getId());
    }
}
