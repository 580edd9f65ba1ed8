package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

/** On completing the BTV ĐUK's decision: checks it against the proposal and the vetoes, and stores it. */
@Component("unitCategoryDecisionTaskListener")
public class UnitCategoryDecisionTaskListener implements TaskListener {

    private final UnitRankingService units;

    public UnitCategoryDecisionTaskListener(UnitRankingService units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        Object value = task.getVariable(RankingProcess.CATEGORY);
        UnitCategory decided;
        try {
            decided = value == null ? null : UnitCategory.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            throw new DomainException(RankingProcess.CATEGORY, "Loại xếp hạng không hợp lệ: " + value);
        }
        Object reason = task.getVariable(RankingProcess.DECISION_REASON);
        units.decide(RankingProcess.unitCode(task), RankingProcess.campaignYear(task), decided, reason == null ? null : reason.toString());
    }
}
