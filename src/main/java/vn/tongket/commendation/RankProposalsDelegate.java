package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Bloc level, after the cut-off: the proposals sent on time, the bằng khen ones as a ranked list. */
@Component("rankProposalsDelegate")
public class RankProposalsDelegate implements JavaDelegate {

    private final CommendationService service;

    public RankProposalsDelegate(CommendationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        CommendationService.BlocLists lists = service.blocLists(CAMPAIGN_YEAR.require(execution));
        BLOC_SUMMARY.set(execution, lists.summary());
        execution.setVariable(CERTIFICATE_OPTIONS, options(lists.certificateOptions()));
        execution.setVariable(PROVINCE_OPTIONS, options(lists.provinceOptions()));
    }
}
