package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** At the deadline: a short text of what is late and who, for the superior committee's task. */
@Component("listLateReviewsDelegate")
public class ListLateReviewsDelegate implements JavaDelegate {

    static final int MAX_LINES = 40;
    private final ReviewService reviews;

    public ListLateReviewsDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String summary = reviews.lateSummary(SESSION_ID.get(execution), MAX_LINES);
        LATE_SUMMARY.set(execution, summary.length() > 3900 ? summary.substring(0, 3900) + "…" : summary);
    }
}
