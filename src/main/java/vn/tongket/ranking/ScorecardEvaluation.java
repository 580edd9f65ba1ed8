package vn.tongket.ranking;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

/**
 * Evaluation of one unit on one scorecard (plain Java): the unit's own points and the superior's points per
 * criterion. The superior's total is THE score (the unit's self-score is kept for reference and comparison);
 * its band, lowered by the applied vetoes, is the proposed category.
 */
public record ScorecardEvaluation(BigDecimal selfScore, BigDecimal superiorScore, BigDecimal score,
                                  UnitCategory bandCategory, List<Scorecard.Veto> appliedVetoes,
                                  UnitCategory proposedCategory) {

    public static ScorecardEvaluation evaluate(Scorecard scorecard, Map<String, BigDecimal> selfPoints,
                                               Map<String, BigDecimal> superiorPoints, Collection<String> vetoCodes) {
        BigDecimal self = total(scorecard, selfPoints, "selfPoints");
        BigDecimal superior = total(scorecard, superiorPoints, "superiorPoints");
        List<Scorecard.Veto> vetoes = vetoes(scorecard, vetoCodes);
        UnitCategory band = UnitCategoryRule.band(scorecard, superior);
        return new ScorecardEvaluation(self, superior, superior, band, vetoes, UnitCategoryRule.applyVetoes(band, vetoes));
    }

    /** The proposal from the superior's total alone (its band, lowered by the vetoes): shown as soon as it is saved. */
    public static UnitCategory proposal(Scorecard scorecard, BigDecimal superiorScore, Collection<String> vetoCodes) {
        return UnitCategoryRule.applyVetoes(UnitCategoryRule.band(scorecard, superiorScore), vetoes(scorecard, vetoCodes));
    }

    private static List<Scorecard.Veto> vetoes(Scorecard scorecard, Collection<String> vetoCodes) {
        List<Scorecard.Veto> vetoes = new ArrayList<>();
        for (String code : vetoCodes) {
            vetoes.add(scorecard.veto(code));
        }
        return List.copyOf(vetoes);
    }

    /** Sum of the points of every criterion; each present, between 0 and its maximum, at most 2 decimals. */
    public static BigDecimal total(Scorecard scorecard, Map<String, BigDecimal> points, String field) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Scorecard.Criterion c : scorecard.criteria()) {
            sum = sum.add(checkedPoints(c, points.get(c.code()), field));
        }
        for (String code : points.keySet()) {
            if (scorecard.criteria().stream().noneMatch(c -> c.code().equals(code))) {
                throw new DomainException(field + "." + code, "Tiêu chí " + code + " không có trong bảng điểm năm " + scorecard.year());
            }
        }
        return sum;
    }

    public static BigDecimal checkedPoints(Scorecard.Criterion c, BigDecimal p, String field) {
        String f = field + "." + c.code();
        if (p == null) {
            throw new DomainException(f, "Chưa chấm điểm tiêu chí " + c.code() + " \"" + c.name() + "\"");
        }
        if (p.signum() < 0 || p.compareTo(c.maxPoints()) > 0) {
            throw new DomainException(f, "Điểm tiêu chí " + c.code() + " phải từ 0 đến "
                    + c.maxPoints().stripTrailingZeros().toPlainString() + " (đã nhập " + p.toPlainString() + ")");
        }
        if (p.stripTrailingZeros().scale() > 2) {
            throw new DomainException(f, "Điểm tiêu chí " + c.code() + " chỉ được có tối đa 2 chữ số thập phân");
        }
        return p;
    }
}
