package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Writes the decided category with both scores into unit_ranking_history (source PROCESS). */
@Component("recordUnitRankingDelegate")
public class RecordUnitRankingDelegate implements JavaDelegate {

    private final UnitRankingService units;

    public RecordUnitRankingDelegate(UnitRankingService units) {
        this.units = units;
    }

    @Override
    public void execute(DelegateExecution execution) {
        units.record(RankingProcess.unitCode(execution), RankingProcess.campaignYear(execution));
    }
}
