package vn.tongket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tongket.common.DomainException;
import vn.tongket.evaluation.LeaderCategoryRule.VoteFigures;

class LeaderCategoryRuleTest {

    @ParameterizedTest
    @EnumSource(value = LeaderCategory.class, names = "NOT_COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void lowOverHalf_31of60_anyOtherCategoryRefused(LeaderCategory chosen) {
        assertThatThrownBy(() -> LeaderCategoryRule.check(chosen, List.of(new VoteFigures("BCH Đảng bộ Sở Tài chính", 31, 60))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("31/60 phiếu tín nhiệm thấp tại BCH Đảng bộ Sở Tài chính")
                .hasMessageContaining("trên 50% số phiếu tín nhiệm thấp trở lên thì không được đánh giá hoàn thành nhiệm vụ")
                .hasMessageContaining(chosen.label())
                .extracting(e -> ((DomainException) e).field()).isEqualTo("leaderCategory");
    }

    @Test
    void lowOverHalf_31of60_notCompletedAccepted() {
        assertThatCode(() -> LeaderCategoryRule.check(LeaderCategory.NOT_COMPLETED, List.of(new VoteFigures("X", 31, 60))))
                .doesNotThrowAnyException();
        assertThat(LeaderCategoryRule.forcesNotCompleted(List.of(new VoteFigures("X", 31, 60)))).isTrue();
    }

    @ParameterizedTest
    @EnumSource(LeaderCategory.class)
    void exactlyHalfLow_30of60_notForced_everyCategoryAllowed(LeaderCategory chosen) {
        assertThat(LeaderCategoryRule.forcesNotCompleted(List.of(new VoteFigures("X", 30, 60)))).isFalse();
        assertThatCode(() -> LeaderCategoryRule.check(chosen, List.of(new VoteFigures("X", 30, 60)))).doesNotThrowAnyException();
    }

    @Test
    void percentagesUseBallotsCollected_invalidBallotsStayInDenominator() {
        // 16 LOW of 31 collected (some invalid) is over half of the collected ballots
        assertThat(LeaderCategoryRule.forcesNotCompleted(List.of(new VoteFigures("X", 16, 31)))).isTrue();
        assertThat(LeaderCategoryRule.forcesNotCompleted(List.of(new VoteFigures("X", 15, 31)))).isFalse();
    }

    @Test
    void twoPlaces_overHalfAtEitherPlace_forces() {
        List<VoteFigures> votes = List.of(new VoteFigures("BCH Đảng bộ cơ sở", 5, 20), new VoteFigures("Cơ quan", 11, 20));
        assertThat(LeaderCategoryRule.forcesNotCompleted(votes)).isTrue();
        assertThatThrownBy(() -> LeaderCategoryRule.check(LeaderCategory.COMPLETED_WELL, votes))
                .hasMessageContaining("11/20 phiếu tín nhiệm thấp tại Cơ quan")
                .hasMessageNotContaining("5/20");
    }

    @Test
    void noVote_notForced() {
        assertThatCode(() -> LeaderCategoryRule.check(LeaderCategory.EXCELLENT, List.of())).doesNotThrowAnyException();
        assertThat(LeaderCategoryRule.forcesNotCompleted(List.of(new VoteFigures("X", 0, 0)))).isFalse();
    }
}
