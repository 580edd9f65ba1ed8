package vn.tongket.review;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.tongket.common.PdfFonts;

/**
 * The report of a reviewing body to the bloc's Ban Tổ chức (Đ.II.1): the collective report and conclusion, the list
 * of reviews with each member's self-ranking and the chair's conclusion, and the cells' reports. OpenPDF with the
 * DejaVu Sans font shipped in {@code fonts/} (Vietnamese glyphs; licence in fonts/DejaVu-LICENSE.txt).
 */
@Component
public class ReviewReportPdf {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    public byte[] render(ReviewSession session, List<ReviewItem> items, List<CellReport> cells, Map<String, String> selfRankings) {
        BaseFont base = PdfFonts.regular();
        BaseFont baseBold = PdfFonts.bold();
        Font text = new Font(base, 10);
        Font small = new Font(base, 8);
        Font heading = new Font(baseBold, 12);
        Font title = new Font(baseBold, 14);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Báo cáo kết quả kiểm điểm năm " + session.getYear() + " - " + session.getUnitName());
        doc.open();
        Paragraph t = new Paragraph("BÁO CÁO KẾT QUẢ KIỂM ĐIỂM TỰ PHÊ BÌNH VÀ PHÊ BÌNH NĂM " + session.getYear(), title);
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        Paragraph u = new Paragraph(session.getUnitName() + " (" + session.getUnitCode() + ")", heading);
        u.setAlignment(Element.ALIGN_CENTER);
        doc.add(u);
        doc.add(new Paragraph("Kính gửi: Ban Thường vụ Đảng ủy Khối (qua Ban Tổ chức)", text));

        doc.add(new Paragraph("I. Kiểm điểm tập thể", heading));
        if (!session.isHasCollectiveReview()) {
            doc.add(new Paragraph("Chi bộ chỉ có bí thư, phó bí thư: kiểm điểm của lãnh đạo chi bộ gắn với kiểm điểm của chi bộ"
                    + " (không kiểm điểm tập thể riêng).", text));
        } else {
            doc.add(new Paragraph("Báo cáo gửi các ủy viên: " + when(session.getDistributedAt())
                    + "; họp kiểm điểm: " + when(session.getMeetingAt()), text));
            ReviewItem collective = items.stream().filter(ReviewItem::isCollective).findFirst().orElse(null);
            if (session.getFocusPoints() != null) {
                doc.add(new Paragraph("Gợi ý của cấp ủy cấp trên: " + session.getFocusPoints(), text));
            }
            doc.add(new Paragraph("Báo cáo kiểm điểm tập thể: " + orDash(session.getFinalReport() != null
                    ? session.getFinalReport() : session.getReportDraft()), text));
            if (collective != null) {
                doc.add(new Paragraph("Kết luận của người chủ trì: " + orDash(collective.getConclusion())
                        + " (" + ReviewService.statusLabel(collective.getStatus()) + ")", text));
            }
        }

        doc.add(new Paragraph("II. Kiểm điểm cá nhân", heading));
        PdfPTable table = new PdfPTable(new float[] {4, 20, 22, 18, 40, 14});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String h : new String[] {"STT", "Họ và tên", "Nơi kiểm điểm", "Tự xếp loại", "Kết luận của người chủ trì", "Tình trạng"}) {
            PdfPCell c = new PdfPCell(new Phrase(h, new Font(baseBold, 9)));
            table.addCell(c);
        }
        int n = 0;
        for (ReviewItem i : items) {
            if (i.isCollective()) {
                continue;
            }
            table.addCell(new Phrase(String.valueOf(++n), small));
            table.addCell(new Phrase(i.getMemberName() + " (" + i.getMemberCode() + ")", small));
            table.addCell(new Phrase(i.getPlaceName(), small));
            table.addCell(new Phrase(orDash(selfRankings.get(i.getMemberCode())), small));
            String conclusion = i.getDiscipline() == null ? i.getConclusion()
                    : i.getConclusion() + " — Xem xét kỷ luật: " + i.getDiscipline();
            table.addCell(new Phrase(orDash(i.getStatus() == ReviewItem.Status.CONCLUDED ? conclusion : null), small));
            table.addCell(new Phrase(ReviewService.statusLabel(i.getStatus()), small));
        }
        doc.add(table);
        doc.add(new Paragraph("Tổng số: " + n + " lượt kiểm điểm cá nhân; đã kết luận "
                + items.stream().filter(i -> !i.isCollective() && i.getStatus() == ReviewItem.Status.CONCLUDED).count()
                + "; tạm dừng " + items.stream().filter(ReviewItem::isPaused).count() + ".", text));
        if (!cells.isEmpty()) {
            doc.add(new Paragraph("III. Báo cáo của các tổ đảng", heading));
            for (CellReport c : cells) {
                doc.add(new Paragraph(c.getCellName() + ": " + orDash(c.getReport()), text));
            }
        }
        if (session.getLateSummary() != null) {
            doc.add(new Paragraph("Ghi chú về tiến độ (đến hạn 25/12): " + session.getLateSummary(), small));
        }
        doc.close();
        return out.toByteArray();
    }

    private static String when(java.time.LocalDateTime t) {
        return t == null ? "chưa có" : DAY_TIME.format(t);
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
