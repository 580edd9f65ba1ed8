package vn.tongket.report;

import org.springframework.stereotype.Service;

/** A report as a file: its data from {@link ReportService}, laid out by {@link ReportDocuments}, rendered to PDF or xlsx. */
@Service
public class ReportFiles {

    /** The two formats every report is produced in. */
    public enum Format {
        PDF, XLSX;

        public String extension() {
            return name().toLowerCase();
        }
    }

    private final ReportService reports;
    private final PdfReportRenderer pdf;
    private final XlsxReportRenderer xlsx;

    public ReportFiles(ReportService reports, PdfReportRenderer pdf, XlsxReportRenderer xlsx) {
        this.reports = reports;
        this.pdf = pdf;
        this.xlsx = xlsx;
    }

    /** The report of {@code kind} for the unit and everything under it ({@code unitCode == null}: the whole bloc). */
    public byte[] render(ReportKind kind, int year, String unitCode, Format format) {
        ReportDocument doc = ReportDocuments.of(kind, data(kind, year, unitCode));
        return format == Format.PDF ? pdf.render(doc) : xlsx.render(doc);
    }

    /** The printable content of a report (tables and charts), for documents that add to it (report submissions). */
    public ReportDocument document(ReportKind kind, int year, String unitCode) {
        return ReportDocuments.of(kind, data(kind, year, unitCode));
    }

    /** bao-cao-&lt;kind&gt;-&lt;year&gt;[-&lt;unit&gt;].&lt;pdf|xlsx&gt; */
    public static String fileName(ReportKind kind, int year, String unitCode, Format format) {
        return "bao-cao-" + kind.slug() + "-" + year + (unitCode == null ? "" : "-" + unitCode) + "." + format.extension();
    }

    Object data(ReportKind kind, int year, String unitCode) {
        return switch (kind) {
            case REVIEW_RANKING -> reports.reviewRanking(year, unitCode);
            case VOTE -> reports.vote(year, unitCode);
            case COMMENDATION -> reports.commendation(year, unitCode);
            case EVALUATION -> reports.evaluation(year, unitCode);
        };
    }
}
