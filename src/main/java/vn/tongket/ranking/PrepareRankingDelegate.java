package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;

/** Checks the unit is a grassroots organization, sets its committee groups, makes sure the year has a scorecard
 * and keeps the reminder cycle usable when the year is already past ({@link ReminderCycle}). */
@Component("prepareRankingDelegate")
public class PrepareRankingDelegate implements JavaDelegate {

    private final UnitRankingService units;
    private final ScorecardService scorecards;

    public PrepareRankingDelegate(UnitRankingService units, ScorecardService scorecards) {
        this.units = units;
        this.scorecards = scorecards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        OrgUnit unit = units.grassroots(RankingProcess.unitCode(execution));
        scorecards.forYear(RankingProcess.campaignYear(execution));
        execution.setVariable(RankingProcess.UNIT_NAME, unit.getName());
        execution.setVariable(RankingProcess.UNIT_COMMITTEE_GROUP, CommitteeGroups.leadingCommittee(unit));
        execution.setVariable(RankingProcess.SUPERIOR_GROUP, CommitteeGroups.superiorCommittee(unit));
    }
}
