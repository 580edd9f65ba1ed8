package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.DOSSIER_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The committee selected nobody: the unit does not propose this year. */
@Component("recordNoProposalDelegate")
public class RecordNoProposalDelegate implements JavaDelegate {

    private final CommendationService service;

    public RecordNoProposalDelegate(CommendationService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.recordNoProposal(DOSSIER_ID.require(execution));
    }
}
