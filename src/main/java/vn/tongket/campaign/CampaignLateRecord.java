package vn.tongket.campaign;

import jakarta.persistence.*;
import java.time.Instant;

/** History: a unit still open in a stage when the stage deadline passed. Kept after the unit finishes. */
@Entity
@Table(name = "campaign_late_record")
public class CampaignLateRecord {

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

    @Column(name = "deadline_at", nullable = false)
    private Instant deadlineAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    protected CampaignLateRecord() {
    }

    public CampaignLateRecord(Long campaignId, String unitCode, Stage stage, Instant deadlineAt, Instant recordedAt,
                              String processInstanceId) {
        this.campaignId = campaignId;
        this.unitCode = unitCode;
        this.stage = stage;
        this.deadlineAt = deadlineAt;
        this.recordedAt = recordedAt;
        this.processInstanceId = processInstanceId;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public String getUnitCode() { return unitCode; }
    public Stage getStage() { return stage; }
    public Instant getDeadlineAt() { return deadlineAt; }
    public Instant getRecordedAt() { return recordedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
}
