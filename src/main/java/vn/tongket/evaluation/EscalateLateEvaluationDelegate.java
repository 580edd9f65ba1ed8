package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 20/01/N+1 passed without a decision: the evaluation is marked late for the Ban Tổ chức's dashboard and report. */
@Component("escalateLateEvaluationDelegate")
public class EscalateLateEvaluationDelegate implements JavaDelegate {

    private final EvaluationService service;

    public EscalateLateEvaluationDelegate(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.markLate(LeadershipEvaluationProcess.evaluationId(execution));
    }
}
