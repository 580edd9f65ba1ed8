package vn.tongket.campaign;

import jakarta.persistence.*;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One overdue notice: at a deadline of the calendar, the units a superior body must act on. The Tasklist task is
 * bound to it by the engine's task id when created; the candidate groups come from this row, never from a variable.
 */
@Entity
@Table(name = "campaign_overdue_notice")
public class CampaignOverdueNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "deadline_name", nullable = false, length = 40)
    private String deadlineName;

    @Column(name = "superior_unit_code", length = 40)
    private String superiorUnitCode;

    @Column(name = "candidate_groups", nullable = false, length = 400)
    private String candidateGroups;

    @Column(name = "unit_count", nullable = false)
    private int unitCount;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String summary;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "task_id", length = 64)
    private String taskId;

    @Column(name = "handled_by", length = 64)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(columnDefinition = "TEXT")
    private String direction;

    protected CampaignOverdueNotice() {
    }

    public CampaignOverdueNotice(Long campaignId, String deadlineName, String superiorUnitCode, List<String> groups,
                                 int unitCount, String summary, Instant createdAt) {
        this.campaignId = campaignId;
        this.deadlineName = deadlineName;
        this.superiorUnitCode = superiorUnitCode;
        this.candidateGroups = String.join(",", groups);
        this.unitCount = unitCount;
        this.summary = summary;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public Long getCampaignId() { return campaignId; }
    public String getDeadlineName() { return deadlineName; }
    public String getSuperiorUnitCode() { return superiorUnitCode; }
    public List<String> getCandidateGroups() { return Arrays.asList(candidateGroups.split(",")); }
    public int getUnitCount() { return unitCount; }
    public String getSummary() { return summary; }
    public Instant getCreatedAt() { return createdAt; }
    public String getTaskId() { return taskId; }
    public String getHandledBy() { return handledBy; }
    public Instant getHandledAt() { return handledAt; }
    public String getDirection() { return direction; }

    public void bindTask(String taskId) {
        this.taskId = taskId;
    }

    public void handled(String user, String direction, Instant when) {
        this.handledBy = user;
        this.direction = direction;
        this.handledAt = when;
    }
}
