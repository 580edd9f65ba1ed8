package vn.tongket.organization;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Table(name = "unit_ranking_history")
public class UnitRankingRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "self_score", precision = 6, scale = 2)
    private BigDecimal selfScore;

    @Column(name = "superior_score", precision = 6, scale = 2)
    private BigDecimal superiorScore;

    @Column(precision = 6, scale = 2)
    private BigDecimal score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private UnitCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistorySource source;

    protected UnitRankingRecord() {
    }

    public UnitRankingRecord(Long unitId, int year, BigDecimal score, UnitCategory category, HistorySource source) {
        this.unitId = unitId;
        this.year = year;
        this.score = score;
        this.category = category;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getUnitId() { return unitId; }
    public int getYear() { return year; }
    public BigDecimal getSelfScore() { return selfScore; }
    public void setSelfScore(BigDecimal selfScore) { this.selfScore = selfScore; }
    public BigDecimal getSuperiorScore() { return superiorScore; }
    public void setSuperiorScore(BigDecimal superiorScore) { this.superiorScore = superiorScore; }
    public BigDecimal getScore() { return score; }
    public void setScore(BigDecimal score) { this.score = score; }
    public UnitCategory getCategory() { return category; }
    public void setCategory(UnitCategory category) { this.category = category; }
    public HistorySource getSource() { return source; }
    public void setSource(HistorySource source) { this.source = source; }
}
