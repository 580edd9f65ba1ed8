package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the chair's conclusion (and any discipline consideration), appended to the self-review. */
@Component("concludeReviewItemDelegate")
public class ConcludeReviewItemDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public ConcludeReviewItemDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reviews.conclude(ITEM_ID.get(execution), ITEM_CONCLUSION.get(execution), DISCIPLINE.get(execution),
                COLLECTIVE_REPORT_FINAL.get(execution));
    }
}
