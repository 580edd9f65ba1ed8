package vn.tongket.review;

import vn.tongket.common.CampaignTime;

import static vn.tongket.review.ReviewProcess.*;

import java.time.Instant;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records when the collective report went to the committee members: the start of the 3-day notice. */
@Component("recordDistributionDelegate")
public class RecordDistributionDelegate implements JavaDelegate {

    private final ReviewService reviews;

    public RecordDistributionDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = CampaignTime.now();
        reviews.recordDistribution(SESSION_ID.get(execution), now);
        REPORT_DISTRIBUTED_AT.set(execution, ReviewTexts.iso(now));
        REPORT_DISTRIBUTED_DISPLAY.set(execution, ReviewTexts.format(now) + " (họp sớm nhất "
                + ReviewTexts.format(MeetingNotice.earliestMeeting(now)) + ")");
    }
}
