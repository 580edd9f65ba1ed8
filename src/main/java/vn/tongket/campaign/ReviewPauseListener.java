package vn.tongket.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tongket.review.ReviewProcess;

/**
 * On the review's wait for the inspection conclusion (review.bpmn, Task_EnterInspectionConclusion; A.I.3.3
 * "Lưu ý": "chỉ đạo cho kiểm điểm tiếp hay tạm dừng kiểm điểm"): start — the unit's review row is PAUSED (shown
 * so on the dashboard, not counted late); end — when no other item of the same review still waits, it is open
 * again where it stopped. A review outside any campaign has no row: nothing happens.
 */
@Component("reviewPauseListener")
public class ReviewPauseListener implements ExecutionListener {

    private final UnitPauses campaigns;

    public ReviewPauseListener(UnitPauses campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String unit = ReviewProcess.UNIT_CODE.get(execution);
        Number year = ReviewProcess.CAMPAIGN_YEAR.get(execution);
        if (unit == null || year == null) {
            return;
        }
        if (EVENTNAME_START.equals(execution.getEventName())) {
            campaigns.markPaused(year.intValue(), unit, Stage.REVIEW);
        } else if (EVENTNAME_END.equals(execution.getEventName())) {
            long othersWaiting = execution.getProcessEngineServices().getRuntimeService().createExecutionQuery()
                    .processInstanceId(execution.getProcessInstanceId()).activityId(execution.getCurrentActivityId())
                    .list().stream().filter(e -> !e.getId().equals(execution.getId())).count();
            if (othersWaiting == 0) {
                campaigns.markResumed(year.intValue(), unit, Stage.REVIEW);
            }
        }
    }
}
