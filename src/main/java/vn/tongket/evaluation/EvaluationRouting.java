package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Assignees and candidate groups of evaluation.bpmn, from the process's own evaluation row and the organization
 * model ({@code camunda:candidateGroups="${evaluationRouting.decidingGroup(execution)}"}), never from a variable
 * a task holder could overwrite.
 */
@Component("evaluationRouting")
public class EvaluationRouting {

    private final EvaluationService service;

    public EvaluationRouting(EvaluationService service) {
        this.service = service;
    }

    public String member(DelegateExecution execution) {
        return service.routing(execution.getProcessInstanceId()).acknowledgeUsers();
    }

    public String collectiveGroup(DelegateExecution execution) {
        return service.routing(execution.getProcessInstanceId()).collectiveGroup();
    }

    public String branchGroup(DelegateExecution execution) {
        return service.routing(execution.getProcessInstanceId()).branchGroup();
    }

    public String decidingGroup(DelegateExecution execution) {
        return service.routing(execution.getProcessInstanceId()).decidingGroup();
    }

    public String acknowledgeUsers(DelegateExecution execution) {
        return service.routing(execution.getProcessInstanceId()).acknowledgeUsers();
    }
}
