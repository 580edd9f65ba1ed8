package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The 18/01 cut-off fired before the unit sent its dossier: closed as "coi như không đề nghị khen thưởng". */
@Component("closeNotProposedDelegate")
public class CloseNotProposedDelegate implements JavaDelegate {

    private final CommendationService service;

    public CloseNotProposedDelegate(CommendationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.closeNotProposed(UNIT_CODE.require(execution), CAMPAIGN_YEAR.require(execution));
        HAS_PROPOSALS.set(execution, false);
    }
}
