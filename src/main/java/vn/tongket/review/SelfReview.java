package vn.tongket.review;

import jakarta.persistence.*;
import java.time.LocalDateTime;
import vn.tongket.organization.MemberCategory;

/** Bản kiểm điểm cá nhân: one per member and year, reused in every place the member is reviewed. */
@Entity
@Table(name = "self_review")
public class SelfReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "member_code", nullable = false)
    private String memberCode;
    @Column(name = "campaign_year", nullable = false)
    private int year;
    @Column(name = "political_ideology", columnDefinition = "TEXT")
    private String politicalIdeology;
    @Column(name = "ethics_lifestyle", columnDefinition = "TEXT")
    private String ethicsLifestyle;
    @Column(columnDefinition = "TEXT")
    private String duties;
    @Column(name = "discipline_awareness", columnDefinition = "TEXT")
    private String disciplineAwareness;
    @Column(name = "leader_points", columnDefinition = "TEXT")
    private String leaderPoints;
    @Column(name = "fixes_since_previous", columnDefinition = "TEXT")
    private String fixesSincePrevious;
    @Enumerated(EnumType.STRING)
    @Column(name = "self_category", nullable = false)
    private MemberCategory selfCategory;
    @Column(name = "chair_conclusions", columnDefinition = "TEXT")
    private String chairConclusions;
    @Column(name = "submitted_at", nullable = false)
    private LocalDateTime submittedAt;

    protected SelfReview() {
    }

    public SelfReview(String memberCode, int year) {
        this.memberCode = memberCode;
        this.year = year;
    }

    /** Appends the chair's conclusion of one place ("kết luận … ghi vào kiểm điểm cá nhân"). */
    public void appendConclusion(String placeName, String conclusion) {
        String line = "[" + placeName + "] " + conclusion;
        chairConclusions = chairConclusions == null || chairConclusions.isBlank() ? line : chairConclusions + "\n" + line;
    }

    public Long getId() { return id; }
    public String getMemberCode() { return memberCode; }
    public int getYear() { return year; }
    public String getPoliticalIdeology() { return politicalIdeology; }
    public void setPoliticalIdeology(String v) { this.politicalIdeology = v; }
    public String getEthicsLifestyle() { return ethicsLifestyle; }
    public void setEthicsLifestyle(String v) { this.ethicsLifestyle = v; }
    public String getDuties() { return duties; }
    public void setDuties(String v) { this.duties = v; }
    public String getDisciplineAwareness() { return disciplineAwareness; }
    public void setDisciplineAwareness(String v) { this.disciplineAwareness = v; }
    public String getLeaderPoints() { return leaderPoints; }
    public void setLeaderPoints(String v) { this.leaderPoints = v; }
    public String getFixesSincePrevious() { return fixesSincePrevious; }
    public void setFixesSincePrevious(String v) { this.fixesSincePrevious = v; }
    public MemberCategory getSelfCategory() { return selfCategory; }
    public void setSelfCategory(MemberCategory selfCategory) { this.selfCategory = selfCategory; }
    public String getChairConclusions() { return chairConclusions; }
    public LocalDateTime getSubmittedAt() { return submittedAt; }
    public void setSubmittedAt(LocalDateTime submittedAt) { this.submittedAt = submittedAt; }
}
