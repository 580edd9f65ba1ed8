package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tongket.vote.ConfidenceConsequences.Rule.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.vote.ConfidenceConsequences.Counts;

class ConfidenceConsequencesTest {

    static ConfidenceConsequences.Assessment assess(int low, int collected, Counts... history) {
        return ConfidenceConsequences.assess(new Counts(2015, low, collected), List.of(history));
    }

    static List<ConfidenceConsequences.Rule> rules(ConfidenceConsequences.Assessment a) {
        return a.consequences().stream().map(ConfidenceConsequences.Consequence::rule).toList();
    }

    @Test
    void lowOverHalf_31of60_notCompletedAndOutOfPlanning() {
        var a = assess(31, 60);
        assertThat(a.notCompletingTasks()).isTrue();
        assertThat(a.outOfSuccessionPlan()).isTrue();
        assertThat(a.proposeRelief()).isFalse();
        assertThat(rules(a)).containsExactly(OVER_HALF_NOT_COMPLETED);
        assertThat(a.consequences().get(0).guidanceSentence()).contains("không được đánh giá hoàn thành nhiệm vụ năm đó");
        assertThat(a.consequences().get(0).figures()).contains("31/60");
    }

    @Test
    void lowExactlyHalf_30of60_notOverHalf_referenceOnlyWithoutHistory() {
        var a = assess(30, 60);
        assertThat(a.notCompletingTasks()).isFalse();
        assertThat(a.proposeRelief()).isFalse();
        assertThat(rules(a)).containsExactly(REFERENCE_ONLY);
    }

    @Test
    void lowTwoThirds_40of60_relieve_andNotCompleted() {
        var a = assess(40, 60);
        assertThat(a.proposeRelief()).isTrue();
        assertThat(a.notCompletingTasks()).isTrue();
        assertThat(rules(a)).containsExactly(OVER_HALF_NOT_COMPLETED, TWO_THIRDS_RELIEVE);
        assertThat(a.explanation()).contains("từ 2/3 trở lên: 120 ≥ 120").contains("cần cho thôi giữ chức vụ");
    }

    @Test
    void lowUnderTwoThirds_39of60_noReliefWithoutHistory() {
        var a = assess(39, 60);
        assertThat(a.proposeRelief()).isFalse();
        assertThat(rules(a)).containsExactly(OVER_HALF_NOT_COMPLETED);
    }

    @Test
    void lowUnderHalf_29of60_referenceOnly_evenWithLowLastYear() {
        var a = assess(29, 60, new Counts(2014, 35, 60));
        assertThat(rules(a)).containsExactly(REFERENCE_ONLY);
        assertThat(a.consequences().get(0).guidanceSentence()).contains("tham khảo");
    }

    @Test
    void halfToTwoThirds_twoYearsRunning_relieve() {
        var a = assess(30, 60, new Counts(2014, 30, 60));
        assertThat(a.proposeRelief()).isTrue();
        assertThat(rules(a)).containsExactly(TWO_YEARS_RUNNING_RELIEVE);
        assertThat(a.consequences().get(0).figures()).contains("30/60 phiếu tín nhiệm thấp trên tổng số phiếu thu về năm 2015").contains("30/60 năm 2014");
    }

    @Test
    void halfToTwoThirds_lastYearUnderHalf_noRelief() {
        var a = assess(35, 60, new Counts(2014, 29, 60));
        assertThat(a.proposeRelief()).isFalse();
        assertThat(rules(a)).containsExactly(OVER_HALF_NOT_COMPLETED);
    }

    @Test
    void halfToTwoThirds_twoOfThreeYears_relieve() {
        var a = assess(33, 60, new Counts(2014, 10, 60), new Counts(2013, 31, 60));
        assertThat(a.proposeRelief()).isTrue();
        assertThat(rules(a)).containsExactly(OVER_HALF_NOT_COMPLETED, TWO_OF_THREE_YEARS_RELIEVE);
        assertThat(a.consequences().get(1).figures()).contains("2013–2015");
    }

    @Test
    void halfToTwoThirds_lowYearFourYearsAgo_outsideWindow_noRelief() {
        var a = assess(33, 60, new Counts(2012, 40, 60), new Counts(2011, 40, 60));
        assertThat(a.proposeRelief()).isFalse();
    }

    @Test
    void halfToTwoThirds_previousYearAtTwoThirds_countsAsLowYear_underDefaultReadingFromHalf() {
        assertThat(assess(30, 60, new Counts(2014, 45, 60)).proposeRelief()).isTrue();
        var a = ConfidenceConsequences.assess(new Counts(2015, 30, 60), List.of(new Counts(2014, 45, 60)),
                ConfidenceConsequences.LowYearReading.FROM_HALF);
        assertThat(rules(a)).containsExactly(TWO_YEARS_RUNNING_RELIEVE);
        assertThat(a.summary()).contains("cho thôi giữ chức vụ").contains("30/60").contains("45/60");
    }

    @Test
    void halfToTwoThirds_previousYearAtTwoThirds_notALowYear_underReadingBandOnly() {
        var a = ConfidenceConsequences.assess(new Counts(2015, 30, 60), List.of(new Counts(2014, 45, 60)),
                ConfidenceConsequences.LowYearReading.BAND_ONLY);
        assertThat(a.proposeRelief()).isFalse();
        assertThat(rules(a)).containsExactly(REFERENCE_ONLY);
        // a band year two years ago still counts under both readings
        var b = ConfidenceConsequences.assess(new Counts(2015, 30, 60), List.of(new Counts(2014, 45, 60), new Counts(2013, 30, 60)),
                ConfidenceConsequences.LowYearReading.BAND_ONLY);
        assertThat(rules(b)).containsExactly(TWO_OF_THREE_YEARS_RELIEVE);
    }

    @Test
    void twoPlacesLastYear_worstPlaceCounts() {
        var a = assess(20, 40, new Counts(2014, 5, 60), new Counts(2014, 21, 40));
        assertThat(rules(a)).containsExactly(TWO_YEARS_RUNNING_RELIEVE);
        assertThat(a.consequences().get(0).figures()).contains("21/40 năm 2014");
    }

    @Test
    void sameYearOtherPlace_isNotHistory() {
        assertThat(assess(30, 60, new Counts(2015, 30, 60)).proposeRelief()).isFalse();
    }

    @Test
    void noBallotsCollected_referenceOnly() {
        assertThat(rules(assess(0, 0))).containsExactly(REFERENCE_ONLY);
    }
}
