package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On complete of a writing step: the text must have been saved in our table (through /api/evaluations), so it
 * never travels in a form variable. Tasklist shows the Vietnamese message when it is missing. Only the person or
 * group whose step it is (organization model) completes it.
 */
@Component("requireEvaluationEntryListener")
public class RequireEvaluationEntryTaskListener implements TaskListener {

    private final EvaluationService service;

    public RequireEvaluationEntryTaskListener(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        EntryStep step = LeadershipEvaluationProcess.STEP_OF_TASK.get(task.getTaskDefinitionKey());
        if (step != null) {
            service.requireEntry(task.getProcessInstanceId(), task.getVariable(LeadershipEvaluationProcess.EVALUATION_ID),
                    step, LeadershipEvaluationProcess.completingUser(task));
        }
    }
}
