package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * On complete of the decision: records the category in our table; a category the votes forbid (more than half
 * LOW) is refused with the guidance's sentence and the figures, and the task stays open.
 */
@Component("decideCategoryListener")
public class DecideCategoryTaskListener implements TaskListener {

    private final EvaluationService service;

    public DecideCategoryTaskListener(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        LeaderCategory category = service.decide(LeadershipEvaluationProcess.evaluationId(task),
                task.getVariable(LeadershipEvaluationProcess.LEADER_CATEGORY), auth == null ? task.getAssignee() : auth.getUserId());
        task.setVariable(LeadershipEvaluationProcess.LEADER_CATEGORY, category.name());
    }
}
