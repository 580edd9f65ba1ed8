package vn.tongket.vote;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrganizationService;

/**
 * Creates the vote with candidates and voters from the model; sets the ids and groups the tasks use, and a
 * default counting-board proposal (member codes) that the Ban Tổ chức edits in Tasklist.
 */
@Component("prepareVoteDelegate")
public class PrepareVoteDelegate implements JavaDelegate {

    private final VoteService votes;
    private final OrganizationService organization;

    public PrepareVoteDelegate(VoteService votes, OrganizationService organization) {
        this.votes = votes;
        this.organization = organization;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String unitCode = ConfidenceVoteProcess.string(execution, ConfidenceVoteProcess.UNIT_CODE);
        int year = ((Number) execution.getVariable(ConfidenceVoteProcess.CAMPAIGN_YEAR)).intValue();
        var voteDate = ComputeVoteWindowsDelegate.voteDate(execution.getVariable(ConfidenceVoteProcess.VOTE_DATE));
        VoteService.Prepared p = votes.prepare(unitCode, year, voteDate, execution.getProcessInstanceId());
        var v = votes.header(p.voteId());
        var unit = organization.unit(unitCode);
        execution.setVariable(ConfidenceVoteProcess.VOTE_ID, p.voteId());
        execution.setVariable(ConfidenceVoteProcess.CANDIDATE_CODES, ConfidenceVoteProcess.codes(p.candidateCodes()));
        execution.setVariable(ConfidenceVoteProcess.HAS_REFUSALS, !p.refusals().isEmpty());
        execution.setVariable(ConfidenceVoteProcess.REFUSAL_MESSAGE, String.join("\n", p.refusals()));
        execution.setVariable(ConfidenceVoteProcess.VOTER_GROUP, v.voterGroup());
        execution.setVariable(ConfidenceVoteProcess.SUPERIOR_GROUP, v.superiorGroup());
        execution.setVariable(ConfidenceVoteProcess.PRESIDING_GROUP, CommitteeGroups.leadingCommittee(unit));
        execution.setVariable(ConfidenceVoteProcess.ANSWER_GROUP, VoteService.answerGroup(v));
        execution.setVariable(ConfidenceVoteProcess.ORGANIZATION_BOARD_GROUP, CommitteeGroups.ORGANIZATION_BOARD);
        execution.setVariable(ConfidenceVoteProcess.BLOC_STANDING_GROUP, CommitteeGroups.standingCommittee(organization.bloc().getCode()));
        execution.setVariable(ConfidenceVoteProcess.COUNTING_BOARD_PROPOSAL, String.join(", ", votes.defaultBoardProposal(p.voteId())));
        execution.setVariable(ConfidenceVoteProcess.COUNTING_BOARD_ELIGIBLE, String.join("\n", votes.boardEligible(p.voteId()).stream()
                .map(m -> m.getCode() + " — " + m.getFullName()).toList()));
    }
}
