package vn.tongket.review;

import jakarta.persistence.*;
import java.time.LocalDateTime;

/** A party cell's report of its members' reviews to its branch (A.I.3.2.b). */
@Entity
@Table(name = "review_cell_report")
public class CellReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(name = "cell_code", nullable = false)
    private String cellCode;
    @Column(name = "cell_name", nullable = false)
    private String cellName;
    @Column(name = "reporter_code")
    private String reporterCode;
    @Column(columnDefinition = "TEXT")
    private String report;
    @Column(name = "reported_at")
    private LocalDateTime reportedAt;

    protected CellReport() {
    }

    public CellReport(Long sessionId, String cellCode, String cellName, String reporterCode) {
        this.sessionId = sessionId;
        this.cellCode = cellCode;
        this.cellName = cellName;
        this.reporterCode = reporterCode;
    }

    public Long getId() { return id; }
    public Long getSessionId() { return sessionId; }
    public String getCellCode() { return cellCode; }
    public String getCellName() { return cellName; }
    public String getReporterCode() { return reporterCode; }
    public String getReport() { return report; }
    public void setReport(String report) { this.report = report; }
    public LocalDateTime getReportedAt() { return reportedAt; }
    public void setReportedAt(LocalDateTime reportedAt) { this.reportedAt = reportedAt; }
}
