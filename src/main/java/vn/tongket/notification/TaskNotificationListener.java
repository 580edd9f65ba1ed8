package vn.tongket.notification;

import vn.tongket.common.CallActivityContract;

import vn.tongket.common.CampaignTime;

import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Engine-wide listener (create and assignment of every user task, added by {@link NotificationEnginePlugin}):
 * records the "new task" e-mails in the task's own transaction, so a rolled-back task sends nothing.
 */
public class TaskNotificationListener implements TaskListener {

    private static final Logger log = LoggerFactory.getLogger(TaskNotificationListener.class);
    private final Supplier<TaskNotifications> notifications;

    public TaskNotificationListener(Supplier<TaskNotifications> notifications) {
        this.notifications = notifications;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskNotifications n = notifications.get();
        if (n == null || !n.enabled()) {
            return;
        }
        Authentication who = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        var facts = new TaskNotifications.TaskFacts(task.getId(), task.getName(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(), task.getCandidates(),
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey(),
                CallActivityContract.UNIT_CODE.get(task));
        int recorded = n.taskAvailable(facts, who == null ? null : who.getUserId(), CampaignTime.now());
        log.debug("Task {} ({}): {} e-mail(s) recorded", task.getId(), task.getEventName(), recorded);
    }
}
