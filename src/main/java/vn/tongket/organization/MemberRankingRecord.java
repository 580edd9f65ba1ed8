package vn.tongket.organization;

import jakarta.persistence.*;

@Entity
@Table(name = "member_ranking_history")
public class MemberRankingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "self_category", length = 40)
    private MemberCategory selfCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch_category", length = 40)
    private MemberCategory branchCategory;

    @Enumerated(EnumType.STRING)
    @Column(name = "final_category", length = 40)
    private MemberCategory finalCategory;

    @Column(name = "not_ranked_reason")
    private String notRankedReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistorySource source;

    protected MemberRankingRecord() {
    }

    public MemberRankingRecord(Long memberId, int year, HistorySource source) {
        this.memberId = memberId;
        this.year = year;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public int getYear() { return year; }
    public MemberCategory getSelfCategory() { return selfCategory; }
    public void setSelfCategory(MemberCategory selfCategory) { this.selfCategory = selfCategory; }
    public MemberCategory getBranchCategory() { return branchCategory; }
    public void setBranchCategory(MemberCategory branchCategory) { this.branchCategory = branchCategory; }
    public MemberCategory getFinalCategory() { return finalCategory; }
    public void setFinalCategory(MemberCategory finalCategory) { this.finalCategory = finalCategory; }
    public String getNotRankedReason() { return notRankedReason; }
    public void setNotRankedReason(String notRankedReason) { this.notRankedReason = notRankedReason; }
    public HistorySource getSource() { return source; }
    public void setSource(HistorySource source) { this.source = source; }
}
