package vn.tongket.organization;

import jakarta.persistence.*;
import java.time.LocalDate;

@Entity
@Table(name = "emulation_title_history")
public class EmulationTitleRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EmulationTitle title;

    @Column(name = "decision_no", length = 60)
    private String decisionNo;

    @Column(name = "decision_date")
    private LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HistorySource source;

    protected EmulationTitleRecord() {
    }

    public EmulationTitleRecord(Long memberId, int year, EmulationTitle title, String decisionNo,
                                LocalDate decisionDate, HistorySource source) {
        this.memberId = memberId;
        this.year = year;
        this.title = title;
        this.decisionNo = decisionNo;
        this.decisionDate = decisionDate;
        this.source = source;
    }

    public Long getId() { return id; }
    public Long getMemberId() { return memberId; }
    public int getYear() { return year; }
    public EmulationTitle getTitle() { return title; }
    public String getDecisionNo() { return decisionNo; }
    public LocalDate getDecisionDate() { return decisionDate; }
    public HistorySource getSource() { return source; }
}
