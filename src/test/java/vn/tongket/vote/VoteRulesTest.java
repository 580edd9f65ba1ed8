package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.common.DomainException;

/** Plain rules of the vote: serial ranges, the vote date, the two places. */
class VoteRulesTest {

    static void refused(Runnable r, String field, String text) {
        assertThatThrownBy(r::run).isInstanceOf(DomainException.class).hasMessageContaining(text)
                .satisfies(e -> assertThat(((DomainException) e).field()).isEqualTo(field));
    }

    @Test
    void serialRange_overflowAtIntMax_refusedInsteadOfLoopingForEver() {
        refused(() -> SerialRange.expand(2147483647L, 2147483647L, 1, null), "to", "tối đa");
    }

    @Test
    void serialRange_negativeReversedHugeWidthPrefix_refusedNamingTheField() {
        refused(() -> SerialRange.expand(-5L, 3L, 1, null), "from", "từ 1 trở lên");
        refused(() -> SerialRange.expand(0L, 3L, 1, null), "from", "từ 1 trở lên");
        refused(() -> SerialRange.expand(10L, 3L, 1, null), "to", "không được nhỏ hơn");
        refused(() -> SerialRange.expand(1L, 2001L, 1, null), "to", "tối đa 2000");
        refused(() -> SerialRange.expand(1L, null, 1, null), "to", "cần cả");
        refused(() -> SerialRange.expand(1L, 3L, 0, null), "width", "width");
        refused(() -> SerialRange.expand(1L, 3L, 30, null), "width", "width");
        refused(() -> SerialRange.expand(1L, 3L, 3, "<script>"), "prefix", "prefix");
    }

    @Test
    void serialRange_boundsInclusive_2000PerCall_paddedAndPrefixed() {
        assertThat(SerialRange.expand(1L, 2000L, 4, "K")).hasSize(2000).startsWith("K0001").endsWith("K2000");
        assertThat(SerialRange.expand(999_999_999L, 999_999_999L, 1, null)).containsExactly("999999999");
    }

    static final MonthDay DEC1 = MonthDay.of(12, 1);
    static final LocalDate LAST = LocalDate.of(2031, 12, 29);

    @Test
    void voteDate_inDecemberUpTo29th_C_III_1_andBefore30th_D_II_3() {
        assertThatCode(() -> VoteDateRule.check(LocalDate.of(2031, 12, 1), 2031, DEC1, LAST, null, false)).doesNotThrowAnyException();
        assertThatCode(() -> VoteDateRule.check(LocalDate.of(2031, 12, 29), 2031, DEC1, LAST, null, false)).doesNotThrowAnyException();
        refused(() -> VoteDateRule.check(LocalDate.of(2031, 12, 31), 2031, DEC1, LAST, null, false), "voteDate", "trong tháng 12");
        refused(() -> VoteDateRule.check(LocalDate.of(2031, 12, 30), 2031, DEC1, LAST, null, false), "voteDate", "trước 30/12");
        refused(() -> VoteDateRule.check(LocalDate.of(2031, 11, 28), 2031, DEC1, LAST, null, false), "voteDate", "từ 01/12/2031 đến 29/12/2031");
        refused(() -> VoteDateRule.check(LocalDate.of(2032, 12, 20), 2031, DEC1, LAST, null, false), "voteDate", "không hợp lệ");
    }

    @Test
    void voteDate_lateUnit_onceTheLastDayIsReached_aDateFromTodayIsALateVote() {
        assertThatCode(() -> VoteDateRule.check(LocalDate.of(2031, 12, 30), 2031, DEC1, LAST, LocalDate.of(2031, 12, 29), false)).doesNotThrowAnyException();
        assertThatCode(() -> VoteDateRule.check(LocalDate.of(2032, 1, 5), 2031, DEC1, LAST, LocalDate.of(2032, 1, 3), false)).doesNotThrowAnyException();
        refused(() -> VoteDateRule.check(LocalDate.of(2031, 12, 30), 2031, DEC1, LAST, LocalDate.of(2031, 12, 28), false), "voteDate", "trước 30/12");
        refused(() -> VoteDateRule.check(LocalDate.of(2032, 1, 2), 2031, DEC1, LAST, LocalDate.of(2032, 1, 3), false), "voteDate", "trước 30/12");
    }

    @Test
    void voteDate_movedIntoThePast_refused_andClosedRequestWindowIsSaid() {
        refused(() -> VoteDateRule.check(LocalDate.of(2031, 12, 10), 2031, DEC1, LAST, LocalDate.of(2031, 12, 12), true),
                "voteDate", "đã qua");
        assertThat(VoteDateRule.requestsWindowNote(LocalDate.of(2031, 12, 27), LocalDate.of(2031, 12, 20)))
                .contains("12/12/2031").contains("24/12/2031");
        assertThat(VoteDateRule.requestsWindowNote(LocalDate.of(2031, 12, 27), LocalDate.of(2031, 12, 12))).isNull();
    }

    static final TwoPlacesRule.Place P = new TwoPlacesRule.Place("P", "Đảng bộ P", true, 3);
    static final TwoPlacesRule.Place MO = new TwoPlacesRule.Place("MO", "Công đoàn", false, 7);
    static final TwoPlacesRule.Place MO2 = new TwoPlacesRule.Place("MO2", "Đoàn Thanh niên", false, 7);

    @Test
    void twoPlacesPerPosition_C_I_1_2_committeeFirstThenWorkplace_thirdRefused_whateverTheOrder() {
        for (List<TwoPlacesRule.Place> order : List.of(List.of(P, MO, MO2), List.of(MO2, MO, P), List.of(MO, MO2, P))) {
            assertThat(TwoPlacesRule.kept(order)).containsExactly(P, MO);
            assertThat(TwoPlacesRule.allowed(order, "MO2")).isFalse();
        }
    }

    @Test
    void twoPlaces_higherPostFirstAmongWorkplaces() {
        var deputyAtA = new TwoPlacesRule.Place("A", "A", false, 8);
        var headAtB = new TwoPlacesRule.Place("B", "B", false, 7);
        assertThat(TwoPlacesRule.kept(List.of(deputyAtA, headAtB, MO2))).containsExactly(headAtB, MO2);
    }
}
