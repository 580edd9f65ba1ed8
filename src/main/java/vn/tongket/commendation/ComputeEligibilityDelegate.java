package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Computes the unit's eligibility list; the form shows its summary and offers the proposable candidates. */
@Component("computeEligibilityDelegate")
public class ComputeEligibilityDelegate implements JavaDelegate {

    private final CommendationService service;

    public ComputeEligibilityDelegate(CommendationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CommendationService.EligibilityList list = service.computeEligibility(UNIT_CODE.require(execution),
                CAMPAIGN_YEAR.require(execution), execution.getProcessInstanceId());
        DOSSIER_ID.set(execution, list.dossierId());
        ELIGIBLE_COUNT.set(execution, list.proposable());
        ELIGIBILITY_SUMMARY.set(execution, list.summary());
        execution.setVariable(ELIGIBLE_OPTIONS, options(list.options()));
    }
}
