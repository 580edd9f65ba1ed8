package vn.tongket.review;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.ReviewConclusionSource;

/** The chair's conclusions of a member's reviews of a year, in every place, for the evaluation feature. */
@Service
@Transactional(readOnly = true)
public class ReviewConclusions implements ReviewConclusionSource {

    private final ReviewItemRepository items;
    private final ReviewSessionRepository sessions;
    private final SelfReviewRepository selfReviews;

    public ReviewConclusions(ReviewItemRepository items, ReviewSessionRepository sessions, SelfReviewRepository selfReviews) {
        this.items = items;
        this.sessions = sessions;
        this.selfReviews = selfReviews;
    }

    @Override
    public List<ReviewConclusion> conclusionsOf(String memberCode, int year) {
        String selfRanking = selfReviews.findByMemberCodeAndYear(memberCode, year)
                .map(r -> r.getSelfCategory().name()).orElse(null);
        return items.findByMemberCodeOrderBySeq(memberCode).stream()
                .filter(i -> sessions.findById(i.getSessionId()).map(s -> s.getYear() == year).orElse(false))
                .filter(i -> i.getStatus() == ReviewItem.Status.CONCLUDED || i.getStatus() == ReviewItem.Status.PAUSED
                        || i.getStatus() == ReviewItem.Status.FLAGGED)
                .map(i -> new ReviewConclusion(i.getPlaceUnitCode(), i.getPlaceName(), conclusion(i), selfRanking,
                        i.getStatus() != ReviewItem.Status.CONCLUDED))
                .toList();
    }

    private static String conclusion(ReviewItem i) {
        if (i.getDiscipline() == null) {
            return i.getConclusion();
        }
        return i.getConclusion() + " — Xem xét kỷ luật: " + i.getDiscipline();
    }
}
