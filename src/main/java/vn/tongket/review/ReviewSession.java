package vn.tongket.review;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** The review of one reviewing body in one year (one process instance). Times are Vietnam local time. */
@Entity
@Table(name = "review_session")
public class ReviewSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "unit_code", nullable = false)
    private String unitCode;
    @Column(name = "unit_name", nullable = false)
    private String unitName;
    @Column(name = "campaign_year", nullable = false)
    private int year;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "has_collective_review", nullable = false)
    private boolean hasCollectiveReview;
    @Column(name = "committee_group", nullable = false)
    private String committeeGroup;
    @Column(name = "superior_group", nullable = false)
    private String superiorGroup;
    @Column(name = "head_code")
    private String headCode;
    @Column(name = "head_chair_code")
    private String headChairCode;
    @Column(name = "report_draft", columnDefinition = "TEXT")
    private String reportDraft;
    @Column(name = "distributed_at")
    private LocalDateTime distributedAt;
    @Column(name = "meeting_at")
    private LocalDateTime meetingAt;
    @Column(name = "focus_points", columnDefinition = "TEXT")
    private String focusPoints;
    @Column(name = "final_report", columnDefinition = "TEXT")
    private String finalReport;
    @Column(name = "late_summary", columnDefinition = "TEXT")
    private String lateSummary;
    @Column(name = "reported_at")
    private LocalDateTime reportedAt;
    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected ReviewSession() {
    }

    public ReviewSession(String unitCode, String unitName, int year, boolean hasCollectiveReview, String committeeGroup,
                         String superiorGroup, String headCode, LocalDateTime createdAt) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.year = year;
        this.hasCollectiveReview = hasCollectiveReview;
        this.committeeGroup = committeeGroup;
        this.superiorGroup = superiorGroup;
        this.headCode = headCode;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getUnitCode() { return unitCode; }
    public String getUnitName() { return unitName; }
    public int getYear() { return year; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public boolean isHasCollectiveReview() { return hasCollectiveReview; }
    public String getCommitteeGroup() { return committeeGroup; }
    public String getSuperiorGroup() { return superiorGroup; }
    public String getHeadCode() { return headCode; }
    public String getHeadChairCode() { return headChairCode; }
    public void setHeadChairCode(String headChairCode) { this.headChairCode = headChairCode; }
    public String getReportDraft() { return reportDraft; }
    public void setReportDraft(String reportDraft) { this.reportDraft = reportDraft; }
    public LocalDateTime getDistributedAt() { return distributedAt; }
    public void setDistributedAt(LocalDateTime distributedAt) { this.distributedAt = distributedAt; }
    public LocalDateTime getMeetingAt() { return meetingAt; }
    public void setMeetingAt(LocalDateTime meetingAt) { this.meetingAt = meetingAt; }
    public String getFocusPoints() { return focusPoints; }
    public void setFocusPoints(String focusPoints) { this.focusPoints = focusPoints; }
    public String getFinalReport() { return finalReport; }
    public void setFinalReport(String finalReport) { this.finalReport = finalReport; }
    public String getLateSummary() { return lateSummary; }
    public void setLateSummary(String lateSummary) { this.lateSummary = lateSummary; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public void setReportedAt(LocalDateTime reportedAt) { this.reportedAt = reportedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
