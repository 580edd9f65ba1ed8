package vn.tongket.campaign;

import java.time.Instant;
import java.util.List;

/**
 * What the annual cycle's delegates need from the campaign tables. {@link CampaignService} implements it on
 * the database; engine-only process tests implement it in memory.
 */
public interface CampaignProgress {

    /** The campaign a cycle instance runs: its id and the code of the unit it covers. */
    record OpenedCampaign(long id, String rootUnitCode) {
    }

    /**
     * Opens the campaign of {@code year} for {@code unitCode} (blank: the whole bloc). Refuses a second
     * campaign for the same year and unit (409) and an unknown unit (404).
     */
    OpenedCampaign open(int year, String unitCode, String processInstanceId, String startedBy);

    /** The units of the campaign that run their own pipeline (UnitCycleProcess), parents first. */
    List<String> cycleUnits(long campaignId);

    /**
     * Opens a stage for the units of one pipeline ({@code cycleUnit} and the units under it that run no pipeline of
     * their own; null: the whole campaign, for cycles started from the 2013-era bloc-wide diagram): stores them OPEN — or LATE at once, with a late record, when the stage's deadline
     * {@code lateFrom} has already passed — and returns their codes, parents first.
     */
    List<String> openStage(long campaignId, Stage stage, String cycleUnit, Instant lateFrom);

    /**
     * The evaluations of the stage's units, one per collective ("UNIT") and one per cadre ("UNIT:MEMBER"), the
     * collectives first (part D: collectives, then the cadres under the bloc's management). A unit with nothing to
     * evaluate is done at once.
     */
    List<String> evaluationTargets(long campaignId, String cycleUnit, List<String> unitCodes);

    /**
     * Whether the organization of a pipeline sends the guidance's reports up (ReportSubmissionProcess): every
     * grassroots and mass organization; not the bloc, whose superior (the Tỉnh ủy) is outside the system.
     */
    boolean reportsUp(String cycleUnit);

    /** The unit's per-unit process of that stage ended. */
    void unitDone(long campaignId, Stage stage, String unitCode, String processInstanceId);

    /**
     * At a deadline of the calendar ({@code deadlineName}): every unit still OPEN in a stage whose deadline has
     * passed (paused units excepted) becomes LATE with a late record; then one overdue notice per superior body
     * lists its units still late (unit, stage, rule). Returns the notices' ids, one per superior body.
     */
    List<Long> recordOverdue(long campaignId, String deadlineName, List<Stage> passedStages,
                             java.util.Map<Stage, Instant> lateFrom);

    /** What an overdue task shows and who may handle it (from the notice row). */
    record OverdueTask(java.util.List<String> candidateGroups, String summary) {
    }

    /** Binds a created overdue task to its notice, checked against the cycle's own process instance id. */
    OverdueTask bindOverdueTask(long noticeId, String taskId, String processInstanceId);

    /** The superior body handled an overdue task: who (checked against the notice's groups) and its direction. */
    void handleOverdueTask(String taskId, String userId, List<String> userGroups, Object direction);

    /** Every stage ended: the campaign is closed. */
    void close(long campaignId);
}
