package vn.tongket.review;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Reminder before the 25/12 deadline: every open task of this review gets today's follow-up date (Tasklist lists it
 * under "follow-up") and a comment naming the deadline. Counts reminders in {@code reminderCount}.
 */
@Component("remindAssigneesDelegate")
public class RemindAssigneesDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        TaskService tasks = execution.getProcessEngineServices().getTaskService();
        Date now = ClockUtil.getCurrentTime();
        String deadline = ReviewTexts.format(ReviewTexts.parseInstant(ReviewProcess.REVIEW_DEADLINE.get(execution), ReviewProcess.REVIEW_DEADLINE.name()));
        int reminded = Engine.withoutAuthorization(() -> {
            int n = 0;
            for (Task t : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list()) {
                t.setFollowUpDate(now);
                tasks.saveTask(t);
                tasks.createComment(t.getId(), execution.getProcessInstanceId(),
                        "Nhắc hạn: kiểm điểm phải xong trước " + deadline);
                n++;
            }
            return n;
        });
        Integer count = ReviewProcess.REMINDER_COUNT.get(execution);
        ReviewProcess.REMINDER_COUNT.set(execution, (count == null ? 0 : count) + 1);
        ReviewProcess.LAST_REMINDER_TASK_COUNT.set(execution, reminded);
    }
}
