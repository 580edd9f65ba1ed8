package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.SingleStartGuard;
import vn.tongket.organization.OrganizationService;

/**
 * Process start listener: one CommendationProcess per unit (grassroots organization, or the bloc) and year,
 * refused with 409 before anything is stored — see {@link SingleStartGuard} for why here and not later.
 */
@Component("singleCommendationStartListener")
public class SingleCommendationStartListener implements ExecutionListener {

    private final SingleStartGuard guard;
    private final OrganizationService organization;

    public SingleCommendationStartListener(SingleStartGuard guard, OrganizationService organization) {
        this.guard = guard;
        this.organization = organization;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String unitCode = UNIT_CODE.require(execution);
        int year = CAMPAIGN_YEAR.require(execution);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(unitCode + ":" + year);
        }
        guard.claim(execution, KEY, unitCode, year, organization.unit(unitCode).getName(), "Công tác thi đua – khen thưởng");
    }
}
