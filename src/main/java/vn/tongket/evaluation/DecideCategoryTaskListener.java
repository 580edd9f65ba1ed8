package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On complete of the decision: records the category in our table for the process's own evaluation, if the
 * completing user may decide it (see {@link EvaluationService#decide(String, Object, Object, String)}); a category
 * the votes forbid (more than half LOW) is refused with the guidance's sentence and the figures, and the task stays
 * open. The category then leaves the process variables (it is confidential until published; the history never
 * records it, see vn.tongket.common.ConfidentialHistoryLevel).
 */
@Component("decideCategoryListener")
public class DecideCategoryTaskListener implements TaskListener {

    private final EvaluationService service;

    public DecideCategoryTaskListener(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.decide(task.getProcessInstanceId(), task.getVariable(LeadershipEvaluationProcess.EVALUATION_ID),
                task.getVariable(LeadershipEvaluationProcess.LEADER_CATEGORY), LeadershipEvaluationProcess.completingUser(task));
        task.removeVariable(LeadershipEvaluationProcess.LEADER_CATEGORY);
    }
}
