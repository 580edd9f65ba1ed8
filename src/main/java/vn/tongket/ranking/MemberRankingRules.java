package vn.tongket.ranking;

import java.util.List;
import vn.tongket.common.DomainException;
import vn.tongket.organization.ConfidenceThresholds;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberStatus;

/**
 * Rules on the ranking of a list of members (a branch's proposal or the grassroots committee's confirmation),
 * plain Java. Each entry needs a category; NOT_RANKED needs a reason and is compulsory for members on leave,
 * ill or with discipline pending; a leader with more than half LOW ballots in this year's confidence vote may
 * not be ranked as completing tasks (C.III.5); with a cap configured, the share of EXCELLENT among ranked members
 * (NOT_RANKED excluded) may not exceed it, rounded down.
 */
public final class MemberRankingRules {

    /** The sentence of the guidance (part C.III.5) quoted when refusing. */
    public static final String VOTE_SENTENCE = "Những đồng chí có trên 50% số phiếu tín nhiệm thấp trở lên thì không được"
            + " đánh giá hoàn thành nhiệm vụ năm đó (Hướng dẫn 22-HD/ĐU, phần C.III.5)";

    /** One LOW count of the year's confidence vote at one place. */
    public record VoteResult(String place, int low, int collected) {

        public boolean moreThanHalfLow() {
            return ConfidenceThresholds.moreThanHalfLow(low, collected);
        }
    }

    /**
     * One member's line: status, the self-ranking (may be null), the category given, the reason if not ranked, this
     * year's vote results, and whether a review of the member is paused (domain.md §4.7: no ranking until resumed).
     */
    public record Entry(String memberCode, String fullName, MemberStatus status, MemberCategory selfCategory,
                        MemberCategory category, String notRankedReason, List<VoteResult> votes, boolean reviewPaused) {

        public Entry(String memberCode, String fullName, MemberStatus status, MemberCategory selfCategory,
                     MemberCategory category, String notRankedReason, List<VoteResult> votes) {
            this(memberCode, fullName, status, selfCategory, category, notRankedReason, votes, false);
        }
    }

    private MemberRankingRules() {
    }

    /** Validates every entry, then the cap over the whole list; {@code field} names the list in errors. */
    public static void check(List<Entry> entries, Integer excellentCapPercent, String field) {
        for (int i = 0; i < entries.size(); i++) {
            checkEntry(entries.get(i), field + "[" + i + "]");
        }
        checkCap(entries, excellentCapPercent, field);
    }

    public static void checkEntry(Entry e, String field) {
        String who = e.fullName() + " (" + e.memberCode() + ")";
        if (e.category() == null) {
            throw new DomainException(field + ".category", "Chưa xếp loại đảng viên " + who);
        }
        if (e.category() == MemberCategory.NOT_RANKED) {
            if (e.notRankedReason() == null || e.notRankedReason().isBlank()) {
                throw new DomainException(field + ".notRankedReason", "Cần ghi lý do không xếp loại đảng viên " + who);
            }
            return;
        }
        if (e.status() != null && e.status().excludedFromRanking()) {
            throw new DomainException(field + ".category", "Đảng viên " + who + " đang ở tình trạng \"" + e.status().label()
                    + "\": chọn \"" + MemberCategory.NOT_RANKED.label() + "\" và ghi lý do");
        }
        if (e.reviewPaused()) {
            throw new DomainException(field + ".category", "Việc kiểm điểm đảng viên " + who + " đang tạm dừng chờ kết luận"
                    + " kiểm tra: chọn \"" + MemberCategory.NOT_RANKED.label() + "\" và ghi lý do cho đến khi kiểm điểm tiếp tục");
        }
        if (e.category().completesTasks()) {
            for (VoteResult v : e.votes()) {
                if (v.moreThanHalfLow()) {
                    throw new DomainException(field + ".category", VOTE_SENTENCE + ". Đồng chí " + who + " có "
                            + v.low() + "/" + v.collected() + " phiếu tín nhiệm thấp trên số phiếu thu về tại " + v.place()
                            + ": không thể xếp loại \"" + e.category().label() + "\"");
                }
            }
        }
    }

    /** Largest number of EXCELLENT allowed among {@code ranked} members: floor(ranked × percent / 100). */
    public static int excellentAllowed(int ranked, int percent) {
        return ranked * percent / 100;
    }

    public static void checkCap(List<Entry> entries, Integer excellentCapPercent, String field) {
        if (excellentCapPercent == null) {
            return;
        }
        int ranked = (int) entries.stream().filter(e -> e.category() != MemberCategory.NOT_RANKED).count();
        int excellent = (int) entries.stream().filter(e -> e.category() == MemberCategory.EXCELLENT).count();
        int allowed = excellentAllowed(ranked, excellentCapPercent);
        if (excellent > allowed) {
            throw new DomainException(field, "Số đảng viên xếp loại \"" + MemberCategory.EXCELLENT.label() + "\" là "
                    + excellent + ", vượt mức tối đa " + excellentCapPercent + "% của " + ranked
                    + " đảng viên được xếp loại (tối đa " + allowed + ", làm tròn xuống)");
        }
    }
}
