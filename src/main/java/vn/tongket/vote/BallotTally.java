package vn.tongket.vote;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The count of C.III.2.3, in one pass over the compact ballot encoding (one character per candidate, see
 * {@link Ballot#encodeMarks()}): per candidate, ballots issued, collected, valid, and the count and percentage of
 * each level OVER BALLOTS COLLECTED ("tỉ lệ phần trăm trên tổng số phiếu thu về"), invalid ballots included in
 * the denominator. Percentages are exact {@link BigDecimal} quotients rounded HALF_UP to 2 decimals.
 * Invariants checked on every result: high + medium + low = valid; valid + invalid = collected; collected ≤ issued +
 * foreign, where foreign ballots (serial not issued by the board) are collected and invalid (C.III.2.2): issued 40,
 * collected 41 with one foreign ballot counts over 41.
 * <p>
 * Arrays of ints, no object per ballot: 100,000 ballots × 15 candidates count in a few milliseconds.
 */
public final class BallotTally {

    /** Rounding of every percentage: 2 decimals, half up (e.g. 2/3 → 66.67, 1/6 → 16.67, 1/8 → 12.50). */
    public static final int PERCENT_SCALE = 2;
    public static final RoundingMode PERCENT_ROUNDING = RoundingMode.HALF_UP;

    private final int candidates;
    private final InvalidMarkScope scope;
    /** counts[candidate * 3 + level ordinal] */
    private final int[] counts;
    private final int[] valid;
    private int collected;
    private int wholeBallotsValid;
    private int foreign;
    private final int[] codes;

    public BallotTally(int candidates, InvalidMarkScope scope) {
        this.candidates = candidates;
        this.scope = scope;
        this.counts = new int[candidates * 3];
        this.valid = new int[candidates];
        this.codes = new int[candidates];
    }

    /** Adds one collected ballot: its encoded marks, and whether its serial was issued by the board. */
    public void add(String encoded, boolean issued) {
        collected++;
        boolean other = encoded.length() == candidates + 1 && encoded.charAt(candidates) == '+';
        if (encoded.length() != candidates && !other) {
            throw new IllegalArgumentException("Encoded ballot of length " + encoded.length() + " for " + candidates + " candidates");
        }
        if (!issued) {
            foreign++;
        }
        if (!issued || other) {
            return;
        }
        boolean anyBad = false;
        for (int i = 0; i < candidates; i++) {
            int code = CandidateMark.codeOf(encoded.charAt(i));
            codes[i] = code;
            if (CandidateMark.singleLevelOf(code) == null) {
                anyBad = true;
            }
        }
        if (anyBad && scope == InvalidMarkScope.BALLOT) {
            return;
        }
        if (!anyBad) {
            wholeBallotsValid++;
        }
        for (int i = 0; i < candidates; i++) {
            int level = switch (codes[i]) {
                case 1 -> 0;
                case 2 -> 1;
                case 4 -> 2;
                default -> -1;
            };
            if (level >= 0) {
                counts[i * 3 + level]++;
                valid[i]++;
            }
        }
    }

    public int collected() {
        return collected;
    }

    /**
     * Ballots found at the count that the board did not issue ("phiếu không do ban kiểm phiếu phát ra", C.III.2.2):
     * collected and invalid; the minutes say how many.
     */
    public int foreign() {
        return foreign;
    }

    /** Ballots valid as a whole (every name well marked, issued, nothing added). */
    public int wholeBallotsValid() {
        return wholeBallotsValid;
    }

    /** One candidate as printed on the ballot. */
    public record Candidate(String memberCode, String fullName, String positionTitle) {
    }

    /** One line of the minutes. */
    public record CandidateResult(String memberCode, String fullName, String positionTitle,
                                  int issued, int collected, int valid, int invalid,
                                  int high, int medium, int low,
                                  BigDecimal highPercent, BigDecimal mediumPercent, BigDecimal lowPercent) {
    }

    /** The results in ballot order; checks the invariants (throws {@link TallyInvariantException}). */
    public List<CandidateResult> results(List<Candidate> printed, int issued) {
        if (printed.size() != candidates) {
            throw new IllegalArgumentException("candidates");
        }
        // foreign ballots are collected (and invalid): collected may exceed issued by exactly their number
        if (collected - foreign > issued) {
            throw new TallyInvariantException("Số phiếu thu về có số đã phát (" + (collected - foreign) + ") lớn hơn số phiếu phát ra ("
                    + issued + "): ban kiểm phiếu phải kiểm tra lại thùng phiếu");
        }
        List<CandidateResult> out = new ArrayList<>(candidates);
        for (int i = 0; i < candidates; i++) {
            Candidate c = printed.get(i);
            int h = counts[i * 3];
            int m = counts[i * 3 + 1];
            int l = counts[i * 3 + 2];
            int invalid = collected - valid[i];
            if (h + m + l != valid[i] || valid[i] + invalid != collected || invalid < 0) {
                throw new TallyInvariantException("Kết quả của " + c.fullName() + " không cân đối: cao " + h + " + tín nhiệm "
                        + m + " + thấp " + l + " ≠ hợp lệ " + valid[i]);
            }
            out.add(new CandidateResult(c.memberCode(), c.fullName(), c.positionTitle(), issued, collected, valid[i], invalid,
                    h, m, l, percent(h, collected), percent(m, collected), percent(l, collected)));
        }
        return out;
    }

    /** count / collected × 100, HALF_UP to 2 decimals; 0.00 when nothing was collected. */
    public static BigDecimal percent(int count, int collected) {
        if (collected == 0) {
            return BigDecimal.ZERO.setScale(PERCENT_SCALE);
        }
        return BigDecimal.valueOf(100L * count).divide(BigDecimal.valueOf(collected), PERCENT_SCALE, PERCENT_ROUNDING);
    }

    /** An invariant of the count does not hold: the count must not be published. */
    public static class TallyInvariantException extends RuntimeException {
        public TallyInvariantException(String message) {
            super(message);
        }
    }
}
