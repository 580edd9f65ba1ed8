package vn.tongket.organization;

import jakarta.persistence.*;

/** Counts of one confidence vote for one person at one place (never the ballots themselves). */
@Entity
@Table(name = "confidence_result_history")
public class ConfidenceResultRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "place_unit_id", nullable = false)
    private Long placeUnitId;

    @Column(name = "position_title")
    private String positionTitle;

    @Column(name = "ballots_issued", nullable = false)
    private int ballotsIssued;

    @Column(name = "ballots_collected", nullable = false)
    private int ballotsCollected;

    @Column(name = "ballots_valid", nullable = false)
    private int ballotsValid;

    @Column(name = "high_count", nullable = false)
    private int highCount;

    @Column(name = "medium_count", nullable = false)
    private int mediumCount;

    @Column(name = "low_count", nullable = false)
    private int lowCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistorySource source;

    protected ConfidenceResultRecord() {
    }

    public ConfidenceResultRecord(Long memberId, int year, Long placeUnitId, String positionTitle,
                                  int ballotsIssued, int ballotsCollected, int ballotsValid,
                                  int highCount, int mediumCount, int lowCount, HistorySource source) {
        this.memberId = memberId;
        this.year = year;
        this.placeUnitId = placeUnitId;
        this.positionTitle = positionTitle;
        this.ballotsIssued = ballotsIssued;
        this.ballotsCollected = ballotsCollected;
        this.ballotsValid = ballotsValid;
        this.highCount = highCount;
        this.mediumCount = mediumCount;
        this.lowCount = lowCount;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public int getYear() { return year; }
    public Long getPlaceUnitId() { return placeUnitId; }
    public String getPositionTitle() { return positionTitle; }
    public int getBallotsIssued() { return ballotsIssued; }
    public int getBallotsCollected() { return ballotsCollected; }
    public int getBallotsValid() { return ballotsValid; }
    public int getHighCount() { return highCount; }
    public int getMediumCount() { return mediumCount; }
    public int getLowCount() { return lowCount; }
    public HistorySource getSource() { return source; }
}
