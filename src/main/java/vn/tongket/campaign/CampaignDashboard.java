package vn.tongket.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** JSON of {@code GET /api/campaigns/{year}/dashboard}: every unit × stage, the next deadlines, late units, counts. */
public record CampaignDashboard(
        int year,
        Instant generatedAt,
        List<CampaignInfo> campaigns,
        List<StageInfo> stages,
        List<DeadlineInfo> nextDeadlines,
        List<UnitRow> units,
        List<LateUnit> late,
        Map<Stage, Map<String, Long>> counts) {

    public record CampaignInfo(long id, String rootUnitCode, String rootUnitName, String state,
                               String processInstanceId, String startedBy, Instant startedAt, Instant endedAt) {
    }

    public record StageInfo(Stage stage, String label, String processKey, LocalDate lastDay, Instant lateFrom,
                            boolean passed) {
    }

    public record DeadlineInfo(String deadline, String label, LocalDate lastDay, Instant lateFrom, long daysLeft) {
    }

    /** States per stage: OPEN, DONE, LATE, PAUSED, or PENDING (the stage has not opened yet); absent = not part of it. */
    public record UnitRow(String unitCode, String unitName, String kind, Map<Stage, String> states) {
    }

    public record LateUnit(String unitCode, String unitName, Stage stage, String stageLabel, Instant deadline,
                           Instant recordedAt, String currentState, String processInstanceId) {
    }

    public static final String PENDING = "PENDING";
}
