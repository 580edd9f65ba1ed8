package vn.tongket.tasklist;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.tongket.organization.OrgUnitRepository;

/**
 * Registers {@link TaskBodyNameListener} on the create event of every user task of every deployed process, so the
 * body and unit appear in each task's name without editing the BPMN files (one mechanism for all processes,
 * also for a diagram an analyst deploys from Modeler).
 */
@Component
public class TaskBodyNamePlugin extends AbstractProcessEnginePlugin {

    private final TaskBodyNameListener listener;

    public TaskBodyNamePlugin(ObjectProvider<OrgUnitRepository> units) {
        this.listener = new TaskBodyNameListener(units);
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                    behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
