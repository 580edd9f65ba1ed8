package vn.tongket.common;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Built-in "complete" listener of every user task (added by {@link VariableGuardPlugin}'s parse listener, so it runs
 * before the BPMN's own listeners): the authenticated user completing a task must be whom the BPMN names: the
 * assignee or a candidate user its expressions give now, or a member of a candidate group its expressions give now
 * (re-evaluated on the engine-written variables, so identity links a task holder added or an assignee he changed do
 * not count). Membership comes from the organization model for party members (the function given), from Camunda's
 * identity for other accounts (administrator, technical users). The engine's own completions (no authenticated
 * user) pass. Refusal: a Vietnamese {@link AccessRefusedException}, nothing written.
 */
public class CompleterCheck implements TaskListener {

    private final Function<String, Optional<Set<String>>> memberGroups;

    /** @param memberGroups the groups of a party member by the organization model; empty for a non-member */
    public CompleterCheck(Function<String, Optional<Set<String>>> memberGroups) {
        this.memberGroups = memberGroups;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth == null || auth.getUserId() == null || !(task instanceof TaskEntity entity)) {
            return;
        }
        TaskDefinition def = entity.getTaskDefinition();
        if (def == null) {
            return;
        }
        VariableScope scope = task.getExecution() != null ? task.getExecution() : task;
        Set<String> users = new LinkedHashSet<>();
        Set<String> groups = new LinkedHashSet<>();
        boolean named = def.getAssigneeExpression() != null || !def.getCandidateUserIdExpressions().isEmpty()
                || !def.getCandidateGroupIdExpressions().isEmpty();
        if (!named) {
            return;
        }
        try {
            if (def.getAssigneeExpression() != null) {
                collect(def.getAssigneeExpression().getValue(scope), users);
            }
            for (Expression e : def.getCandidateUserIdExpressions()) {
                collect(e.getValue(scope), users);
            }
            for (Expression e : def.getCandidateGroupIdExpressions()) {
                collect(e.getValue(scope), groups);
            }
        } catch (RuntimeException e) {
            // the expressions cannot be evaluated any more: the task's links as the engine created them
            for (IdentityLink link : entity.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    if (link.getGroupId() != null) {
                        groups.add(link.getGroupId());
                    } else if (link.getUserId() != null) {
                        users.add(link.getUserId());
                    }
                }
            }
        }
        String user = auth.getUserId();
        if (users.contains(user)) {
            return;
        }
        Collection<String> of = memberGroups.apply(user)
                .map(s -> (Collection<String>) s)
                .orElseGet(() -> auth.getGroupIds() == null ? List.of() : auth.getGroupIds());
        if (of.stream().anyMatch(groups::contains)) {
            return;
        }
        throw new AccessRefusedException("Đồng chí không phải người được giao công việc \"" + task.getName()
                + "\" (theo mô hình tổ chức): không được hoàn thành");
    }

    private static void collect(Object value, Set<String> into) {
        if (value instanceof Collection<?> c) {
            c.forEach(v -> collect(v, into));
        } else if (value != null) {
            for (String s : value.toString().split(",")) {
                if (!s.isBlank()) {
                    into.add(s.trim());
                }
            }
        }
    }
}
