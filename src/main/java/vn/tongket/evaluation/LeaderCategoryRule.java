package vn.tongket.evaluation;

import java.util.List;
import java.util.stream.Collectors;
import vn.tongket.common.DomainException;
import vn.tongket.organization.ConfidenceThresholds;

/**
 * The one binding rule on the competent level's choice (C.III.5): "Những đồng chí có trên 50% số phiếu tín
 * nhiệm thấp trở lên thì không được đánh giá hoàn thành nhiệm vụ năm đó". More than half LOW over ballots
 * collected ({@link ConfidenceThresholds#moreThanHalfLow}, integer arithmetic: 31/60 forces, 30/60 does not)
 * at ANY place where the cadre was voted on forces {@link LeaderCategory#NOT_COMPLETED}; our reading, since
 * the guidance leaves a cadre voted in two places to the competent level's overall judgment.
 */
public final class LeaderCategoryRule {

    /** The guidance's sentence, quoted in the refusal. */
    public static final String GUIDANCE = "Những đồng chí có trên 50% số phiếu tín nhiệm thấp trở lên thì không được "
            + "đánh giá hoàn thành nhiệm vụ năm đó (Hướng dẫn 22-HD/ĐU, phần C.III.5)";

    /** This year's vote at one place: LOW count and ballots collected. */
    public record VoteFigures(String placeName, int low, int collected) {
        public boolean moreThanHalfLow() {
            return ConfidenceThresholds.moreThanHalfLow(low, collected);
        }
    }

    private LeaderCategoryRule() {
    }

    /** Whether the votes force "không hoàn thành nhiệm vụ". */
    public static boolean forcesNotCompleted(List<VoteFigures> votes) {
        return votes.stream().anyMatch(VoteFigures::moreThanHalfLow);
    }

    /** Refuses any other category than NOT_COMPLETED when forced, with the sentence and the figures. */
    public static void check(LeaderCategory chosen, List<VoteFigures> votes) {
        if (chosen == LeaderCategory.NOT_COMPLETED || !forcesNotCompleted(votes)) {
            return;
        }
        String figures = votes.stream().filter(VoteFigures::moreThanHalfLow)
                .map(v -> v.low() + "/" + v.collected() + " phiếu tín nhiệm thấp"
                        + (v.placeName() == null ? "" : " tại " + v.placeName()))
                .collect(Collectors.joining("; "));
        throw new DomainException("leaderCategory", "Không thể xếp loại \"" + chosen.label() + "\": cán bộ có "
                + figures + " (trên 50% số phiếu thu về). " + GUIDANCE + ". Chỉ được chọn \""
                + LeaderCategory.NOT_COMPLETED.label() + "\".");
    }
}
