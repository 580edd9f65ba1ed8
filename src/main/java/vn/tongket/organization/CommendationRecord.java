package vn.tongket.organization;

import jakarta.persistence.*;
import java.time.LocalDate;

/** A commendation received by a member or a unit; waiting periods count from {@link #decisionDate}. */
@Entity
@Table(name = "commendation_history")
public class CommendationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AwardKind kind;

    /** Who granted it, e.g. "DANG_UY_KHOI", "TINH_UY". */
    @Column(name = "award_level", nullable = false, length = 30)
    private String level;

    @Column(name = "decision_no", nullable = false, length = 60)
    private String decisionNo;

    @Column(name = "decision_date", nullable = false)
    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistorySource source;

    protected CommendationRecord() {
    }

    public CommendationRecord(Long memberId, Long unitId, int year, AwardKind kind, String level,
                              String decisionNo, LocalDate decisionDate, HistorySource source) {
        this.memberId = memberId;
        this.unitId = unitId;
        this.year = year;
        this.kind = kind;
        this.level = level;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public Long getUnitId() { return unitId; }
    public int getYear() { return year; }
    public AwardKind getKind() { return kind; }
    public String getLevel() { return level; }
    public String getDecisionNo() { return decisionNo; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public HistorySource getSource() { return source; }
}
