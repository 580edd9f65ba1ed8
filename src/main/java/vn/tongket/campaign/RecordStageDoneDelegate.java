package vn.tongket.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * In a unit pipeline: the ranking part of QualityRankingProcess is done (its escalation reached the pipeline, so
 * the vote opens now) or its year-end conference part is done (the called instance ended). Marks the RANKING or
 * CONFERENCE row DONE with the ranking instance's id.
 */
@Component("recordStageDoneDelegate")
public class RecordStageDoneDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public RecordStageDoneDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = UnitCycleProcess.stageOf(execution.getCurrentActivityId());
        String unit = (String) execution.getVariable(UnitCycleProcess.VAR_UNIT);
        HistoricProcessInstance ranking = execution.getProcessEngineServices().getHistoryService()
                .createHistoricProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId())
                .processDefinitionKey(Stage.RANKING.processKey()).list().stream().findFirst().orElse(null);
        progress.unitDone(CycleProcess.campaignId(execution), stage, unit, ranking == null ? null : ranking.getId());
    }
}
