package vn.tongket.commendation;

import java.util.List;
import java.util.Map;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.MemberCategory;

/** What the eligibility rules read about a member: final categories by year, emulation titles, past awards. */
public record MemberHistory(long memberId, String code, String name, String unitName,
                            Map<Integer, MemberCategory> categories, List<Title> titles, List<PastAward> awards) {

    /** An emulation title recognized for a year ("Chiến sỹ thi đua cơ sở" or higher). */
    public record Title(int year, EmulationTitle title) {
    }
}
