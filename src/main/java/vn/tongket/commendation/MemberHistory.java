package vn.tongket.commendation;

import java.util.List;
import java.util.Map;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.MemberCategory;

/**
 * What the eligibility rules read about a member: final categories by year, emulation titles, past awards, and the
 * re-rankings a sealed vote required (C.III.5), corrected or not yet.
 */
public record MemberHistory(long memberId, String code, String name, String unitName,
                            Map<Integer, MemberCategory> categories, List<Title> titles, List<PastAward> awards,
                            List<RankingCorrection> corrections) {

    public MemberHistory(long memberId, String code, String name, String unitName, Map<Integer, MemberCategory> categories,
                         List<Title> titles, List<PastAward> awards) {
        this(memberId, code, name, unitName, categories, titles, awards, List.of());
    }

    /** An emulation title recognized for a year ("Chiến sỹ thi đua cơ sở" or higher). */
    public record Title(int year, EmulationTitle title) {
    }

    /**
     * A ranking of {@code year} that more than half LOW in a sealed vote contradicted: {@code corrected} is the
     * branch committee's new category, null while the re-ranking task is still open.
     */
    public record RankingCorrection(int year, int low, int collected, MemberCategory previous, MemberCategory corrected) {
        public boolean pending() {
            return corrected == null;
        }
    }
}
