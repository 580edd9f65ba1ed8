package vn.tongket.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.PositionRole;

/** One evaluation of a collective or a cadre for a year, with its gathered inputs and its decision. */
@Entity
@Table(name = "leader_evaluation")
public class LeaderEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The business key: {@code <unitCode>:<year>} or {@code <unitCode>:<memberCode>:<year>}. */
    @Column(name = "subject_key", nullable = false, unique = true, length = 150)
    private String subjectKey;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 20)
    private SubjectKind kind;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "member_id")
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(name = "position_role", length = 40)
    private PositionRole positionRole;

    @Column(name = "position_title")
    private String positionTitle;

    @Column(name = "process_instance_id", length = 64)
    private String processInstanceId;

    @Column(name = "deciding_group", nullable = false, length = 100)
    private String decidingGroup;

    @Column(name = "deciding_level", nullable = false)
    private String decidingLevel;

    @Column(name = "collective_group", length = 100)
    private String collectiveGroup;

    @Column(name = "branch_group", length = 100)
    private String branchGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_category", length = 40)
    private MemberCategory selfCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "ranking_category", length = 40)
    private MemberCategory rankingCategory;

    @Column(name = "vote_places", nullable = false)
    private int votePlaces;

    @Column(name = "ballots_collected", nullable = false)
    private int ballotsCollected;

    @Column(name = "high_count", nullable = false)
    private int highCount;

    @Column(name = "medium_count", nullable = false)
    private int mediumCount;

    @Column(name = "low_count", nullable = false)
    private int lowCount;

    @Column(name = "low_over_half", nullable = false)
    private boolean lowOverHalf;

    @Column(name = "vote_consequence", length = 500)
    private String voteConsequence;

    @Column(name = "review_count", nullable = false)
    private int reviewCount;

    @Column(name = "review_paused", nullable = false)
    private boolean reviewPaused;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private LeaderCategory category;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private LocalDateTime decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EvaluationStatus status = EvaluationStatus.OPEN;

    @Column(name = "reminder_count", nullable = false)
    private int reminderCount;

    @Column(nullable = false)
    private boolean late;

    @Column(name = "report_late", nullable = false)
    private boolean reportLate;

    @Column(name = "acknowledged_by", length = 64)
    private String acknowledgedBy;

    @Column(name = "acknowledged_at")
    private LocalDateTime acknowledgedAt;

    @Column(name = "created_at", nullable = false)
    private LocalDateTime createdAt;

    protected LeaderEvaluation() {
    }

    public LeaderEvaluation(String subjectKey, int year, SubjectKind kind, Long unitId, Long memberId, LocalDateTime createdAt) {
        this.subjectKey = subjectKey;
        this.year = year;
        this.kind = kind;
        this.unitId = unitId;
        this.memberId = memberId;
        this.createdAt = createdAt;
    }

    public Long getId() { return id; }
    public String getSubjectKey() { return subjectKey; }
    public int getYear() { return year; }
    public SubjectKind getKind() { return kind; }
    public Long getUnitId() { return unitId; }
    public Long getMemberId() { return memberId; }
    public PositionRole getPositionRole() { return positionRole; }
    public void setPositionRole(PositionRole positionRole) { this.positionRole = positionRole; }
    public String getPositionTitle() { return positionTitle; }
    public void setPositionTitle(String positionTitle) { this.positionTitle = positionTitle; }
    public String getProcessInstanceId() { return processInstanceId; }
    public void setProcessInstanceId(String processInstanceId) { this.processInstanceId = processInstanceId; }
    public String getDecidingGroup() { return decidingGroup; }
    public void setDecidingGroup(String decidingGroup) { this.decidingGroup = decidingGroup; }
    public String getDecidingLevel() { return decidingLevel; }
    public void setDecidingLevel(String decidingLevel) { this.decidingLevel = decidingLevel; }
    public String getCollectiveGroup() { return collectiveGroup; }
    public void setCollectiveGroup(String collectiveGroup) { this.collectiveGroup = collectiveGroup; }
    public String getBranchGroup() { return branchGroup; }
    public void setBranchGroup(String branchGroup) { this.branchGroup = branchGroup; }
    public MemberCategory getSelfCategory() { return selfCategory; }
    public void setSelfCategory(MemberCategory selfCategory) { this.selfCategory = selfCategory; }
    public MemberCategory getRankingCategory() { return rankingCategory; }
    public void setRankingCategory(MemberCategory rankingCategory) { this.rankingCategory = rankingCategory; }
    public int getVotePlaces() { return votePlaces; }
    public void setVotePlaces(int votePlaces) { this.votePlaces = votePlaces; }
    public int getBallotsCollected() { return ballotsCollected; }
    public void setBallotsCollected(int ballotsCollected) { this.ballotsCollected = ballotsCollected; }
    public int getHighCount() { return highCount; }
    public void setHighCount(int highCount) { this.highCount = highCount; }
    public int getMediumCount() { return mediumCount; }
    public void setMediumCount(int mediumCount) { this.mediumCount = mediumCount; }
    public int getLowCount() { return lowCount; }
    public void setLowCount(int lowCount) { this.lowCount = lowCount; }
    public boolean isLowOverHalf() { return lowOverHalf; }
    public void setLowOverHalf(boolean lowOverHalf) { this.lowOverHalf = lowOverHalf; }
    public String getVoteConsequence() { return voteConsequence; }
    public void setVoteConsequence(String voteConsequence) { this.voteConsequence = voteConsequence; }
    public int getReviewCount() { return reviewCount; }
    public void setReviewCount(int reviewCount) { this.reviewCount = reviewCount; }
    public boolean isReviewPaused() { return reviewPaused; }
    public void setReviewPaused(boolean reviewPaused) { this.reviewPaused = reviewPaused; }
    public LeaderCategory getCategory() { return category; }
    public void setCategory(LeaderCategory category) { this.category = category; }
    public String getDecidedBy() { return decidedBy; }
    public void setDecidedBy(String decidedBy) { this.decidedBy = decidedBy; }
    public LocalDateTime getDecidedAt() { return decidedAt; }
    public void setDecidedAt(LocalDateTime decidedAt) { this.decidedAt = decidedAt; }
    public EvaluationStatus getStatus() { return status; }
    public void setStatus(EvaluationStatus status) { this.status = status; }
    public int getReminderCount() { return reminderCount; }
    public void setReminderCount(int reminderCount) { this.reminderCount = reminderCount; }
    public boolean isLate() { return late; }
    public void setLate(boolean late) { this.late = late; }
    public boolean isReportLate() { return reportLate; }
    public void setReportLate(boolean reportLate) { this.reportLate = reportLate; }
    public String getAcknowledgedBy() { return acknowledgedBy; }
    public void setAcknowledgedBy(String acknowledgedBy) { this.acknowledgedBy = acknowledgedBy; }
    public LocalDateTime getAcknowledgedAt() { return acknowledgedAt; }
    public void setAcknowledgedAt(LocalDateTime acknowledgedAt) { this.acknowledgedAt = acknowledgedAt; }
    public LocalDateTime getCreatedAt() { return createdAt; }
}
