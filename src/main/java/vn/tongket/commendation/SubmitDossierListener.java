package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.DOSSIER_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing Task_PrepareDossier: refuses an incomplete dossier (missing items named), else marks it sent. */
@Component("submitDossierListener")
public class SubmitDossierListener implements TaskListener {

    private final CommendationService service;

    public SubmitDossierListener(CommendationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.submit(DOSSIER_ID.require(task));
    }
}
