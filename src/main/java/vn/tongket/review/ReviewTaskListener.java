package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.tongket.tasklist.TaskBodyName;

/**
 * Guards and records what the review's user tasks leave ({@code camunda:taskListener delegateExpression=
 * "${reviewTaskListener}"} on create and complete). A {@link vn.tongket.common.DomainException} refuses the
 * completion and Tasklist shows its Vietnamese message (e.g. the 3-day rule on the meeting date).
 */
@Component("reviewTaskListener")
public class ReviewTaskListener implements TaskListener {

    /** Task-local variable of a self-review task waiting for the member's open one: the member's code. */
    static final String SELF_REVIEW_AWAITED_FOR = "selfReviewAwaitedFor";

    private final ReviewService reviews;

    public ReviewTaskListener(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            created(task);
        } else if (EVENTNAME_COMPLETE.equals(task.getEventName())) {
            completed(task);
        }
    }

    private void created(DelegateTask task) {
        if (TASK_WRITE_SELF_REVIEW.equals(task.getTaskDefinitionKey())) {
            awaitOpenSelfReview(task);
        }
        if (TASK_PERSON_MEETING.equals(task.getTaskDefinitionKey())) {
            String member = REVIEWEE.get(task);
            if (member != null) {
                // the one self-review of the year, shown read-only (or for correction) in every place
                task.setVariablesLocal(reviews.selfReviewFields(member, year(task)));
            }
        }
    }

    private void completed(DelegateTask task) {
        long session = SESSION_ID.get(task);
        switch (task.getTaskDefinitionKey()) {
            case TASK_DRAFT_REPORT -> reviews.saveDraft(session, COLLECTIVE_REPORT_DRAFT.get(task));
            case TASK_FOCUS_POINTS -> reviews.saveFocusPoints(session, FOCUS_POINTS.get(task));
            case TASK_SCHEDULE_MEETING -> {
                var distributed = ReviewTexts.parseInstant(REPORT_DISTRIBUTED_AT.get(task), "reportDistributedAt");
                var meeting = ReviewTexts.parseInstant(MEETING_AT.get(task), "meetingAt");
                MeetingNotice.check(distributed, meeting);
                reviews.saveMeeting(session, meeting);
            }
            case TASK_COLLECTIVE_MEETING -> {
                reviews.assignHeadChair(session, HEAD_REVIEW_CHAIR.get(task));
                COLLECTIVE_MEETING_HELD.set(task, true);
            }
            case TASK_WRITE_SELF_REVIEW -> {
                if (Boolean.TRUE.equals(task.getVariable(SELF_REVIEW_REUSED))) {
                    return;
                }
                Map<String, Object> form = new HashMap<>();
                for (String f : new String[] {"srPoliticalIdeology", "srEthicsLifestyle", "srDuties", "srDiscipline",
                        "srLeaderPoints", "srFixes", "selfCategory"}) {
                    form.put(f, task.getVariable(f));
                }
                reviews.saveSelfReview(REVIEWEE.get(task), year(task), form);
                closeOtherSelfReviewTasks(task);
            }
            case TASK_DECIDE_PAUSE -> reviews.recordDecision(ITEM_ID.get(task), REVIEW_PAUSED.isTrue(task),
                    SUPERIOR_INSTRUCTION.get(task));
            case TASK_INSPECTION -> reviews.recordInspection(ITEM_ID.get(task), INSPECTION_CONCLUSION.get(task));
            case TASK_CELL_REPORT -> reviews.saveCellReport(session, CELL_CODE.get(task), CELL_REPORT.get(task));
            case TASK_RECEIVE_REPORT -> reviews.markReported(session);
            default -> {
                // nothing to record: the following service task records it
            }
        }
    }

    /**
     * A.I.3.1 "Mỗi đảng viên chỉ làm một bản kiểm điểm": when the member already has an open self-review task of
     * the same year (another place of review), this one is not given to them (no assignee, so it is in none of
     * their Tasklist filters) and waits for that one, whose name then says it serves this place too; completing
     * it completes this one as "reused" ({@link #closeOtherSelfReviewTasks}).
     */
    private static void awaitOpenSelfReview(DelegateTask task) {
        String member = task.getAssignee();
        if (member == null) {
            return;
        }
        int year = year(task);
        TaskService taskService = task.getProcessEngineServices().getTaskService();
        Engine.withoutAuthorization(() -> {
            for (Task open : taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(TASK_WRITE_SELF_REVIEW)
                    .taskAssignee(member).list()) {
                Object openYear = taskService.getVariable(open.getId(), CAMPAIGN_YEAR.name());
                if (!open.getId().equals(task.getId()) && openYear instanceof Number n && n.intValue() == year) {
                    task.setVariableLocal(SELF_REVIEW_AWAITED_FOR, member);
                    task.setAssignee(null);
                    Object place = task.getVariable(ITEM_PLACE_NAME.name());
                    open.setName(TaskBodyName.sharedWith(open.getName(), place == null ? null : place.toString()));
                    taskService.saveTask(open);
                    return null;
                }
            }
            return null;
        });
    }

    /**
     * One self-review per member and year: the member's other open self-review tasks (other places, in this or
     * another review) are completed as "reused", so each place goes on to its meeting with the stored self-review.
     */
    private static void closeOtherSelfReviewTasks(DelegateTask task) {
        TaskService taskService = task.getProcessEngineServices().getTaskService();
        int year = year(task);
        // the member from the process (the waiting task of another place has no assignee)
        String member = REVIEWEE.get(task);
        Engine.withoutAuthorization(() -> {
            List<Task> others = new ArrayList<>(taskService.createTaskQuery().processDefinitionKey(KEY)
                    .taskDefinitionKey(TASK_WRITE_SELF_REVIEW).taskAssignee(member).list());
            others.addAll(taskService.createTaskQuery().processDefinitionKey(KEY).taskDefinitionKey(TASK_WRITE_SELF_REVIEW)
                    .taskVariableValueEquals(SELF_REVIEW_AWAITED_FOR, member).list());
            for (Task other : others) {
                Object otherYear = taskService.getVariable(other.getId(), CAMPAIGN_YEAR.name());
                if (!other.getId().equals(task.getId()) && otherYear instanceof Number n && n.intValue() == year) {
                    taskService.complete(other.getId(), Map.of(SELF_REVIEW_REUSED, true));
                }
            }
            return null;
        });
    }

    private static int year(DelegateTask task) {
        return CAMPAIGN_YEAR.get(task).intValue();
    }
}
