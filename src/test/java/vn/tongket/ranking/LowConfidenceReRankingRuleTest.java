package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.tongket.common.DomainException;
import vn.tongket.organization.MemberCategory;

/** C.III.5 applied to a ranking made before the vote: who is sent back, and which categories the branch may give. */
class LowConfidenceReRankingRuleTest {

    @Test
    void rankedExcellent_31of60Low_overHalf_mustBeReRanked() {
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.EXCELLENT, 31, 60)).isTrue();
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.COMPLETED_WELL, 31, 60)).isTrue();
    }

    @Test
    void rankedCompleted_overHalfLow_isAlsoAHoanThanhLevel_mustBeReRanked() {
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.COMPLETED, 31, 60)).isTrue();
    }

    @Test
    void exactlyHalfLow_30of60_isNotOverHalf_noReRanking() {
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.EXCELLENT, 30, 60)).isFalse();
    }

    @Test
    void notCompletingOrNotRankedOrUnranked_nothingToCorrect() {
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.VIOLATED_OR_NOT_COMPLETED, 60, 60)).isFalse();
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.NOT_RANKED, 60, 60)).isFalse();
        assertThat(LowConfidenceReRankingRule.needsReRanking(null, 60, 60)).isFalse();
        assertThat(LowConfidenceReRankingRule.needsReRanking(MemberCategory.EXCELLENT, 0, 0)).isFalse();
    }

    @Test
    void correction_toAnyHoanThanhLevel_refusedCitingC_III_5() {
        for (MemberCategory c : new MemberCategory[] {MemberCategory.EXCELLENT, MemberCategory.COMPLETED_WELL, MemberCategory.COMPLETED}) {
            assertThatThrownBy(() -> LowConfidenceReRankingRule.checkCorrection(c.name(), null, "A (DV1)", 31, 60))
                    .isInstanceOf(DomainException.class)
                    .hasMessageContaining("trên 50% số phiếu tín nhiệm thấp")
                    .hasMessageContaining("C.III.5")
                    .hasMessageContaining("31/60");
        }
    }

    @Test
    void correction_notCompleted_accepted_notRankedNeedsReason() {
        assertThat(LowConfidenceReRankingRule.checkCorrection("VIOLATED_OR_NOT_COMPLETED", null, "A", 31, 60))
                .isEqualTo(MemberCategory.VIOLATED_OR_NOT_COMPLETED);
        assertThatThrownBy(() -> LowConfidenceReRankingRule.checkCorrection("NOT_RANKED", " ", "A", 31, 60))
                .hasMessageContaining("lý do");
        assertThat(LowConfidenceReRankingRule.checkCorrection("NOT_RANKED", "Đang xem xét kỷ luật", "A", 31, 60))
                .isEqualTo(MemberCategory.NOT_RANKED);
    }

    @Test
    void correction_garbageWrongTypeOrHugeNote_refused() {
        assertThatThrownBy(() -> LowConfidenceReRankingRule.checkCorrection("TOP", null, "A", 31, 60)).hasMessageContaining("không hợp lệ");
        assertThatThrownBy(() -> LowConfidenceReRankingRule.checkCorrection(7, null, "A", 31, 60)).hasMessageContaining("Chưa chọn");
        assertThatThrownBy(() -> LowConfidenceReRankingRule.checkCorrection(null, null, "A", 31, 60)).hasMessageContaining("Chưa chọn");
        assertThatThrownBy(() -> LowConfidenceReRankingRule.checkCorrection("VIOLATED_OR_NOT_COMPLETED", "x".repeat(1001), "A", 31, 60))
                .hasMessageContaining("tối đa 1000");
    }
}
