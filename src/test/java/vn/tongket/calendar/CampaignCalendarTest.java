package vn.tongket.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignCalendarTest {

    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final CampaignCalendar y2013 = CampaignCalendar.of(2013);

    @Test
    void reviewsAndRanking_doneBefore25December_lastDay24() {
        assertThat(y2013.lastDay(Deadline.REVIEW_DONE)).isEqualTo(LocalDate.of(2013, 12, 24));
        assertThat(y2013.lastDay(Deadline.RANKING_DONE)).isEqualTo(LocalDate.of(2013, 12, 24));
        assertThat(y2013.lateFrom(Deadline.REVIEW_DONE)).isEqualTo(ZonedDateTime.of(2013, 12, 25, 0, 0, 0, 0, VN));
    }

    @Test
    void reviewReport_before30December() {
        assertThat(y2013.lateFrom(Deadline.REVIEW_REPORT)).isEqualTo(ZonedDateTime.of(2013, 12, 30, 0, 0, 0, 0, VN));
    }

    @Test
    void confidenceVotes_doneBefore30December() {
        assertThat(y2013.lastDay(Deadline.VOTE_DONE)).isEqualTo(LocalDate.of(2013, 12, 29));
    }

    @Test
    void yearEndConference_before15JanuaryOfNextYear_notTheMisprintedYear() {
        assertThat(y2013.lastDay(Deadline.YEAR_END_CONFERENCE)).isEqualTo(LocalDate.of(2014, 1, 14));
    }

    @Test
    void commendationDossier_atTheLatest18JanuaryOfNextYear_theDayItselfCounts() {
        assertThat(y2013.lastDay(Deadline.COMMENDATION_DOSSIER)).isEqualTo(LocalDate.of(2014, 1, 18));
        assertThat(y2013.isLate(Deadline.COMMENDATION_DOSSIER, ZonedDateTime.of(2014, 1, 18, 23, 59, 59, 0, VN))).isFalse();
        assertThat(y2013.isLate(Deadline.COMMENDATION_DOSSIER, ZonedDateTime.of(2014, 1, 19, 0, 0, 0, 0, VN))).isTrue();
    }

    @Test
    void beforeDeadline_theWrittenDayIsAlreadyLate() {
        assertThat(y2013.isLate(Deadline.REVIEW_DONE, ZonedDateTime.of(2013, 12, 24, 23, 59, 59, 0, VN))).isFalse();
        assertThat(y2013.isLate(Deadline.REVIEW_DONE, ZonedDateTime.of(2013, 12, 25, 0, 0, 0, 0, VN))).isTrue();
    }

    @Test
    void evaluation_before20January_reportBefore30JanuaryOfNextYear() {
        assertThat(y2013.lastDay(Deadline.EVALUATION_DONE)).isEqualTo(LocalDate.of(2014, 1, 19));
        assertThat(y2013.lastDay(Deadline.EVALUATION_REPORT)).isEqualTo(LocalDate.of(2014, 1, 29));
    }

    @Test
    void yearsAreRelativeToTheCampaignYear_rolloverForAnyYear() {
        CampaignCalendar y2024 = CampaignCalendar.of(2024);
        assertThat(y2024.lastDay(Deadline.REVIEW_DONE)).isEqualTo(LocalDate.of(2024, 12, 24));
        assertThat(y2024.lastDay(Deadline.COMMENDATION_DOSSIER)).isEqualTo(LocalDate.of(2025, 1, 18));
        assertThat(y2024.lastDay(Deadline.EVALUATION_REPORT)).isEqualTo(LocalDate.of(2025, 1, 29));
    }

    @Test
    void override_movesOneDateOfOneYear_keepingTheOthers() {
        CampaignCalendar moved = new CampaignCalendar(2013, VN, Period.ofDays(7), Period.ofDays(3), Map.of(
                Deadline.REVIEW_DONE, new CampaignCalendar.WrittenDate(LocalDate.of(2013, 12, 20), DeadlineMode.BEFORE),
                Deadline.VOTE_DONE, new CampaignCalendar.WrittenDate(LocalDate.of(2013, 12, 31), DeadlineMode.AT_THE_LATEST)));
        assertThat(moved.lastDay(Deadline.REVIEW_DONE)).isEqualTo(LocalDate.of(2013, 12, 19));
        assertThat(moved.lastDay(Deadline.VOTE_DONE)).isEqualTo(LocalDate.of(2013, 12, 31));
        assertThat(moved.lastDay(Deadline.RANKING_DONE)).isEqualTo(LocalDate.of(2013, 12, 24));
    }

    @Test
    void processVariables_areIso8601WithOffset_andNoOtherYearAppears() {
        Map<String, Object> vars = y2013.variables();
        assertThat(vars).containsEntry("campaignYear", 2013)
                .containsEntry("reviewDeadline", "2013-12-25T00:00:00+07:00")
                .containsEntry("reviewDue", "2013-12-24T23:59:59+07:00")
                .containsEntry("commendationDeadline", "2014-01-19T00:00:00+07:00")
                .containsEntry("yearEndConferenceDeadline", "2014-01-15T00:00:00+07:00")
                .containsEntry("evaluationReportDeadline", "2014-01-30T00:00:00+07:00");
        assertThat(vars).hasSize(1 + 3 * Deadline.values().length);
    }

    @Test
    void reminders_firstSevenDaysBefore_thenEveryThreeDays_untilTheDeadline() {
        assertThat(y2013.reminderCycle(Deadline.REVIEW_DONE)).isEqualTo("R3/2013-12-18T00:00:00+07:00/P3D");
    }

    @Test
    void reminders_startedLate_keepOnlyTheRemainingOnes() {
        assertThat(y2013.reminderCycle(Deadline.REVIEW_DONE, ZonedDateTime.of(2013, 12, 20, 8, 0, 0, 0, VN)))
                .isEqualTo("R2/2013-12-21T00:00:00+07:00/P3D");
    }

    @Test
    void reminders_startedAfterTheLastOne_oneReminderAMinuteLater_neverAnEmptyCycle() {
        assertThat(y2013.reminderCycle(Deadline.REVIEW_DONE, ZonedDateTime.of(2026, 11, 27, 8, 0, 0, 0, VN)))
                .isEqualTo("R1/2026-11-27T08:01:00+07:00/P3D");
    }

    @Test
    void yearOutOfRange_refused() {
        assertThatThrownBy(() -> CampaignCalendar.of(13)).isInstanceOf(IllegalArgumentException.class);
    }
}
