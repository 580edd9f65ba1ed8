package vn.tongket.ranking;

import vn.tongket.common.CampaignTime;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Map;
import vn.tongket.common.PdfFonts;

/** The summary report as a PDF (OpenPDF, DejaVu Sans from {@code fonts/} for Vietnamese). */
public final class SummaryReportPdf {

    private SummaryReportPdf() {
    }

    @SuppressWarnings("unchecked")
    public static byte[] render(Map<String, Object> report) {
        BaseFont regular = PdfFonts.regular();
        BaseFont bold = PdfFonts.bold();
        Font text = new Font(regular, 11);
        Font heading = new Font(bold, 12);
        Font title = new Font(bold, 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 60, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph p = new Paragraph(String.valueOf(report.get("unitName")).toUpperCase(), heading);
        doc.add(p);
        Paragraph t = new Paragraph("BÁO CÁO TỔNG KẾT CÔNG TÁC XÂY DỰNG ĐẢNG NĂM " + report.get("year"), title);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingBefore(18);
        t.setSpacingAfter(12);
        doc.add(t);
        Object date = report.get("conferenceDate");
        if (date != null) {
            doc.add(new Paragraph("Hội nghị tổng kết ngày " + LocalDate.parse(date.toString())
                    .format(CampaignTime.DATE) + "; đại diện Ban Thường vụ Đảng ủy Khối dự: "
                    + report.get("blocRepresentative"), text));
        }
        Map<String, String> sections = (Map<String, String>) report.get("sections");
        int n = 0;
        for (Map.Entry<String, String> s : SummaryReportService.SECTIONS.entrySet()) {
            Paragraph h = new Paragraph((n == 0 ? "I. " : "II." + n + ". ") + s.getValue(), heading);
            h.setSpacingBefore(10);
            doc.add(h);
            doc.add(new Paragraph(sections.getOrDefault(s.getKey(), ""), text));
            n++;
        }
        doc.close();
        return out.toByteArray();
    }
}
