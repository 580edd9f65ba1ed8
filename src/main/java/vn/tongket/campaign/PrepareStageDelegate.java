package vn.tongket.campaign;

import java.time.Instant;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tongket.calendar.CampaignCalendar;

/**
 * Opens a stage of one organization's pipeline: computes its units from the model (the organization and those
 * under it without a pipeline of their own), stores them OPEN (LATE at once when the stage's deadline has passed)
 * and sets the list the multi-instance call activity runs over ({@code reviewUnits}, {@code voteUnits}…); for the
 * evaluation, the collectives and cadres ({@code evaluationTargets}); for the ranking, whether the organization
 * ranks at all ({@code unitRanks}) and its conference row.
 */
@Component("prepareStageDelegate")
public class PrepareStageDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public PrepareStageDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Stage stage = UnitCycleProcess.stageOf(execution.getCurrentActivityId());
        long campaignId = CycleProcess.campaignId(execution);
        boolean legacy = UnitCycleProcess.isLegacy(execution.getCurrentActivityId());
        // a cycle started from the 2013-era diagram opens each stage bloc-wide (unit null), its late units are
        // recorded by that diagram's own timers
        String unit = legacy ? null : (String) execution.getVariable(UnitCycleProcess.VAR_UNIT);
        var codes = new ArrayList<>(progress.openStage(campaignId, stage, unit, legacy ? null : lateFrom(execution, stage)));
        execution.setVariable(stage.unitsVariable(), json(codes));
        switch (stage) {
            case RANKING -> {
                if (!legacy) {
                    execution.setVariable(UnitCycleProcess.VAR_UNIT_RANKS, codes.contains(unit));
                    progress.openStage(campaignId, Stage.CONFERENCE, unit, lateFrom(execution, Stage.CONFERENCE));
                }
            }
            case EVALUATION -> execution.setVariable(UnitCycleProcess.VAR_EVALUATION_TARGETS,
                    json(new ArrayList<>(progress.evaluationTargets(campaignId, unit, codes))));
            case VOTE -> {
                execution.setVariable(UnitCycleProcess.VAR_VOTE_DATE, defaultVoteDate(
                        (String) execution.getVariable(stage.deadline().deadlineVariable())).toString());
                if (!legacy) {
                    execution.setVariable(UnitCycleProcess.VAR_VOTE_REPORT_UNITS, json(
                            codes.contains(unit) && reportsUp(execution, unit) ? new ArrayList<>(java.util.List.of(unit)) : new ArrayList<>()));
                }
            }
            case REVIEW -> {
                if (!legacy) {
                    execution.setVariable(UnitCycleProcess.VAR_REPORT_UNITS, json(
                            reportsUp(execution, unit) ? new ArrayList<>(java.util.List.of(unit)) : new ArrayList<>()));
                }
            }
            default -> { }
        }
    }

    /**
     * Whether the organization sends its reports through ReportSubmissionProcess: not the bloc, and only where that
     * process is deployed (it comes with the reports feature; without it the pipeline skips the report steps).
     */
    private boolean reportsUp(DelegateExecution execution, String unit) {
        return progress.reportsUp(unit) && execution.getProcessEngineServices().getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(UnitCycleProcess.REPORT_PROCESS_KEY).count() > 0;
    }

    private static Instant lateFrom(DelegateExecution execution, Stage stage) {
        Object iso = execution.getVariable(stage.deadline().deadlineVariable());
        return iso == null ? null : CampaignCalendar.parse((String) iso).toInstant();
    }

    private static Object json(ArrayList<String> list) {
        return Variables.objectValue(list).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    /**
     * The vote day proposed to each conference (yyyy-MM-dd, the conference may move it): three days before the
     * last day allowed, or tomorrow when that has passed.
     */
    static java.time.LocalDate defaultVoteDate(String lateFromIso) {
        var lateFrom = CampaignCalendar.parse(lateFromIso);
        java.time.LocalDate planned = lateFrom.toLocalDate().minusDays(4);
        java.time.LocalDate tomorrow = vn.tongket.common.CampaignTime.now()
                .atOffset(lateFrom.getOffset()).toLocalDate().plusDays(1);
        return planned.isBefore(tomorrow) ? tomorrow : planned;
    }
}
