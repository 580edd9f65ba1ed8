package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The report to the bloc's Ban Tổ chức is generated on demand (PDF); the task shows where to fetch it. */
@Component("prepareReviewReportDelegate")
public class PrepareReviewReportDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        REPORT_URL.set(execution, "/api/reviews/" + UNIT_CODE.get(execution) + "/"
                + CAMPAIGN_YEAR.get(execution).intValue() + "/report.pdf");
    }
}
