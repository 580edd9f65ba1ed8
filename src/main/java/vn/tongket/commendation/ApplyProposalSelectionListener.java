package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completing Task_SelectProposals: applies the committee's selection; an ineligible or over-quota selection
 * throws a DomainException whose Vietnamese message (with the figures) Tasklist shows, and the task stays open.
 */
@Component("applyProposalSelectionListener")
public class ApplyProposalSelectionListener implements TaskListener {

    private final CommendationService service;

    public ApplyProposalSelectionListener(CommendationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        CommendationService.Selection s = service.applySelection(DOSSIER_ID.require(task),
                ids(task.getVariable(SELECTED_CANDIDATES), SELECTED_CANDIDATES), JUDGEMENT_NOTE.get(task));
        HAS_PROPOSALS.set(task, s.proposals() > 0);
        PROPOSAL_COUNT.set(task, s.proposals());
    }
}
