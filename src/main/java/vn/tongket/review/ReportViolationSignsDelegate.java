package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tongket.common.ProcessVar;

/**
 * "Có dấu hiệu vi phạm nhưng chưa đủ điều kiện kết luận": marks the review and hands it to the event sub-process
 * of this instance (superior decides, inspection, resume). The rest of the review goes on.
 */
@Component("reportViolationSignsDelegate")
public class ReportViolationSignsDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public ReportViolationSignsDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long itemId = ITEM_ID.get(execution);
        reviews.flag(itemId, ITEM_CONCLUSION.get(execution));
        ReviewService.ItemView item = reviews.item(itemId);
        Map<String, Object> vars = new HashMap<>();
        vars.put(ITEM_ID.name(), itemId);
        vars.put(REVIEW_SUBJECT.name(), item.subject());
        vars.put(ITEM_CHAIR.name(), item.chair());
        vars.put(ITEM_PLACE_GROUP.name(), item.placeGroup());
        vars.put(ITEM_PLACE_NAME.name(), item.placeName());
        for (ProcessVar<?> v : new ProcessVar<?>[] {REVIEW_PAUSED, SUPERIOR_INSTRUCTION, INSPECTION_CONCLUSION,
                ITEM_CONCLUSION, DISCIPLINE}) {
            vars.put(v.name(), null);
        }
        String processInstanceId = execution.getProcessInstanceId();
        Engine.withoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(MESSAGE_VIOLATION_SIGNS)
                .processInstanceId(processInstanceId)
                .setVariablesToTriggeredScope(vars)
                .correlateWithResult());
    }
}
