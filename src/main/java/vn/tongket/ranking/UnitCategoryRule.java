package vn.tongket.ranking;

import java.math.BigDecimal;
import java.util.Collection;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

/**
 * The rules that turn a score into a category of a grassroots organization (plain Java): the band of the score,
 * then the vetoes (each caps the category), then the BTV ĐUK's decision, which may differ from the proposal by
 * at most {@link #MAX_DECISION_STEPS} step with a written reason and never goes above a veto's cap.
 */
public final class UnitCategoryRule {

    /** How far the BTV ĐUK may move from the proposed category (one step up or down). */
    public static final int MAX_DECISION_STEPS = 1;

    private UnitCategoryRule() {
    }

    /** The best category whose band minimum the score reaches; WEAK when none. */
    public static UnitCategory band(Scorecard scorecard, BigDecimal score) {
        for (Scorecard.CategoryBand band : scorecard.bandsBestFirst()) {
            if (score.compareTo(band.minScore()) >= 0) {
                return band.category();
            }
        }
        return UnitCategory.WEAK;
    }

    /** The band's category, lowered to the worst cap of the applied vetoes. */
    public static UnitCategory applyVetoes(UnitCategory category, Collection<Scorecard.Veto> vetoes) {
        UnitCategory result = category;
        for (Scorecard.Veto veto : vetoes) {
            result = worse(result, veto.maxCategory());
        }
        return result;
    }

    /** The best category the vetoes allow (EXEMPLARY when none applies). */
    public static UnitCategory cap(Collection<Scorecard.Veto> vetoes) {
        return applyVetoes(UnitCategory.EXEMPLARY_CLEAN_STRONG, vetoes);
    }

    /**
     * Checks the BTV ĐUK's decision against the proposal: at most one step away, a reason when it differs,
     * never above the cap of the applied vetoes.
     */
    public static void checkDecision(UnitCategory proposed, UnitCategory decided, String reason,
                                     Collection<Scorecard.Veto> vetoes) {
        if (decided == null) {
            throw new DomainException("category", "Chưa chọn loại xếp hạng của tổ chức đảng");
        }
        int steps = Math.abs(decided.ordinal() - proposed.ordinal());
        if (steps > MAX_DECISION_STEPS) {
            throw new DomainException("category", "Loại quyết định \"" + decided.label() + "\" cách loại đề xuất \""
                    + proposed.label() + "\" " + steps + " bậc; chỉ được điều chỉnh tối đa " + MAX_DECISION_STEPS + " bậc");
        }
        if (steps > 0 && (reason == null || reason.isBlank())) {
            throw new DomainException("decisionReason", "Cần ghi lý do khi quyết định loại khác với loại đề xuất \""
                    + proposed.label() + "\"");
        }
        for (Scorecard.Veto veto : vetoes) {
            if (decided.ordinal() < veto.maxCategory().ordinal()) {
                throw new DomainException("category", "Không thể xếp loại \"" + decided.label() + "\": " + veto.reason()
                        + " (tối đa \"" + veto.maxCategory().label() + "\")");
            }
        }
    }

    static UnitCategory worse(UnitCategory a, UnitCategory b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}
