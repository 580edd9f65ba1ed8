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

    /** Computes the units of a stage from the model, stores them OPEN and returns their codes, parents first. */
    List<String> openStage(long campaignId, Stage stage);

    /**
     * The evaluations of the stage's units, one per collective ("UNIT") and one per cadre ("UNIT:MEMBER"), the
     * collectives first (part D: collectives, then the cadres under the bloc's management). A unit with nothing to
     * evaluate is done at once.
     */
    List<String> evaluationTargets(long campaignId, List<String> unitCodes);

    /** The unit's per-unit process of that stage ended. */
    void unitDone(long campaignId, Stage stage, String unitCode, String processInstanceId);

    /** Marks every unit still OPEN in the stage LATE, writes the late history and returns their codes. */
    List<String> recordLate(long campaignId, Stage stage, Instant deadline);

    /** Every stage ended: the campaign is closed. */
    void close(long campaignId);
}
