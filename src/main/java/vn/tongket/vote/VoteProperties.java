package vn.tongket.vote;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code tongket.vote.*}.
 * <ul>
 *   <li>{@code invalid-mark-scope}: BALLOT (default, the guidance's wording: one badly marked name voids the whole
 *       ballot) or CANDIDATE (only that name's vote is void). Fixed on each vote when it is created, so changing the
 *       setting never changes a count already made.</li>
 *   <li>{@code low-year-reading}: FROM_HALF (default: an earlier year at 2/3 LOW or more counts as one of the "hai
 *       năm tín nhiệm thấp" of C.III.5) or BAND_ONLY (only earlier years from 1/2 to under 2/3). See
 *       {@link ConfidenceConsequences}.</li>
 *   <li>{@code earliest-vote-day}: first day a vote may be held (default 12-01, "trong tháng 12 hằng năm",
 *       C.III.1); the last day comes from the campaign calendar (the day before 30/12, Đ.II.3, overridable there).</li>
 *   <li>{@code min-year}/{@code max-year}: the campaign years a vote may be started for (400 otherwise).</li>
 * </ul>
 */
@ConfigurationProperties("tongket.vote")
public class VoteProperties {

    private InvalidMarkScope invalidMarkScope = InvalidMarkScope.BALLOT;
    private ConfidenceConsequences.LowYearReading lowYearReading = ConfidenceConsequences.LowYearReading.FROM_HALF;
    private String earliestVoteDay = "12-01";
    private int minYear = 2000;
    private int maxYear = 2100;

    public InvalidMarkScope getInvalidMarkScope() { return invalidMarkScope; }
    public void setInvalidMarkScope(InvalidMarkScope invalidMarkScope) { this.invalidMarkScope = invalidMarkScope; }
    public ConfidenceConsequences.LowYearReading getLowYearReading() { return lowYearReading; }
    public void setLowYearReading(ConfidenceConsequences.LowYearReading lowYearReading) { this.lowYearReading = lowYearReading; }
    public String getEarliestVoteDay() { return earliestVoteDay; }
    public void setEarliestVoteDay(String earliestVoteDay) { this.earliestVoteDay = earliestVoteDay; }
    public MonthDay earliestVoteMonthDay() { return MonthDay.parse("--" + earliestVoteDay.trim()); }
    public int getMinYear() { return minYear; }
    public void setMinYear(int minYear) { this.minYear = minYear; }
    public int getMaxYear() { return maxYear; }
    public void setMaxYear(int maxYear) { this.maxYear = maxYear; }
}
