package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On complete of the notification task: records who acknowledged the process's own evaluation, and when. */
@Component("acknowledgeResultListener")
public class AcknowledgeResultTaskListener implements TaskListener {

    private final EvaluationService service;

    public AcknowledgeResultTaskListener(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.acknowledge(task.getProcessInstanceId(), task.getVariable(LeadershipEvaluationProcess.EVALUATION_ID),
                LeadershipEvaluationProcess.completingUser(task));
    }
}
