package vn.tongket.commendation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;

/**
 * What the eligibility rules read about a unit: its rankings by year, the categories of its members in year N
 * (NOT_RANKED included, the rule leaves them out of the denominator) and its previous awards.
 */
public record UnitHistory(long unitId, String code, String name, UnitKind kind, Map<Integer, Ranking> rankings,
                          List<MemberCategory> memberCategoriesOfYear, List<PastAward> awards) {

    /** A unit's ranking of one year: category and the 100-point score (may be null when not scored). */
    public record Ranking(UnitCategory category, BigDecimal score) {
    }
}
