package vn.tongket.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tongket.organization.ConfidenceThresholds;

/**
 * The consequences of C.III.5 for one person, from this year's count at one place and the previous years'
 * counts (history), in integer arithmetic through {@link ConfidenceThresholds}. The ONE implementation: the vote
 * minutes, the leadership evaluation and the reports call it (through {@link ConfidenceAssessor}, which holds the
 * setting). Our readings (docs/vote.md):
 * <ul>
 *   <li>"trên 50%": strictly more than half (2·low &gt; collected): 31/60 yes, 30/60 no;</li>
 *   <li>"từ 2/3 trở lên": 3·low ≥ 2·collected: 40/60 yes, 39/60 no;</li>
 *   <li>"từ 1/2 đến dưới 2/3": exactly half is inside the band (30/60 is a low year, though not "over 50%");</li>
 *   <li>"2 năm liền hoặc trong 3 năm liên tiếp có hai năm tín nhiệm thấp (từ 1/2 đến dưới 2/3 …)": this year is
 *       in the band AND year N-1 (two years running) or year N-2 (two of three consecutive years) was a low
 *       year at some place. Whether an earlier year at 2/3 or more is such a "low year" is the open reading:
 *       {@link LowYearReading#FROM_HALF} (default: a fortiori, a worse year counts) or
 *       {@link LowYearReading#BAND_ONLY} (the parenthesis read literally). A year without a vote does not count.</li>
 * </ul>
 * Each consequence carries the sentence of the guidance it applies and the figures.
 */
public final class ConfidenceConsequences {

    public static final String SENTENCE_OVER_HALF = "Những đồng chí có trên 50% số phiếu tín nhiệm thấp trở lên thì không "
            + "được đánh giá hoàn thành nhiệm vụ năm đó và cần được đưa ra khỏi danh sách quy hoạch các chức vụ cao hơn "
            + "và xem xét bố trí, sắp xếp công tác phù hợp";
    public static final String SENTENCE_RELIEVE = "Những đồng chí có từ 2/3 số phiếu tín nhiệm thấp trở lên và những đồng chí "
            + "2 năm liền hoặc trong 3 năm liên tiếp có hai năm tín nhiệm thấp (từ 1/2 đến dưới 2/3 phiếu tín nhiệm thấp) "
            + "cần cho thôi giữ chức vụ để bố trí công tác khác, không chờ hết nhiệm kỳ, hết tuổi công tác.";
    public static final String SENTENCE_REFERENCE = "Kết quả phiếu tín nhiệm hằng năm được sử dụng để tham khảo trong đánh giá "
            + "cán bộ, làm cơ sở cho công tác quy hoạch, điều động, bổ nhiệm, giới thiệu cán bộ ứng cử, miễn nhiệm và "
            + "thực hiện chế độ, chính sách đối với cán bộ";

    public enum Rule {
        /** &gt;1/2 LOW: not rated as completing tasks this year, out of the succession plan. */
        OVER_HALF_NOT_COMPLETED,
        /** ≥2/3 LOW: proposal to relieve of the post. */
        TWO_THIRDS_RELIEVE,
        /** 1/2..&lt;2/3 LOW this year and last year. */
        TWO_YEARS_RUNNING_RELIEVE,
        /** 1/2..&lt;2/3 LOW this year and two years ago (not last year). */
        TWO_OF_THREE_YEARS_RELIEVE,
        /** None of the above: the result is for reference. */
        REFERENCE_ONLY
    }

    /** Which earlier years count as "năm tín nhiệm thấp" for the two-years rule (setting tongket.vote.low-year-reading). */
    public enum LowYearReading {
        /** Every earlier year with at least 1/2 LOW, the years at 2/3 or more included (a fortiori). */
        FROM_HALF,
        /** Only earlier years from 1/2 to under 2/3 LOW, as the parenthesis of C.III.5 reads literally. */
        BAND_ONLY
    }

    /** Counts of one vote at one place. */
    public record Counts(int year, int low, int collected) {
    }

    public record Consequence(Rule rule, String guidanceSentence, String figures) {
    }

