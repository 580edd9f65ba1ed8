package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.util.Map;
import org.camunda.bpm.engine.task.Task;

/**
 * Optional hook for the simulation: a feature whose task needs more than form answers (e.g. ballots entered
 * through its own API before the tally task completes) provides a bean doing it. None is required.
 */
public interface SimulationStep {

    boolean appliesTo(Task task, String processDefinitionKey);

    /** Called before the task completes, with the generated answers (which it may change). */
    void before(Task task, Map<String, Object> answers);
}
