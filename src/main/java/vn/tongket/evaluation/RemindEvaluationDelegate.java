package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Counts a reminder (non-interrupting cycle before 20/01/N+1); Tasklist shows the due date. */
@Component("remindEvaluationDelegate")
public class RemindEvaluationDelegate implements JavaDelegate {

    private final EvaluationService service;

    public RemindEvaluationDelegate(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.remind(LeadershipEvaluationProcess.evaluationId(execution));
    }
}
