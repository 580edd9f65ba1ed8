package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Routes the instance: bloc level or unit level, and the candidate groups of its tasks. */
@Component("prepareCommendationDelegate")
public class PrepareCommendationDelegate implements JavaDelegate {

    private final CommendationService service;

    public PrepareCommendationDelegate(CommendationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CommendationService.Routing r = service.route(UNIT_CODE.require(execution));
        BLOC_LEVEL.set(execution, r.blocLevel());
        COMMITTEE_GROUP.set(execution, r.committeeGroup());
        BLOC_COMMITTEE_GROUP.set(execution, r.blocCommitteeGroup());
        HAS_PROPOSALS.set(execution, false);
    }
}
