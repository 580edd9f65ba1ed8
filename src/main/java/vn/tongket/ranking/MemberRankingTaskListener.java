package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing a branch's ranking task: every member of the branch must be ranked. On completing the
 * confirmation: with {@code acceptBranchRanking}, the branches' categories become final where the committee
 * changed nothing; then every member of the organization must have a final category (rules checked again).
 */
@Component("memberRankingTaskListener")
public class MemberRankingTaskListener implements TaskListener {

    private final MemberRankingService members;

    public MemberRankingTaskListener(MemberRankingService members) {
        this.members = members;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = RankingProcess.campaignYear(task);
        if (RankingProcess.TASK_RANK_BRANCH_MEMBERS.equals(task.getTaskDefinitionKey())) {
            String branch = (String) task.getVariable(RankingProcess.BRANCH_CODE);
            members.requireRanked(members.branchRows(branch, year), MemberRankingService.Stage.BRANCH, "Chi bộ " + branch);
            return;
        }
        String unit = RankingProcess.unitCode(task);
        if (Boolean.TRUE.equals(task.getVariable(RankingProcess.ACCEPT_BRANCH_RANKING))) {
            members.acceptBranchRankings(unit, year);
        }
        members.requireRanked(members.unitRows(unit, year), MemberRankingService.Stage.FINAL, "Đơn vị " + unit);
    }
}
