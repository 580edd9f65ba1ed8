package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.tongket.common.DomainException;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberStatus;
import vn.tongket.ranking.MemberRankingRules.Entry;
import vn.tongket.ranking.MemberRankingRules.VoteResult;

class MemberRankingRulesTest {

    private static Entry entry(String code, MemberCategory category) {
        return new Entry(code, "Nguyễn Văn " + code, MemberStatus.ACTIVE, MemberCategory.COMPLETED_WELL, category, null, List.of());
    }

    private static Entry leader(MemberCategory category, int low, int collected) {
        return new Entry("BT", "Lê Văn Bí", MemberStatus.ACTIVE, MemberCategory.COMPLETED_WELL, category, null,
                List.of(new VoteResult("Đảng ủy Sở Tài chính", low, collected)));
    }

    @ParameterizedTest
    @EnumSource(value = MemberCategory.class, names = {"EXCELLENT", "COMPLETED_WELL", "COMPLETED"})
    void lowConfidenceOverHalf_cannotBeRankedCompleting(MemberCategory completing) {
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(leader(completing, 31, 60)), null, "members"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("trên 50% số phiếu tín nhiệm thấp")
                .hasMessageContaining("31/60")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("members[0].category");
    }

    @Test
    void lowConfidenceExactlyHalf_mayBeRankedCompleting() {
        assertThatCode(() -> MemberRankingRules.check(List.of(leader(MemberCategory.COMPLETED, 30, 60)), null, "members"))
                .doesNotThrowAnyException();
        // one low ballot more (31/60, over half) and the same category is refused: 30/60 is the boundary, accepted
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(leader(MemberCategory.COMPLETED, 31, 60)), null, "members"))
                .isInstanceOf(DomainException.class).hasMessageContaining("31/60");
    }

    @Test
    void lowConfidenceOverHalf_mayBeRankedNotCompleting() {
        assertThatCode(() -> MemberRankingRules.check(List.of(leader(MemberCategory.VIOLATED_OR_NOT_COMPLETED, 31, 60)),
                null, "members")).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(leader(MemberCategory.COMPLETED, 31, 60)), null, "members"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void notRanked_needsAReason() {
        Entry noReason = new Entry("A", "Trần Thị A", MemberStatus.ILL, null, MemberCategory.NOT_RANKED, " ", List.of());
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(noReason), null, "members"))
                .extracting(e -> ((DomainException) e).field()).isEqualTo("members[0].notRankedReason");
        MemberRankingRules.check(List.of(new Entry("A", "Trần Thị A", MemberStatus.ILL, null,
                MemberCategory.NOT_RANKED, "Ốm đau dài ngày", List.of())), null, "members");
    }

    @ParameterizedTest
    @EnumSource(value = MemberStatus.class, names = {"ON_LEAVE", "ILL", "UNDER_DISCIPLINE"})
    void excludedStatus_mustBeNotRanked(MemberStatus status) {
        Entry ranked = new Entry("A", "Trần Thị A", status, MemberCategory.COMPLETED, MemberCategory.COMPLETED, null, List.of());
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(entry("B", MemberCategory.COMPLETED), ranked), null, "members"))
                .hasMessageContaining(status.label())
                .extracting(e -> ((DomainException) e).field()).isEqualTo("members[1].category");
    }

    @Test
    void missingCategory_refusedNamingTheMember() {
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(entry("X1", null)), null, "members"))
                .hasMessageContaining("X1").extracting(e -> ((DomainException) e).field()).isEqualTo("members[0].category");
    }

    @Test
    void capOff_anyNumberOfExcellent() {
        List<Entry> allExcellent = List.of(entry("A", MemberCategory.EXCELLENT), entry("B", MemberCategory.EXCELLENT));
        assertThatCode(() -> MemberRankingRules.check(allExcellent, null, "members")).doesNotThrowAnyException();
        // the same list under a 20 % cap is refused: without a cap (null) nothing limits the number
        assertThatThrownBy(() -> MemberRankingRules.check(allExcellent, 20, "members"))
                .isInstanceOf(DomainException.class).hasMessageContaining("20% của 2");
    }

    @Test
    void capOn_atTheCapAccepted_overTheCapRefusedWithFigures_notRankedExcluded() {
        List<Entry> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            list.add(entry("M" + i, i < 2 ? MemberCategory.EXCELLENT : MemberCategory.COMPLETED_WELL));
        }
        list.add(new Entry("S", "Ốm", MemberStatus.ILL, null, MemberCategory.NOT_RANKED, "Ốm đau dài ngày", List.of()));
        assertThatCode(() -> MemberRankingRules.check(list, 20, "members")).doesNotThrowAnyException(); // 2 of 10 = 20 %
        list.set(2, entry("M2", MemberCategory.EXCELLENT));
        assertThatThrownBy(() -> MemberRankingRules.check(list, 20, "members"))
                .hasMessageContaining("là 3").hasMessageContaining("20% của 10").hasMessageContaining("tối đa 2")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("members");
    }

    @Test
    void reviewPaused_mustBeNotRanked() {
        Entry paused = new Entry("P", "Đinh Văn Phúc", MemberStatus.ACTIVE, MemberCategory.COMPLETED_WELL,
                MemberCategory.COMPLETED_WELL, null, List.of(), true);
        assertThatThrownBy(() -> MemberRankingRules.check(List.of(paused), null, "members"))
                .hasMessageContaining("tạm dừng").extracting(e -> ((DomainException) e).field()).isEqualTo("members[0].category");
        MemberRankingRules.check(List.of(new Entry("P", "Đinh Văn Phúc", MemberStatus.ACTIVE, MemberCategory.COMPLETED_WELL,
                MemberCategory.NOT_RANKED, "Tạm dừng kiểm điểm", List.of(), true)), null, "members");
    }

    @Test
    void capRoundsDown() {
        assertThat(MemberRankingRules.excellentAllowed(6, 15)).isZero();
        assertThat(MemberRankingRules.excellentAllowed(7, 15)).isEqualTo(1);
        assertThat(MemberRankingRules.excellentAllowed(14, 15)).isEqualTo(2);
    }
}
