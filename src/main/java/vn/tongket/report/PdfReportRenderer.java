package vn.tongket.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.springframework.stereotype.Component;
import vn.tongket.common.PdfFonts;

/** PDF with the DejaVu font (Vietnamese diacritics), A4 landscape, tables and bar charts drawn with OpenPDF. */
@Component
public class PdfReportRenderer {

    private static final Color HEADER = new Color(0xE8, 0xEC, 0xF4);
    private static final Color[] BARS = {new Color(0x2E, 0x7D, 0x32), new Color(0x15, 0x65, 0xC0),
            new Color(0xF9, 0xA8, 0x25), new Color(0xC6, 0x28, 0x28), new Color(0x75, 0x75, 0x75)};

    private final BaseFont regular;
    private final BaseFont bold;

    public PdfReportRenderer() {
        this.regular = PdfFonts.regular();
        this.bold = PdfFonts.bold();
    }

    public byte[] render(ReportDocument doc) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        pdf.addTitle(doc.title());
        pdf.addCreator("Tổng kết");
        pdf.open();
        Paragraph header = new Paragraph("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH — BAN TỔ CHỨC", new Font(bold, 9));
        pdf.add(header);
        Paragraph title = new Paragraph(doc.title().toUpperCase(), new Font(bold, 14));
        title.setAlignment(Element.ALIGN_CENTER);
        title.setSpacingBefore(8);
        pdf.add(title);
        Paragraph sub = new Paragraph(doc.subtitle(), new Font(regular, 10));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(10);
        pdf.add(sub);
        for (ReportDocument.Table t : doc.tables()) {
            Paragraph h = new Paragraph(t.heading(), new Font(bold, 11));
            h.setSpacingBefore(6);
            h.setSpacingAfter(4);
            pdf.add(h);
            PdfPTable table = new PdfPTable(t.headers().size());
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String s : t.headers()) {
                PdfPCell c = new PdfPCell(new Phrase(s, new Font(bold, 7.5f)));
                c.setBackgroundColor(HEADER);
                table.addCell(c);
            }
            if (t.rows().isEmpty()) {
                PdfPCell c = new PdfPCell(new Phrase("Không có dữ liệu", new Font(regular, 8)));
                c.setColspan(t.headers().size());
                table.addCell(c);
            }
            for (var row : t.rows()) {
                for (String s : row) {
                    table.addCell(new PdfPCell(new Phrase(s == null ? "" : s, new Font(regular, 7.5f))));
                }
            }
            pdf.add(table);
        }
        for (ReportDocument.Chart chart : doc.charts()) {
            Paragraph h = new Paragraph("Biểu đồ: " + chart.title(), new Font(bold, 11));
            h.setSpacingBefore(10);
            pdf.add(h);
            Image img = Image.getInstance(barChart(writer.getDirectContent(), chart));
            img.setAlignment(Element.ALIGN_CENTER);
            pdf.add(img);
        }
        pdf.close();
        return out.toByteArray();
    }

    /** A simple vertical bar chart: axis, one coloured bar per label, the value above, the label wrapped below. */
    private PdfTemplate barChart(PdfContentByte cb, ReportDocument.Chart chart) {
        float width = 620, height = 230, left = 40, bottom = 60, top = 20;
        PdfTemplate t = cb.createTemplate(width, height);
        int max = Math.max(1, chart.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        int n = Math.max(1, chart.values().size());
        float plotW = width - left - 10, plotH = height - bottom - top, slot = plotW / n, barW = Math.min(60, slot * 0.6f);
        t.setLineWidth(0.6f);
        t.setColorStroke(Color.DARK_GRAY);
        t.moveTo(left, bottom);
        t.lineTo(left + plotW, bottom);
        t.moveTo(left, bottom);
        t.lineTo(left, bottom + plotH);
        t.stroke();
        for (int i = 0; i < chart.values().size(); i++) {
            int v = chart.values().get(i);
            float h = plotH * v / max;
            float x = left + slot * i + (slot - barW) / 2;
            t.setColorFill(BARS[i % BARS.length]);
            t.rectangle(x, bottom, barW, h);
            t.fill();
            t.beginText();
            t.setColorFill(Color.BLACK);
            t.setFontAndSize(bold, 9);
            t.showTextAligned(Element.ALIGN_CENTER, String.valueOf(v), x + barW / 2, bottom + h + 3, 0);
            t.endText();
            ColumnText label = new ColumnText(t);
            label.setSimpleColumn(new Phrase(chart.labels().get(i), new Font(regular, 7)),
                    left + slot * i + 2, 0, left + slot * (i + 1) - 2, bottom - 4, 8, Element.ALIGN_CENTER);
            try {
                label.go();
            } catch (com.lowagie.text.DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        return t;
    }
}