    public record Assessment(int year, int low, int collected, boolean notCompletingTasks, boolean outOfSuccessionPlan,
                             boolean proposeRelief, List<Consequence> consequences) {
        /** The short text shown in the evaluation and the reports: the consequences and figures, no sentences. */
        public String summary() {
            StringBuilder sb = new StringBuilder();
            for (Consequence c : consequences) {
                if (!sb.isEmpty()) {
                    sb.append("; ");
                }
                sb.append(label(c.rule())).append(" (").append(c.figures()).append(")");
            }
            return sb.toString();
        }

        /** One text for the minutes and the history: rules, figures and sentences. */
        public String explanation() {
            StringBuilder sb = new StringBuilder();
            for (Consequence c : consequences) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(c.figures()).append(" — HD 22-HD/ĐU, C.III.5: “").append(c.guidanceSentence()).append("”");
            }
            return sb.toString();
        }
    }

    private ConfidenceConsequences() {
    }

    /**
     * @param current this year's counts at this place
     * @param history counts of previous years (any place; other entries of the current year are ignored)
     */
    public static Assessment assess(Counts current, List<Counts> history) {
        return assess(current, history, LowYearReading.FROM_HALF);
    }

    /** The short Vietnamese label of a rule. */
    public static String label(Rule rule) {
        return switch (rule) {
            case OVER_HALF_NOT_COMPLETED -> "Trên 50% phiếu tín nhiệm thấp: không được đánh giá hoàn thành nhiệm vụ, "
                    + "đưa ra khỏi quy hoạch chức vụ cao hơn";
            case TWO_THIRDS_RELIEVE -> "Từ 2/3 phiếu tín nhiệm thấp: cho thôi giữ chức vụ";
            case TWO_YEARS_RUNNING_RELIEVE -> "2 năm liền tín nhiệm thấp: cho thôi giữ chức vụ";
            case TWO_OF_THREE_YEARS_RELIEVE -> "2 trong 3 năm liên tiếp tín nhiệm thấp: cho thôi giữ chức vụ";
            case REFERENCE_ONLY -> "Tham khảo trong đánh giá cán bộ";
        };
    }

    public static Assessment assess(Counts current, List<Counts> history, LowYearReading reading) {
        int y = current.year();
        int low = current.low();
        int collected = current.collected();
        String fig = low + "/" + collected + " phiếu tín nhiệm thấp trên tổng số phiếu thu về năm " + y;
        List<Consequence> out = new ArrayList<>();
        boolean overHalf = ConfidenceThresholds.moreThanHalfLow(low, collected);
        boolean twoThirds = ConfidenceThresholds.atLeastTwoThirdsLow(low, collected);
        boolean band = ConfidenceThresholds.halfToUnderTwoThirdsLow(low, collected);
        if (overHalf) {
            out.add(new Consequence(Rule.OVER_HALF_NOT_COMPLETED, SENTENCE_OVER_HALF,
                    fig + " (trên 1/2: " + 2L * low + " > " + collected + ")"));
        }
        boolean relieve = false;
        if (twoThirds) {
            relieve = true;
            out.add(new Consequence(Rule.TWO_THIRDS_RELIEVE, SENTENCE_RELIEVE,
                    fig + " (từ 2/3 trở lên: " + 3L * low + " ≥ " + 2L * collected + ")"));
        } else if (band) {
            Map<Integer, Counts> lowYears = lowYears(history, y, reading);
            Counts last = lowYears.get(y - 1);
            Counts twoAgo = lowYears.get(y - 2);
            if (last != null) {
                relieve = true;
                out.add(new Consequence(Rule.TWO_YEARS_RUNNING_RELIEVE, SENTENCE_RELIEVE,
                        fig + " và " + last.low() + "/" + last.collected() + " năm " + last.year()
                                + " (2 năm liền từ 1/2 phiếu tín nhiệm thấp)"));
            } else if (twoAgo != null) {
                relieve = true;
                out.add(new Consequence(Rule.TWO_OF_THREE_YEARS_RELIEVE, SENTENCE_RELIEVE,
                        fig + " và " + twoAgo.low() + "/" + twoAgo.collected() + " năm " + twoAgo.year()
                                + " (2 trong 3 năm liên tiếp " + (y - 2) + "–" + y + " từ 1/2 phiếu tín nhiệm thấp)"));
            }
        }
        if (out.isEmpty()) {
            out.add(new Consequence(Rule.REFERENCE_ONLY, SENTENCE_REFERENCE, fig));
        }
        return new Assessment(y, low, collected, overHalf, overHalf, relieve, List.copyOf(out));
    }

    /** Previous years that were low years under the reading, at some place (the worst such place per year). */
    private static Map<Integer, Counts> lowYears(List<Counts> history, int year, LowYearReading reading) {
        Map<Integer, Counts> out = new TreeMap<>();
        for (Counts c : history) {
            if (c.year() >= year || c.year() < year - 2 || c.collected() <= 0 || 2L * c.low() < c.collected()) {
                continue;
            }
            if (reading == LowYearReading.BAND_ONLY && !ConfidenceThresholds.halfToUnderTwoThirdsLow(c.low(), c.collected())) {
                continue;
            }
            out.merge(c.year(), c, (a, b) -> (long) a.low() * b.collected() >= (long) b.low() * a.collected() ? a : b);
        }
        return out;
    }
}
