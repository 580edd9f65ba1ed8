package vn.tongket.campaign;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

/**
 * End listener of each instance of a stage's multi-instance call activity in a unit pipeline: the unit's
 * per-unit process ended, so its row becomes DONE (with the called instance id, found by business key in the
 * history of the pipeline's own called instances).
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
        Stage stage = UnitCycleProcess.stageOf(execution.getCurrentActivityId());
        int year = CycleProcess.year(execution);
        String target = (String) execution.getVariable(stage == Stage.EVALUATION
                ? UnitCycleProcess.VAR_EVALUATION_TARGET : UnitCycleProcess.VAR_TARGET_UNIT);
        String unit = CycleTargets.unitOf(target);
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        if (stage == Stage.EVALUATION && !othersOfUnitEnded(execution, history, target, unit, year)) {
            return; // the unit is done with its collective and its last cadre
        }
        HistoricProcessInstance called = history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(execution.getProcessInstanceId())
                .processInstanceBusinessKey(target + ":" + year)
                .processDefinitionKey(stage.processKey())
                .list().stream().findFirst().orElse(null);
        progress.unitDone(CycleProcess.campaignId(execution), stage, unit, called == null ? null : called.getId());
    }

    /**
     * Whether every other evaluation of the unit (collective, cadres) has ended. Two of them ending at once both
     * update the multi-instance body's counters, so one of the two transactions is retried and sees the other.
     */
    private static boolean othersOfUnitEnded(DelegateExecution execution, HistoryService history, String target,
                                             String unit, int year) {
        @SuppressWarnings("unchecked")
        List<String> targets = (List<String>) execution.getVariable(UnitCycleProcess.VAR_EVALUATION_TARGETS);
        String[] others = targets.stream().filter(t -> !t.equals(target) && CycleTargets.unitOf(t).equals(unit))
                .map(t -> t + ":" + year).toArray(String[]::new);
        if (others.length == 0) {
            return true;
        }
        return history.createHistoricProcessInstanceQuery().superProcessInstanceId(execution.getProcessInstanceId())
                .processDefinitionKey(Stage.EVALUATION.processKey()).processInstanceBusinessKeyIn(others)
                .finished().count() == others.length;
    }
}
