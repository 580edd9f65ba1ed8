package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.tongket.commendation.CommendationProcess;
import vn.tongket.commendation.CommendationService;
import vn.tongket.commendation.DossierChecklist;

/**
 * What the simulated unit does on the dossier page before sending its commendation dossier: uploads one file for
 * every item of the checklist (B.III.2.1) still missing, with the number of sets required.
 */
@Component
@OnSimulationEnabled
public class CommendationSimulationSteps implements SimulationStep {

    /** A minimal valid PDF, the same for every simulated attachment. */
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    private final TaskService taskService;
    private final CommendationService commendations;

    public CommendationSimulationSteps(@Lazy TaskService taskService, CommendationService commendations) {
        this.taskService = taskService;
        this.commendations = commendations;
    }

    @Override
    public boolean appliesTo(Task task, String processDefinitionKey) {
        return CommendationProcess.KEY.equals(processDefinitionKey)
                && CommendationProcess.TASK_PREPARE_DOSSIER.equals(task.getTaskDefinitionKey());
    }

    @Override
    public void before(Task task, Map<String, Object> answers) {
        Object id = taskService.getVariable(task.getId(), CommendationProcess.DOSSIER_ID.name());
        if (id == null) {
            return;
        }
        long dossierId = ((Number) id).longValue();
        String user = task.getAssignee() != null ? task.getAssignee() : "mo-phong";
        for (DossierChecklist.Line line : commendations.checklist(dossierId)) {
            if (!line.complete()) {
                commendations.addAttachment(dossierId, line.item().name(), line.candidateId(),
                        line.requiredCopies() - line.providedCopies(), "mo-phong-" + line.item().name().toLowerCase() + ".pdf",
                        "application/pdf", PDF, user);
            }
        }
    }
}
