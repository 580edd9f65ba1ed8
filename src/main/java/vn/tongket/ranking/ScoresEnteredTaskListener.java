package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a scoring task: refuses when that side's points are not saved; after the superior's scoring,
 * computes the proposal (band + vetoes) and puts it into {@code proposedCategory} for the BTV ĐUK's form.
 */
@Component("scoresEnteredTaskListener")
public class ScoresEnteredTaskListener implements TaskListener {

    private final UnitRankingService units;

    public ScoresEnteredTaskListener(UnitRankingService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        String unit = RankingProcess.unitCode(task);
        int year = RankingProcess.campaignYear(task);
        boolean superior = RankingProcess.TASK_SUPERIOR_SCORE.equals(task.getTaskDefinitionKey());
        units.requireScores(unit, year, superior ? UnitRankingService.Side.SUPERIOR : UnitRankingService.Side.SELF);
        if (superior) {
            ScorecardEvaluation e = units.propose(unit, year);
            task.getExecution().setVariable(RankingProcess.PROPOSED_CATEGORY, e.proposedCategory().name());
            task.getExecution().setVariable(RankingProcess.PROPOSED_CATEGORY_LABEL, e.proposedCategory().label()
                    + " (" + e.score().stripTrailingZeros().toPlainString() + " điểm)");
        }
    }
}
