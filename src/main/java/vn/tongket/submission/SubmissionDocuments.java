package vn.tongket.submission;

import vn.tongket.common.CampaignTime;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.ranking.SummaryReportService;
import vn.tongket.report.PdfReportRenderer;
import vn.tongket.report.ReportDocument;
import vn.tongket.report.ReportFiles;
import vn.tongket.report.ReportKind;
import vn.tongket.report.XlsxReportRenderer;

/**
 * The document of a submission, generated from the stored data of the stages (reusing the aggregated reports of
 * {@code report/}): a first table with the sender, the receivers, the deadline and the rule, then the figures.
 * <ul>
 *   <li>REVIEW_RANKING: the review and ranking report (units' scores and categories, members' categories).</li>
 *   <li>VOTE_RESULTS: per person the figures of C.III.2.3 (issued, collected, valid, each level with its share of the
 *       ballots collected) and the consequences of C.III.5.</li>
 *   <li>EVALUATION_RESULTS: the evaluation report (collectives and cadres, categories, late flags).</li>
 *   <li>CONFERENCE: the year-end conference (date, the bloc's representative), the sections of the báo cáo tổng
 *       kết (B.I.2) and the year's ranking figures.</li>
 * </ul>
 */
@Component
public class SubmissionDocuments {

    private static final DateTimeFormatter DMY = CampaignTime.DATE;

    private final ReportFiles reports;
    private final PdfReportRenderer pdf;
    private final XlsxReportRenderer xlsx;
    private final OrganizationService organization;
    private final SummaryReportService summaries;
    private final ZoneId zone;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    public SubmissionDocuments(ReportFiles reports, PdfReportRenderer pdf, XlsxReportRenderer xlsx,
                               OrganizationService organization, SummaryReportService summaries,
                               vn.tongket.calendar.CalendarProperties calendar, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.pdf = pdf;
        this.xlsx = xlsx;
        this.organization = organization;
        this.summaries = summaries;
        this.zone = calendar.getZone();
    }

    public byte[] render(ReportSubmissionService.Submission s, List<ReportSubmissionService.Hop> hops, ReportFiles.Format format) {
        ReportDocument doc = document(s, hops);
        return format == ReportFiles.Format.PDF ? pdf.render(doc) : xlsx.render(doc);
    }

    /** Refuses sending a report whose content the unit has not entered yet (the conference's báo cáo tổng kết). */
    public void requireContent(ReportSubmissionService.Submission s) {
        if (s.kind() == SubmissionKind.CONFERENCE && !hasSummary(s)) {
            throw new DomainException("reportKind", organization.unit(s.unitCode()).getName() + " chưa có báo cáo tổng kết năm " + s.year()
                    + ": nhập báo cáo tổng kết (việc “Báo cáo tổng kết công tác xây dựng Đảng”) trước khi gửi");
        }
    }

    private boolean hasSummary(ReportSubmissionService.Submission s) {
        Integer n = jdbc.queryForObject("select count(*) from ranking_summary_report r join org_unit u on u.id = r.unit_id"
                + " where u.code = ? and r.campaign_year = ?", Integer.class, s.unitCode(), s.year());
        return n != null && n > 0;
    }

    ReportDocument document(ReportSubmissionService.Submission s, List<ReportSubmissionService.Hop> hops) {
        OrgUnit unit = organization.unit(s.unitCode());
        ReportRoute route = ReportRoute.of(unit, s.kind());
        List<List<String>> head = new ArrayList<>();
        head.add(List.of("Đơn vị gửi", unit.getName() + " (" + unit.getKind().label() + ")"));
        head.add(List.of("Cấp ủy gửi", route.senderName()));
        head.add(List.of("Nơi nhận (lần lượt)", route.receiverNames()));
        head.add(List.of("Thời hạn", "Chậm từ " + DMY.format(s.deadline().atZone(zone)) + " — " + s.kind().rule()));
        head.add(List.of("Trạng thái", s.sentAt() == null ? "Chưa gửi (bản dự thảo)"
                : "Gửi ngày " + DMY.format(s.sentAt().atZone(zone)) + (s.late() ? " — CHẬM so với thời hạn" : " — đúng hạn")));
        for (ReportSubmissionService.Hop h : hops) {
            head.add(List.of("Tiếp nhận: " + h.name(), h.acknowledgedAt() == null ? "Chưa xác nhận"
                    : "Đã nhận ngày " + DMY.format(h.acknowledgedAt().atZone(zone))));
        }
        List<ReportDocument.Table> tables = new ArrayList<>();
        tables.add(new ReportDocument.Table("Thông tin gửi báo cáo", List.of("Mục", "Nội dung"), head));
        List<ReportDocument.Chart> charts = new ArrayList<>();
        switch (s.kind()) {
            case REVIEW_RANKING -> add(tables, charts, reports.document(ReportKind.REVIEW_RANKING, s.year(), s.unitCode()));
            case VOTE_RESULTS -> add(tables, charts, reports.document(ReportKind.VOTE, s.year(), s.unitCode()));
            case EVALUATION_RESULTS -> add(tables, charts, reports.document(ReportKind.EVALUATION, s.year(), s.unitCode()));
            case CONFERENCE -> {
                tables.add(conference(s));
                ReportDocument ranking = reports.document(ReportKind.REVIEW_RANKING, s.year(), s.unitCode());
                add(tables, charts, ranking);
            }
        }
        return new ReportDocument(s.kind().title(), unit.getName() + " — năm " + s.year(), tables, charts);
    }

    private ReportDocument.Table conference(ReportSubmissionService.Submission s) {
        List<List<String>> rows = new ArrayList<>();
        if (!hasSummary(s)) {
            rows.add(List.of("Báo cáo tổng kết", "Đơn vị chưa có báo cáo tổng kết năm " + s.year()));
        } else {
            Map<String, Object> r = summaries.report(s.unitCode(), s.year());
            Object date = r.get("conferenceDate");
            rows.add(List.of("Ngày hội nghị tổng kết", date == null ? "Chưa ghi"
                    : DMY.format(java.time.LocalDate.parse(date.toString()))));
            rows.add(List.of("Đại diện Ban Thường vụ Đảng ủy Khối dự", String.valueOf(r.getOrDefault("blocRepresentative", ""))));
            @SuppressWarnings("unchecked")
            Map<String, String> sections = (Map<String, String>) r.get("sections");
            SummaryReportService.SECTIONS.forEach((key, heading) -> rows.add(List.of(heading, sections.getOrDefault(key, ""))));
        }
        return new ReportDocument.Table("Hội nghị tổng kết và báo cáo tổng kết công tác xây dựng Đảng", List.of("Mục", "Nội dung"), rows);
    }

    private static void add(List<ReportDocument.Table> tables, List<ReportDocument.Chart> charts, ReportDocument d) {
        tables.addAll(d.tables());
        charts.addAll(d.charts());
    }
}
