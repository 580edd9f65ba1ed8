package vn.tongket.campaign;

import jakarta.persistence.*;
import java.time.Instant;

/** The state of one unit in one stage of a campaign (the dashboard's grid). */
@Entity
@Table(name = "campaign_unit_stage")
public class CampaignUnitStage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "unit_code", nullable = false, length = 40)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StageState state = StageState.OPEN;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "late_at")
    private Instant lateAt;

    @Column(name = "paused_at")
    private Instant pausedAt;

    protected CampaignUnitStage() {
    }

    public CampaignUnitStage(Long campaignId, String unitCode, Stage stage, Instant openedAt) {
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.stage = stage;
        this.openedAt = openedAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public String getUnitCode() { return unitCode; }
    public Stage getStage() { return stage; }
    public StageState getState() { return state; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Instant getOpenedAt() { return openedAt; }
    public Instant getDoneAt() { return doneAt; }
    public Instant getLateAt() { return lateAt; }
    public Instant getPausedAt() { return pausedAt; }

    public void done(String processInstanceId, Instant when) {
        this.state = StageState.DONE;
        this.doneAt = when;
        if (processInstanceId != null) {
            this.processInstanceId = processInstanceId;
        }
    }

    public void late(Instant when) {
        this.state = StageState.LATE;
        this.lateAt = when;
    }

    public void pause(Instant when) {
        this.state = StageState.PAUSED;
        this.pausedAt = when;
    }

    /** Back to work after a pause: late if the deadline has passed meanwhile. */
    public void resume(boolean pastDeadline, Instant when) {
        this.state = pastDeadline ? StageState.LATE : StageState.OPEN;
        if (pastDeadline && lateAt == null) {
            lateAt = when;
        }
    }

    public void setProcessInstanceId(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }
}
