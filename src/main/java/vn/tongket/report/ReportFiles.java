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
        return render(kind, year, unitCode, format, null);
    }

    /**
     * The report as {@code reader} may see it: rows of confidential things follow the same rule as the API
     * (evaluations: {@link vn.tongket.evaluation.EvaluationAccess}). {@code reader == null}: the engine's own use
     * (the simulation's files, the report sent to the bloc), everything.
     */
    public byte[] render(ReportKind kind, int year, String unitCode, Format format, vn.tongket.identity.CurrentUser reader) {
        ReportDocument doc = ReportDocuments.of(kind, data(kind, year, unitCode, reader));
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
        return data(kind, year, unitCode, null);
    }

    Object data(ReportKind kind, int year, String unitCode, vn.tongket.identity.CurrentUser reader) {
        return switch (kind) {
            case REVIEW_RANKING -> reports.reviewRanking(year, unitCode);
            case VOTE -> reports.vote(year, unitCode);
            case COMMENDATION -> reports.commendation(year, unitCode);
            case EVALUATION -> reports.evaluation(year, unitCode, reader);
        };
    }
}
