package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.tongket.evaluation.EntryStep;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.LeadershipEvaluationProcess;

/**
 * What the simulated cadre, collective and branch committee write on the evaluation page before their task
 * completes: the evaluation texts stay out of process variables (they are confidential), so the task only
 * completes once its text is in the evaluation's entries.
 */
@Component
@OnSimulationEnabled
public class EvaluationSimulationSteps implements SimulationStep {

    private final TaskService taskService;
    private final EvaluationService evaluations;

    public EvaluationSimulationSteps(@Lazy TaskService taskService, EvaluationService evaluations) {
        this.taskService = taskService;
        this.evaluations = evaluations;
    }

    @Override
    public boolean appliesTo(Task task, String processDefinitionKey) {
        return LeadershipEvaluationProcess.KEY.equals(processDefinitionKey)
                && LeadershipEvaluationProcess.STEP_OF_TASK.containsKey(task.getTaskDefinitionKey());
    }

    @Override
    public void before(Task task, Map<String, Object> answers) {
        Object id = taskService.getVariable(task.getId(), LeadershipEvaluationProcess.EVALUATION_ID);
        if (id == null) {
            return;
        }
        EntryStep step = LeadershipEvaluationProcess.STEP_OF_TASK.get(task.getTaskDefinitionKey());
        String author = task.getAssignee() != null ? task.getAssignee() : "mo-phong";
        evaluations.recordEntry(((Number) id).longValue(), step, step.label() + " (mô phỏng): hoàn thành các nhiệm vụ"
                + " được giao, giữ gìn phẩm chất, đạo đức, lối sống; cần tiếp tục nâng cao năng lực lãnh đạo.", null, author);
    }
}
