package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** On complete of the notification task: records who acknowledged the result and when. */
@Component("acknowledgeResultListener")
public class AcknowledgeResultTaskListener implements TaskListener {

    private final EvaluationService service;

    public AcknowledgeResultTaskListener(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        service.acknowledge(LeadershipEvaluationProcess.evaluationId(task), auth == null ? task.getAssignee() : auth.getUserId());
    }
}
