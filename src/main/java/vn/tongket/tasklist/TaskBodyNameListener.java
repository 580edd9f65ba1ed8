package vn.tongket.tasklist;

import vn.tongket.common.CallActivityContract;

import java.util.Comparator;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;

/**
 * On every user task's creation (registered engine-wide by {@link TaskBodyNamePlugin}, no BPMN names it): appends
 * the body and unit the task is for to its name ({@link TaskBodyName}). The unit is the review place
 * ({@code itemPlaceName}), the cell ({@code cellName}) or the process's unit ({@code unitCode}, written only by the
 * engine's own code, looked up in the organization model); the body is the name of the first candidate group
 * (synced from the organization model). The name is display only: nothing decides on it.
 */
public class TaskBodyNameListener implements TaskListener {

    private final ObjectProvider<OrgUnitRepository> units;

    public TaskBodyNameListener(ObjectProvider<OrgUnitRepository> units) {
        this.units = units;
    }

    @Override
    public void notify(DelegateTask task) {
        String label = TaskBodyName.label(unitName(task), bodyName(task));
        String name = TaskBodyName.withBody(task.getName(), label);
        if (!Objects.equals(name, task.getName())) {
            task.setName(name);
        }
    }

    private String unitName(DelegateTask task) {
        for (String var : new String[] {"itemPlaceName", "cellName"}) {
            if (task.getVariable(var) instanceof String s && !s.isBlank()) {
                return s;
            }
        }
        String code = CallActivityContract.UNIT_CODE.get(task);
        if (code != null && !code.isBlank()) {
            OrgUnitRepository repository = units.getIfAvailable();
            if (repository != null) {
                return repository.findByCode(code).map(OrgUnit::getName).orElse(null);
            }
        }
        return null;
    }

    private static String bodyName(DelegateTask task) {
        String groupId = task.getCandidates().stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(g -> !CommitteeGroups.ALL_MEMBERS.equals(g))
                .min(Comparator.naturalOrder())
                .orElse(null);
        if (groupId == null) {
            return null;
        }
        CommandContext ctx = Context.getCommandContext();
        Group group = ctx == null ? null : ctx.runWithoutAuthorization(() ->
                task.getProcessEngineServices().getIdentityService().createGroupQuery().groupId(groupId).singleResult());
        return group == null ? null : group.getName();
    }
}
