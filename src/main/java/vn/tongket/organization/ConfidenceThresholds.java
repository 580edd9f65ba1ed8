package vn.tongket.organization;

/**
 * The thresholds of part C.III.5 on counts of LOW ballots over ballots collected, in integer arithmetic
 * (never floating point). Our reading of the boundaries (documented in the README):
 * <ul>
 *   <li>"trên 50%" is strictly more than half: 31/60 is over, 30/60 is not;</li>
 *   <li>"từ 2/3 trở lên" includes two thirds: 40/60 is at least 2/3, 39/60 is not;</li>
 *   <li>"từ 1/2 đến dưới 2/3" includes exactly half: 30/60 is in the band, 40/60 is not.</li>
 * </ul>
 * The multi-year consequences built on these live in the vote feature.
 */
public final class ConfidenceThresholds {

    private ConfidenceThresholds() {
    }

    /** More than half LOW: 2·low &gt; collected. */
    public static boolean moreThanHalfLow(int low, int collected) {
        return collected > 0 && 2L * low > collected;
    }

    /** At least two thirds LOW: 3·low ≥ 2·collected. */
    public static boolean atLeastTwoThirdsLow(int low, int collected) {
        return collected > 0 && 3L * low >= 2L * collected;
    }

    /** From one half to under two thirds LOW: 2·low ≥ collected and 3·low &lt; 2·collected. */
    public static boolean halfToUnderTwoThirdsLow(int low, int collected) {
        return collected > 0 && 2L * low >= collected && 3L * low < 2L * collected;
    }
}
