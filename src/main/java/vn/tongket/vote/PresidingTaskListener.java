package vn.tongket.vote;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrganizationService;

/**
 * "Phê duyệt ban kiểm phiếu", the presiding body's task. On create: a mass organization's head is the assignee
 * ("Trưởng các đoàn thể chủ trì hội nghị lấy phiếu tín nhiệm", C.III.3.3); otherwise the unit's leading committee
 * is the candidate group. On complete: the approval is recorded by the service as the completing user, and the
 * engine (not the form) writes {@code boardApproved}, which the gateway reads.
 */
@Component("presidingTaskListener")
public class PresidingTaskListener implements TaskListener {

    private final VoteService votes;
    private final OrganizationService organization;
    private final IdentityService identity;

    public PresidingTaskListener(VoteService votes, OrganizationService organization, IdentityService identity) {
        this.votes = votes;
        this.organization = organization;
        this.identity = identity;
    }

    @Override
    public void notify(DelegateTask task) {
        long voteId = votes.voteIdOfProcess(task.getProcessInstanceId());
        VoteViews.VoteHeader v = votes.header(voteId);
        String head = votes.presidingHead(v.unitCode());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (head != null) {
                task.setAssignee(head);
            } else {
                task.addCandidateGroup(CommitteeGroups.leadingCommittee(organization.unit(v.unitCode())));
            }
            return;
        }
        boolean approved = Boolean.TRUE.equals(task.getVariable(ConfidenceVoteProcess.COUNTING_BOARD_APPROVED));
        VoteViews.Actor actor = EngineActor.of(identity);
        if (actor == null) {
            actor = head != null ? new VoteViews.Actor(head, List.of(), false)
                    : new VoteViews.Actor(EngineActor.SYSTEM, List.of(CommitteeGroups.leadingCommittee(organization.unit(v.unitCode()))), false);
        }
        boolean recorded = votes.approveBoard(voteId, approved, actor);
        task.getExecution().setVariable(ConfidenceVoteProcess.BOARD_APPROVED, recorded);
        if (recorded) {
            task.getExecution().setVariable(ConfidenceVoteProcess.COUNTING_BOARD_USERS,
                    String.join(",", votes.board(voteId).stream().map(VoteViews.BoardMember::memberCode).toList()));
        }
    }
}
