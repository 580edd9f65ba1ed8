package vn.tongket.review;

import vn.tongket.common.CallActivityContract;

import static vn.tongket.review.ReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** First step of one person's review: which item (phase, loopCounter), who is reviewed, who chairs, where. */
@Component("prepareReviewItemDelegate")
public class PrepareReviewItemDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public PrepareReviewItemDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int index = CallActivityContract.LOOP_COUNTER.require(execution);
        ReviewService.ItemView item = reviews.prepareItem(SESSION_ID.get(execution), PHASE.get(execution), index);
        ITEM_ID.set(execution, item.id());
        REVIEWEE.set(execution, item.memberCode());
        REVIEW_SUBJECT.set(execution, item.subject());
        ITEM_CHAIR.set(execution, item.chair());
        ITEM_PLACE_GROUP.set(execution, item.placeGroup());
        ITEM_PLACE_NAME.set(execution, item.placeName());
        SELF_REVIEW_SUBMITTED.set(execution, item.selfReviewSubmitted());
    }
}
