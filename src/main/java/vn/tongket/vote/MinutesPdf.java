package vn.tongket.vote;

import vn.tongket.common.CampaignTime;

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
import vn.tongket.common.PdfFonts;
import vn.tongket.vote.VoteViews.LogLine;
import vn.tongket.vote.VoteViews.MinutesData;
import vn.tongket.vote.VoteViews.TallyLine;

/**
 * Biên bản kiểm phiếu (C.III.3.3) as PDF: marked MẬT, the count per candidate over ballots collected, the
 * consequences with the guidance's sentences, the 3-copy distribution, and the entry log (who, when, what).
 * Fonts: DejaVu Sans from the classpath ({@code fonts/DejaVuSans.ttf}), embedded, with every Vietnamese glyph.
 */
public final class MinutesPdf {

    private static final DateTimeFormatter TIME = CampaignTime.dateTimeSeconds();

    private MinutesPdf() {
    }

    public static byte[] render(MinutesData data) {
        var v = data.tally().vote();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Biên bản kiểm phiếu tín nhiệm " + v.unitName() + " năm " + v.year());
        doc.open();
        Font f = new Font(font(false), 9);
        Font b = new Font(font(true), 9);
        Font title = new Font(font(true), 14);
        Font secret = new Font(font(true), 14, Font.NORMAL, new java.awt.Color(180, 0, 0));
        Paragraph mat = new Paragraph("MẬT", secret);
        mat.setAlignment(Element.ALIGN_RIGHT);
        doc.add(mat);
        Paragraph t = new Paragraph("BIÊN BẢN KIỂM PHIẾU TÍN NHIỆM", title);
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        Paragraph sub = new Paragraph("Hội nghị Ban Chấp hành " + v.unitName() + " — năm " + v.year() + " — ngày lấy phiếu "
                + VoteService.fmt(v.voteDate()), b);
        sub.setAlignment(Element.ALIGN_CENTER);
        doc.add(sub);
        doc.add(new Paragraph("Ban kiểm phiếu: " + (data.board().isEmpty() ? "(chưa có)" : String.join(", ", data.board().stream()
                .map(m -> m.fullName() + (m.seq() == 0 ? " (trưởng ban)" : "")).toList())), f));
        if (data.foreign() > 0) {
            doc.add(new Paragraph(VoteService.foreignNote(data.foreign()) + ".", b));
        }
        doc.add(new Paragraph("Số phiếu phát ra: " + data.issued() + "; số phiếu thu về: " + data.collected()
                + ". Tỉ lệ phần trăm tính trên tổng số phiếu thu về (kể cả phiếu không hợp lệ), làm tròn 2 chữ số thập phân (nửa lên). "
                + "Phiếu hỏng: " + (v.scope() == InvalidMarkScope.BALLOT
                        ? "một tên đánh dấu sai làm hỏng cả phiếu (theo câu chữ của Hướng dẫn)."
                        : "một tên đánh dấu sai chỉ làm hỏng phần của tên đó."), f));
        doc.add(new Paragraph(" ", f));
        PdfPTable table = new PdfPTable(new float[] {3, 18, 20, 6, 6, 6, 6, 7, 6, 7, 6, 7});
        table.setWidthPercentage(100);
        for (String h : new String[] {"TT", "Họ và tên", "Chức vụ", "Phát ra", "Thu về", "Hợp lệ", "TN cao", "%", "Tín nhiệm", "%",
                "TN thấp", "%"}) {
            table.addCell(cell(h, b));
        }
        int i = 1;
        for (TallyLine l : data.tally().lines()) {
            for (String c : new String[] {String.valueOf(i++), l.fullName(), l.positionTitle(), n(l.issued()), n(l.collected()),
                    n(l.valid()), n(l.high()), l.highPercent().toPlainString(), n(l.medium()), l.mediumPercent().toPlainString(),
                    n(l.low()), l.lowPercent().toPlainString()}) {
                table.addCell(cell(c, f));
            }
        }
        doc.add(table);
        doc.add(new Paragraph(" ", f));
        doc.add(new Paragraph("Sử dụng kết quả (HD 22-HD/ĐU, C.III.5):", b));
        for (TallyLine l : data.tally().lines()) {
            doc.add(new Paragraph(l.fullName() + ": " + l.consequences(), f));
        }
        doc.add(new Paragraph(" ", f));
        doc.add(new Paragraph("Biên bản được lập thành 3 bản: 2 bản gửi cấp trên trực tiếp, 1 bản lưu tại tổ chức, cơ quan, đơn vị "
                + "theo chế độ mật. Phiếu tín nhiệm được niêm phong và bàn giao cho Ban Tổ chức Đảng ủy Khối quản lý, lưu giữ. "
                + "Kết quả chỉ công bố cho thành phần ghi phiếu, tập thể lãnh đạo cấp trên trực tiếp và cá nhân cán bộ được lấy phiếu.", b));
        doc.add(new Paragraph(" ", f));
        doc.add(new Paragraph("Nhật ký nhập phiếu (ai, lúc nào, việc gì):", b));
        PdfPTable logTable = new PdfPTable(new float[] {10, 8, 8, 3, 5, 50});
        logTable.setWidthPercentage(100);
        for (String h : new String[] {"Thời điểm", "Người", "Việc", "Lượt", "Số phiếu", "Chi tiết"}) {
            logTable.addCell(cell(h, b));
        }
        for (LogLine l : data.log()) {
            for (String c : new String[] {TIME.format(l.at()), l.actor(), l.action(), l.clerk() == null ? "" : l.clerk(),
                    l.serial() == null ? "" : l.serial(), l.detail() == null ? "" : l.detail()}) {
                logTable.addCell(cell(c, new Font(font(false), 7)));
            }
        }
        doc.add(logTable);
        doc.add(new Paragraph(" ", f));
        Paragraph sign = new Paragraph("TRƯỞNG BAN KIỂM PHIẾU                                        CÁC THÀNH VIÊN BAN KIỂM PHIẾU", b);
        sign.setAlignment(Element.ALIGN_CENTER);
        doc.add(sign);
        doc.close();
        return out.toByteArray();
    }

    private static String n(int v) {
        return String.valueOf(v);
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(text, font));
        c.setPadding(3);
        return c;
    }

    static BaseFont font(boolean isBold) {
        return isBold ? PdfFonts.bold() : PdfFonts.regular();
    }
}
