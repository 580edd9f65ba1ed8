package vn.tongket.commendation;

import static vn.tongket.commendation.CommendationProcess.DOSSIER_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On completing Task_ReceiveDossier: the Ban Tổ chức has received the dossier for the council. */
@Component("receiveDossierListener")
public class ReceiveDossierListener implements TaskListener {

    private final CommendationService service;

    public ReceiveDossierListener(CommendationService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.markReceived(DOSSIER_ID.require(task));
    }
}
