package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BallotTallyTest {

    static final List<BallotTally.Candidate> TWO = List.of(
            new BallotTally.Candidate("A", "Nguyễn Văn A", "Bí thư"),
            new BallotTally.Candidate("B", "Lê Thị B", "Phó Bí thư"));

    @Test
    void percentages_overBallotsCollected_invalidIncluded() {
        var t = new BallotTally(2, InvalidMarkScope.BALLOT);
        t.add("14", true);  // A high, B low
        t.add("11", true);
        t.add("21", true);
        t.add("01", true);  // no box for A: whole ballot void
        var r = t.results(TWO, 5);
        var a = r.get(0);
        assertThat(a.issued()).isEqualTo(5);
        assertThat(a.collected()).isEqualTo(4);
        assertThat(a.valid()).isEqualTo(3);
        assertThat(a.invalid()).isEqualTo(1);
        assertThat(a.high()).isEqualTo(2);
        assertThat(a.highPercent()).isEqualByComparingTo("50.00");     // 2/4, not 2/3
        assertThat(a.mediumPercent()).isEqualByComparingTo("25.00");
        assertThat(a.lowPercent()).isEqualByComparingTo("0.00");
        assertThat(r.get(1).lowPercent()).isEqualByComparingTo("25.00");
        assertThat(t.wholeBallotsValid()).isEqualTo(3);
    }

    @Test
    void percentRounding_halfUpTwoDecimals() {
        assertThat(BallotTally.percent(2, 3)).isEqualTo(new BigDecimal("66.67"));
        assertThat(BallotTally.percent(1, 3)).isEqualTo(new BigDecimal("33.33"));
        assertThat(BallotTally.percent(1, 8)).isEqualTo(new BigDecimal("12.50"));
        assertThat(BallotTally.percent(1, 6)).isEqualTo(new BigDecimal("16.67"));
        assertThat(BallotTally.percent(1, 16)).isEqualTo(new BigDecimal("6.25"));
        assertThat(BallotTally.percent(1, 1600)).isEqualTo(new BigDecimal("0.06")); // 0.0625 → 0.06
        assertThat(BallotTally.percent(1, 800)).isEqualTo(new BigDecimal("0.13"));  // 0.125 → 0.13 half up
        assertThat(BallotTally.percent(0, 0)).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void notIssued_countsAsCollectedButInvalid() {
        var t = new BallotTally(2, InvalidMarkScope.CANDIDATE);
        t.add("11", false);
        t.add("11", true);
        var a = t.results(TWO, 3).get(0);
        assertThat(a.collected()).isEqualTo(2);
        assertThat(a.valid()).isEqualTo(1);
        assertThat(a.highPercent()).isEqualByComparingTo("50.00");
    }

    @Test
    void candidateScope_badNameVoidsOnlyThatName() {
        var t = new BallotTally(2, InvalidMarkScope.CANDIDATE);
        t.add("34", true);   // A: two boxes → void for A only
        t.add("8" + "4", true); // A: struck (no box) → void for A only
        var r = t.results(TWO, 2);
        assertThat(r.get(0).valid()).isZero();
        assertThat(r.get(0).invalid()).isEqualTo(2);
        assertThat(r.get(1).valid()).isEqualTo(2);
        assertThat(r.get(1).low()).isEqualTo(2);
        assertThat(r.get(1).lowPercent()).isEqualByComparingTo("100.00");
    }

    @Test
    void textOutsideList_voidsWholeBallot() {
        var t = new BallotTally(2, InvalidMarkScope.CANDIDATE);
        t.add("11+", true);
        assertThat(t.results(TWO, 1).get(0).valid()).isZero();
    }

    @Test
    void foreignBallot_countedAsCollectedAndInvalid_percentagesOverAllCollected_issued40collected41() {
        var t = new BallotTally(2, InvalidMarkScope.BALLOT);
        for (int i = 0; i < 40; i++) {
            t.add(i < 21 ? "14" : "12", true);   // 21 LOW for the second name (bits: 1 high, 2 medium, 4 low)
        }
        t.add("44", false);                       // a ballot the board did not issue
        var r = t.results(TWO, 40);
        assertThat(t.foreign()).isEqualTo(1);
        assertThat(r.get(1).issued()).isEqualTo(40);
        assertThat(r.get(1).collected()).isEqualTo(41);
        assertThat(r.get(1).valid()).isEqualTo(40);
        assertThat(r.get(1).invalid()).isEqualTo(1);
        assertThat(r.get(1).low()).isEqualTo(21);
        assertThat(r.get(1).lowPercent()).isEqualByComparingTo("51.22");   // 21/41, not 21/40 = 52.50
    }

    @Test
    void invariant_collectedNotAboveIssued() {
        var t = new BallotTally(2, InvalidMarkScope.BALLOT);
        t.add("11", true);
        t.add("11", true);
        assertThatThrownBy(() -> t.results(TWO, 1)).isInstanceOf(BallotTally.TallyInvariantException.class)
                .hasMessageContaining("lớn hơn số phiếu phát ra");
    }

    @Test
    void invariant_validPlusInvalidEqualsCollected_onRandomBallots_andAgreesWithValidity() {
        Random rnd = new Random(42);
        List<String> names = List.of("A", "B", "C", "D");
        var printed = names.stream().map(n -> new BallotTally.Candidate(n, n, "x")).toList();
        for (InvalidMarkScope scope : InvalidMarkScope.values()) {
            var tally = new BallotTally(4, scope);
            var rule = new BallotValidity(scope);
            int[][] expected = new int[4][3];
            int[] valid = new int[4];
            for (int i = 0; i < 2000; i++) {
                List<CandidateMark> marks = new ArrayList<>();
                for (int c = 0; c < 4; c++) {
                    int pick = rnd.nextInt(20);
                    marks.add(pick < 17 ? CandidateMark.of(Level.values()[pick % 3])
                            : CandidateMark.decode("0123456789ABCDEFGHIJKLMNOPQRSTUV".charAt(rnd.nextInt(32))));
                }
                var b = new Ballot(String.valueOf(i), marks, rnd.nextInt(50) == 0, false);
                boolean issued = rnd.nextInt(100) != 0;
                tally.add(b.encodeMarks(), issued);
                var v = rule.check(b, issued, names);
                for (int c = 0; c < 4; c++) {
                    if (v.counted().get(c) != null) {
                        expected[c][v.counted().get(c).ordinal()]++;
                        valid[c]++;
                    }
                }
            }
            var r = tally.results(printed, 2000);
            for (int c = 0; c < 4; c++) {
                assertThat(r.get(c).valid()).isEqualTo(valid[c]);
                assertThat(new int[] {r.get(c).high(), r.get(c).medium(), r.get(c).low()}).containsExactly(expected[c]);
                assertThat(r.get(c).valid() + r.get(c).invalid()).isEqualTo(r.get(c).collected());
            }
        }
    }

    @Test
    void hundredThousandBallotsFifteenCandidates_underHalfSecond() {
        int n = 100_000;
        String[] encoded = new String[n];
        Random rnd = new Random(7);
        char[] buf = new char[15];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < 15; c++) {
                buf[c] = "124".charAt(rnd.nextInt(3));
            }
            encoded[i] = new String(buf);
        }
        var printed = new ArrayList<BallotTally.Candidate>();
        for (int c = 0; c < 15; c++) {
            printed.add(new BallotTally.Candidate("M" + c, "Người " + c, "Ủy viên"));
        }
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {   // best of 3: the first run includes JIT warm-up on a shared machine
            long t0 = System.nanoTime();
            var t = new BallotTally(15, InvalidMarkScope.BALLOT);
            for (String e : encoded) {
                t.add(e, true);
            }
            var r = t.results(printed, n);
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
            assertThat(r.get(0).high() + r.get(0).medium() + r.get(0).low()).isEqualTo(n);
        }
        assertThat(best).as("tally of 100,000 × 15 in ms").isLessThan(500);
    }

    @Test
    void emptySet_hasNoBoxes() {
        assertThat(new CandidateMark(EnumSet.noneOf(Level.class), false, false).boxes()).isEmpty();
        assertThat(new CandidateMark(Set.of(), false, false).isValid()).isFalse();
    }
}
