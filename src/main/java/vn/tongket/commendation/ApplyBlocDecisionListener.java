package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing Task_BlocDecision: giấy khen granted, bằng khen proposals within 10 + 10 (the 11th is refused). */
@Component("applyBlocDecisionListener")
public class ApplyBlocDecisionListener implements TaskListener {

    private final CommendationService service;

    public ApplyBlocDecisionListener(CommendationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.applyBlocDecision(CAMPAIGN_YEAR.require(task),
                ids(task.getVariable(GRANTED_CERTIFICATES), GRANTED_CERTIFICATES),
                ids(task.getVariable(PROVINCE_SELECTION), PROVINCE_SELECTION));
    }
}
