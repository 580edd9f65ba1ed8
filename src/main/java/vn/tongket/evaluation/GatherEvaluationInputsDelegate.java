package vn.tongket.evaluation;

import static vn.tongket.evaluation.LeadershipEvaluationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the evaluation and gathers its inputs into our tables; only ids and group ids go to variables. */
@Component("gatherEvaluationInputsDelegate")
public class GatherEvaluationInputsDelegate implements JavaDelegate {

    private final EvaluationService service;

    public GatherEvaluationInputsDelegate(EvaluationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        EvaluationService.Routing routing = service.gather(unitCode(execution), memberCode(execution),
                campaignYear(execution), execution.getProcessInstanceId());
        setRouting(execution, routing);
    }
}
