package vn.tongket.evaluation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 30/01/N+1 passed without a decision: the evaluation is missing from the report to the BTV. */
@Component("flagReportLateDelegate")
public class FlagReportLateDelegate implements JavaDelegate {

    private final EvaluationService service;

    public FlagReportLateDelegate(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.markReportLate(LeadershipEvaluationProcess.evaluationId(execution));
    }
}
