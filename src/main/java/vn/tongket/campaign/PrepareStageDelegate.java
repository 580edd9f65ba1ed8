package vn.tongket.campaign;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Opens a stage: computes its units from the model (stored in campaign_unit_stage as OPEN) and sets the
 * list of their codes ({@code reviewUnits}, {@code rankingUnits}…) that the multi-instance call activity runs over;
 * for the evaluation stage, the list of collectives and cadres ({@code evaluationTargets}, see {@link CycleTargets}).
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
        if (stage == Stage.EVALUATION) {
            var targets = new ArrayList<>(progress.evaluationTargets(CycleProcess.campaignId(execution), codes));
            execution.setVariable(CycleProcess.VAR_EVALUATION_TARGETS,
                    Variables.objectValue(targets).serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        }
        if (stage == Stage.VOTE) {
            execution.setVariable(CycleProcess.VAR_VOTE_DATE, defaultVoteDate(
                    (String) execution.getVariable(stage.deadline().deadlineVariable())).toString());
        }
    }

    /**
     * The vote day proposed to each conference (yyyy-MM-dd, the conference may move it): three days before the
     * last day allowed, or tomorrow when that has passed.
     */
    static java.time.LocalDate defaultVoteDate(String lateFromIso) {
        var lateFrom = vn.tongket.calendar.CampaignCalendar.parse(lateFromIso);
        java.time.LocalDate planned = lateFrom.toLocalDate().minusDays(4);
        java.time.LocalDate tomorrow = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .atOffset(lateFrom.getOffset()).toLocalDate().plusDays(1);
        return planned.isBefore(tomorrow) ? tomorrow : planned;
    }
}
