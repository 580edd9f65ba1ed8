package vn.tongket.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders: a scan of the open tasks by due date (run by {@link NotificationScheduling} every
 * {@code scan-interval}, on every node). Due within {@code remind-before} → "sắp đến hạn" to the task's holders;
 * due date reached → "đến hạn"; still open {@code escalate-after} later → the superior committee. Each message is
 * recorded once per task, kind, person and due date (unique key), so repeated scans and several nodes add nothing,
 * and a moved due date gives a new reminder.
 */
@Component
public class ReminderScanner {

    private static final int PAGE = 200;
    private final TaskService taskService;
    private final RuntimeService runtime;
    private final TaskNotifications notifications;
    private final NotificationProperties properties;
    private final TransactionTemplate transaction;

    public ReminderScanner(TaskService taskService, RuntimeService runtime, TaskNotifications notifications,
                           NotificationProperties properties, PlatformTransactionManager transactions) {
        this.taskService = taskService;
        this.runtime = runtime;
        this.notifications = notifications;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Records the reminders due at {@code now}; returns how many messages were recorded. */
    public int scan(Instant now) {
        if (!notifications.enabled()) {
            return 0;
        }
        Date horizon = Date.from(now.plus(properties.getRemindBefore()));
        Date oldest = Date.from(now.minus(properties.getIgnoreOverdueAfter()));
        int recorded = 0;
        for (int first = 0; ; first += PAGE) {
            List<Task> page = taskService.createTaskQuery().active().dueBefore(horizon).dueAfter(oldest)
                    .orderByTaskId().asc().listPage(first, PAGE);
            for (Task t : page) {
                Integer n = transaction.execute(tx -> remind(t, now));
                recorded += n == null ? 0 : n;
            }
            if (page.size() < PAGE) {
                return recorded;
            }
        }
    }

    private int remind(Task t, Instant now) {
        Instant due = t.getDueDate().toInstant();
        ProcessInstance pi = t.getProcessInstanceId() == null ? null
                : runtime.createProcessInstanceQuery().processInstanceId(t.getProcessInstanceId()).singleResult();
        var facts = new TaskNotifications.TaskFacts(t.getId(), t.getName(), due, t.getAssignee(),
                taskService.getIdentityLinksForTask(t.getId()), pi == null ? null : pi.getBusinessKey(),
                pi == null ? null : taskService.getVariable(t.getId(), "unitCode"));
        if (due.isAfter(now)) {
            return notifications.remind(NotificationKind.DUE_SOON, facts, now);
        }
        int n = notifications.remind(NotificationKind.DEADLINE, facts, now);
        if (!due.plus(properties.getEscalateAfter()).isAfter(now)) {
            n += notifications.escalate(facts, now);
        }
        return n;
    }
}
