package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tongket.common.DomainException;
import vn.tongket.organization.UnitCategory;

class UnitCategoryRuleTest {

    private final Scorecard sheet = DefaultScorecard.of(2013).validated();

    @Test
    void defaultSheet_totals100Points() {
        assertThat(sheet.maxTotal()).isEqualByComparingTo("100");
    }

    @ParameterizedTest(name = "{0} points -> {1}")
    @CsvSource({
            "100, EXEMPLARY_CLEAN_STRONG", "95, EXEMPLARY_CLEAN_STRONG", "94.99, CLEAN_STRONG",
            "90, CLEAN_STRONG", "89.75, COMPLETED_WELL", "70, COMPLETED_WELL", "69.99, COMPLETED",
            "50, COMPLETED", "49.5, WEAK", "0, WEAK"})
    void band_bothSidesOfEachBoundary(String score, UnitCategory expected) {
        assertThat(UnitCategoryRule.band(sheet, new BigDecimal(score))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} caps at {1}")
    @CsvSource({
            "COMMITTEE_DISCIPLINED, WEAK", "AGENCY_NOT_COMPLETED, COMPLETED",
            "INTERNAL_DISUNITY, COMPLETED", "MEMBER_DISCIPLINED, COMPLETED_WELL"})
    void eachVeto_capsTheCategory_butNeverRaisesIt(String code, UnitCategory cap) {
        Scorecard.Veto veto = sheet.veto(code);
        assertThat(UnitCategoryRule.applyVetoes(UnitCategory.EXEMPLARY_CLEAN_STRONG, List.of(veto))).isEqualTo(cap);
        assertThat(UnitCategoryRule.applyVetoes(UnitCategory.WEAK, List.of(veto))).isEqualTo(UnitCategory.WEAK);
        assertThat(UnitCategoryRule.applyVetoes(UnitCategory.EXEMPLARY_CLEAN_STRONG, List.of())).isEqualTo(UnitCategory.EXEMPLARY_CLEAN_STRONG);
    }

    @Test
    void severalVetoes_theWorstCapWins() {
        var vetoes = List.of(sheet.veto("MEMBER_DISCIPLINED"), sheet.veto("COMMITTEE_DISCIPLINED"));
        assertThat(UnitCategoryRule.applyVetoes(UnitCategory.CLEAN_STRONG, vetoes)).isEqualTo(UnitCategory.WEAK);
    }

    @Test
    void superiorScoreIsTheScore_selfScoreKeptForReference() {
        ScorecardEvaluation e = ScorecardEvaluation.evaluate(sheet, points("1.0"), points("0.95"), List.of());
        assertThat(e.selfScore()).isEqualByComparingTo("100");
        assertThat(e.superiorScore()).isEqualByComparingTo("95");
        assertThat(e.score()).isEqualByComparingTo("95");
        assertThat(e.proposedCategory()).isEqualTo(UnitCategory.EXEMPLARY_CLEAN_STRONG);
    }

    @Test
    void memberDisciplined_exemplaryScoreProposedAsCompletedWell() {
        ScorecardEvaluation e = ScorecardEvaluation.evaluate(sheet, points("1.0"), points("1.0"), List.of("MEMBER_DISCIPLINED"));
        assertThat(e.bandCategory()).isEqualTo(UnitCategory.EXEMPLARY_CLEAN_STRONG);
        assertThat(e.proposedCategory()).isEqualTo(UnitCategory.COMPLETED_WELL);
    }

    @Test
    void pointsAboveCriterionMaximum_refusedNamingTheCriterion() {
        Map<String, BigDecimal> p = points("1.0");
        p.put("I.1", new BigDecimal("20.5"));
        assertThatThrownBy(() -> ScorecardEvaluation.evaluate(sheet, points("1.0"), p, List.of()))
                .isInstanceOf(DomainException.class).hasMessageContaining("I.1").hasMessageContaining("từ 0 đến 20")
                .extracting(ex -> ((DomainException) ex).field()).isEqualTo("superiorPoints.I.1");
    }

    @Test
    void missingCriterion_refused() {
        Map<String, BigDecimal> p = points("1.0");
        p.remove("V.2");
        assertThatThrownBy(() -> ScorecardEvaluation.evaluate(sheet, p, points("1.0"), List.of()))
                .hasMessageContaining("Chưa chấm điểm tiêu chí V.2");
    }

    @Test
    void unknownVeto_refused() {
        assertThatThrownBy(() -> ScorecardEvaluation.evaluate(sheet, points("1"), points("1"), List.of("NOPE")))
                .hasMessageContaining("NOPE");
    }

    @Test
    void decision_oneStepWithReason_accepted_twoSteps_refused() {
        UnitCategoryRule.checkDecision(UnitCategory.CLEAN_STRONG, UnitCategory.CLEAN_STRONG, null, List.of());
        UnitCategoryRule.checkDecision(UnitCategory.CLEAN_STRONG, UnitCategory.COMPLETED_WELL, "Còn hạn chế", List.of());
        assertThatThrownBy(() -> UnitCategoryRule.checkDecision(UnitCategory.CLEAN_STRONG, UnitCategory.COMPLETED_WELL, " ", List.of()))
                .extracting(ex -> ((DomainException) ex).field()).isEqualTo("decisionReason");
        assertThatThrownBy(() -> UnitCategoryRule.checkDecision(UnitCategory.CLEAN_STRONG, UnitCategory.COMPLETED, "x", List.of()))
                .hasMessageContaining("2 bậc");
    }

    @Test
    void decision_aboveVetoCap_refusedWithTheVetoReason() {
        var vetoes = List.of(sheet.veto("MEMBER_DISCIPLINED"));
        UnitCategoryRule.checkDecision(UnitCategory.COMPLETED_WELL, UnitCategory.COMPLETED, "x", vetoes);
        assertThatThrownBy(() -> UnitCategoryRule.checkDecision(UnitCategory.COMPLETED_WELL, UnitCategory.CLEAN_STRONG, "x", vetoes))
                .hasMessageContaining("Có đảng viên bị thi hành kỷ luật trong năm");
    }

    @Test
    void sheetWithBandsOutOfOrder_refused() {
        var bad = new Scorecard(2013, "x", sheet.groups(), List.of(
                new Scorecard.CategoryBand(UnitCategory.EXEMPLARY_CLEAN_STRONG, new BigDecimal("95")),
                new Scorecard.CategoryBand(UnitCategory.CLEAN_STRONG, new BigDecimal("96")),
                new Scorecard.CategoryBand(UnitCategory.COMPLETED_WELL, new BigDecimal("70")),
                new Scorecard.CategoryBand(UnitCategory.COMPLETED, new BigDecimal("50"))), List.of());
        assertThatThrownBy(bad::validated).hasMessageContaining("Trong sạch, vững mạnh");
    }

    /** Every criterion at {@code share} of its maximum. */
    private Map<String, BigDecimal> points(String share) {
        Map<String, BigDecimal> p = new HashMap<>();
        sheet.criteria().forEach(c -> p.put(c.code(), c.maxPoints().multiply(new BigDecimal(share))));
        return p;
    }
}
