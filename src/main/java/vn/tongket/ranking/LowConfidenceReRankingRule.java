package vn.tongket.ranking;

import java.util.List;
import vn.tongket.common.DomainException;
import vn.tongket.organization.ConfidenceThresholds;
import vn.tongket.organization.MemberCategory;

/**
 * C.III.5 applied to a ranking already made (plain Java): "Những đồng chí có trên 50% số phiếu tín nhiệm thấp trở lên
 * thì không được đánh giá hoàn thành nhiệm vụ năm đó". The ranking (before 25/12) comes before the vote (before
 * 30/12), so a member ranked as completing tasks who then gets more than half LOW is sent back to the branch
 * committee, which must choose a category that is not a "hoàn thành" level.
 * <p>Our reading: every "hoàn thành" level (HTXS, HTT and HT) contradicts the sentence, not only HTT and better;
 * "trên 50%" is strictly more than half of the ballots collected (2·low &gt; collected, {@link ConfidenceThresholds}).
 */
public final class LowConfidenceReRankingRule {

    /** The sentence quoted to users, with its place in the guidance. */
    public static final String SENTENCE = MemberRankingRules.VOTE_SENTENCE;

    /** The categories the branch committee may give instead: none of the "hoàn thành" levels. */
    public static final List<MemberCategory> ALLOWED = List.of(MemberCategory.VIOLATED_OR_NOT_COMPLETED, MemberCategory.NOT_RANKED);

    private LowConfidenceReRankingRule() {
    }

    /** Whether a member ranked {@code current} must be re-ranked after {@code low} of {@code collected} LOW. */
    public static boolean needsReRanking(MemberCategory current, int low, int collected) {
        return current != null && current.completesTasks() && ConfidenceThresholds.moreThanHalfLow(low, collected);
    }

    /**
     * Parses and checks the corrected category given by the branch committee; {@code who} and the figures make the
     * refusal readable.
     */
    public static MemberCategory checkCorrection(Object category, String note, String who, int low, int collected) {
        if (!(category instanceof String s) || s.isBlank()) {
            throw new DomainException("category", "Chưa chọn mức xếp loại lại cho đồng chí " + who);
        }
        MemberCategory c;
        try {
            c = MemberCategory.valueOf(s.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException("category", "Mức xếp loại không hợp lệ: " + s);
        }
        if (c.completesTasks()) {
            throw new DomainException("category", SENTENCE + ". Đồng chí " + who + " có " + low + "/" + collected
                    + " phiếu tín nhiệm thấp trên số phiếu thu về: không thể xếp loại \"" + c.label() + "\"");
        }
        if (note != null && note.length() > 1000) {
            throw new DomainException("reRankNote", "Ghi chú quá dài (tối đa 1000 ký tự)");
        }
        if (c == MemberCategory.NOT_RANKED && (note == null || note.isBlank())) {
            throw new DomainException("reRankNote", "Cần ghi lý do không xếp loại đồng chí " + who);
        }
        return c;
    }
}
