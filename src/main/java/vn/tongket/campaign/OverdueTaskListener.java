package vn.tongket.campaign;

import vn.tongket.common.CampaignTime;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The overdue task of a deadline. On create: binds the task (engine's own id) to its notice, takes the candidate
 * groups and the list shown in the form from the notice row, due in five days. On complete: only a member of those
 * groups (from the identity service, never from a variable) with a direction written; the refusal names why.
 */
@Component("overdueTaskListener")
public class OverdueTaskListener implements TaskListener {

    static final Duration DUE_IN = Duration.ofDays(5);

    private final CampaignProgress progress;

    public OverdueTaskListener(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            Object id = task.getExecution().getVariableLocal(CycleProcess.VAR_OVERDUE_NOTICE);
            CampaignProgress.OverdueTask notice = progress.bindOverdueTask(Long.parseLong(String.valueOf(id)),
                    task.getId(), task.getProcessInstanceId());
            notice.candidateGroups().forEach(task::addCandidateGroup);
            task.setVariableLocal(CycleProcess.VAR_OVERDUE_SUMMARY, notice.summary());
            task.setDueDate(Date.from(CampaignTime.now().plus(DUE_IN)));
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            IdentityService identity = task.getProcessEngineServices().getIdentityService();
            Authentication auth = identity.getCurrentAuthentication();
            String user = auth == null ? null : auth.getUserId();
            List<String> groups = user == null ? List.of() : auth.getGroupIds() != null ? auth.getGroupIds()
                    : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
            progress.handleOverdueTask(task.getId(), user, groups, task.getVariable(CycleProcess.VAR_OVERDUE_DIRECTION));
        }
    }
}
