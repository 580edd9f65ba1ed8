package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Guards and records what the review's user tasks leave ({@code camunda:taskListener delegateExpression=
 * "${reviewTaskListener}"} on create and complete). A {@link vn.tongket.common.DomainException} refuses the
 * completion and Tasklist shows its Vietnamese message (e.g. the 3-day rule on the meeting date).
 */
@Component("reviewTaskListener")
public class ReviewTaskListener implements TaskListener {

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
        if (TASK_PERSON_MEETING.equals(task.getTaskDefinitionKey())) {
            String member = REVIEWEE.from(task);
            if (member != null) {
                // the one self-review of the year, shown read-only (or for correction) in every place
                task.setVariablesLocal(reviews.selfReviewFields(member, year(task)));
            }
        }
    }

    private void completed(DelegateTask task) {
        long session = SESSION_ID.from(task);
        switch (task.getTaskDefinitionKey()) {
            case TASK_DRAFT_REPORT -> reviews.saveDraft(session, COLLECTIVE_REPORT_DRAFT.from(task));
            case TASK_FOCUS_POINTS -> reviews.saveFocusPoints(session, FOCUS_POINTS.from(task));
            case TASK_SCHEDULE_MEETING -> {
                var distributed = ReviewTexts.parseInstant(REPORT_DISTRIBUTED_AT.from(task), "reportDistributedAt");
                var meeting = ReviewTexts.parseInstant(MEETING_AT.from(task), "meetingAt");
                MeetingNotice.check(distributed, meeting);
                reviews.saveMeeting(session, meeting);
            }
            case TASK_COLLECTIVE_MEETING -> {
                reviews.assignHeadChair(session, HEAD_REVIEW_CHAIR.from(task));
                COLLECTIVE_MEETING_HELD.set(task, true);
            }
            case TASK_WRITE_SELF_REVIEW -> {
                Map<String, Object> form = new HashMap<>();
                for (String f : new String[] {"srPoliticalIdeology", "srEthicsLifestyle", "srDuties", "srDiscipline",
                        "srLeaderPoints", "srFixes", "selfCategory"}) {
                    form.put(f, task.getVariable(f));
                }
                reviews.saveSelfReview(REVIEWEE.from(task), year(task), form);
            }
            case TASK_DECIDE_PAUSE -> reviews.recordDecision(ITEM_ID.from(task), REVIEW_PAUSED.isTrue(task),
                    SUPERIOR_INSTRUCTION.from(task));
            case TASK_INSPECTION -> reviews.recordInspection(ITEM_ID.from(task), INSPECTION_CONCLUSION.from(task));
            case TASK_CELL_REPORT -> reviews.saveCellReport(session, CELL_CODE.from(task), CELL_REPORT.from(task));
            case TASK_RECEIVE_REPORT -> reviews.markReported(session);
            default -> {
                // nothing to record: the following service task records it
            }
        }
    }

    private static int year(DelegateTask task) {
        return CAMPAIGN_YEAR.from(task).intValue();
    }
}
