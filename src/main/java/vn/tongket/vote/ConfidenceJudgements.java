package vn.tongket.vote;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.tongket.organization.ConfidenceResultRecord;

/**
 * What the evaluation and the reports read from the vote: the consequences of C.III.5 per place (one
 * implementation, {@link ConfidenceAssessor}) and the competent level's overall judgement of a cadre voted on in
 * two places (C.III.2.3), which, when recorded, replaces the per-place "over half LOW" rule.
 */
@Component
public class ConfidenceJudgements {

    private final ConfidenceAssessor assessor;
    private final VoteService votes;

    public ConfidenceJudgements(ConfidenceAssessor assessor, VoteService votes) {
        this.assessor = assessor;
        this.votes = votes;
    }

    public ConfidenceConsequences.Assessment assess(ConfidenceResultRecord thisYearAtOnePlace) {
        return assessor.assess(thisYearAtOnePlace.getMemberId(), thisYearAtOnePlace.getYear(),
                thisYearAtOnePlace.getLowCount(), thisYearAtOnePlace.getBallotsCollected());
    }

    public Optional<VoteViews.OverallJudgement> overall(long memberId, int year) {
        return votes.overallJudgement(memberId, year);
    }

    /**
     * Whether the votes of the year keep the cadre from "hoàn thành nhiệm vụ": the overall judgement if recorded,
     * otherwise more than half LOW at any place (C.III.5).
     */
    public boolean notCompleting(long memberId, int year, List<ConfidenceResultRecord> thisYear) {
        return overall(memberId, year).map(VoteViews.OverallJudgement::notCompletingTasks)
                .orElseGet(() -> thisYear.stream().anyMatch(r -> assess(r).notCompletingTasks()));
    }

    /** The sentence added to the evaluation and the reports when an overall judgement is recorded. */
    public static String describe(VoteViews.OverallJudgement j) {
        return "Đánh giá tín nhiệm chung của cấp có thẩm quyền (" + j.decisionNo() + "): "
                + (j.notCompletingTasks() ? "không được đánh giá hoàn thành nhiệm vụ" : "không buộc xếp loại không hoàn thành nhiệm vụ")
                + (j.proposeRelief() ? "; cho thôi giữ chức vụ" : "") + ". Lý do: " + j.reasons();
    }

    static String join(List<String> parts) {
        return parts.stream().collect(Collectors.joining("; "));
    }
}
