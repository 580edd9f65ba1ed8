package vn.tongket.commendation;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.PdfFonts;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.PartyMemberRepository;

/**
 * The documents the system writes for a dossier (B.III.2.1): the proposal letter (tờ trình) as PDF and the
 * summary list (danh sách trích ngang) as PDF and xlsx, from the proposals. PDF uses DejaVu Sans (Vietnamese).
 */
@Component
@Transactional(readOnly = true)
public class CommendationDocuments {

    /** One line of the summary list. */
    public record SummaryRow(int no, String name, String birthYear, String unit, String award, String achievements) {
    }

    private static final String[] HEADERS = {"STT", "Họ và tên / Tên tổ chức đảng", "Năm sinh", "Đơn vị", "Hình thức đề nghị",
            "Tóm tắt thành tích"};

    private final CommendationService service;
    private final PartyMemberRepository members;

    public CommendationDocuments(CommendationService service, PartyMemberRepository members) {
        this.service = service;
        this.members = members;
    }

    public List<SummaryRow> rows(long dossierId) {
        List<SummaryRow> rows = new ArrayList<>();
        int no = 1;
        for (CommendationStore.Candidate c : service.candidates(dossierId)) {
            if (!c.proposed()) {
                continue;
            }
            String birth = c.memberId() == null ? "" : members.findById(c.memberId())
                    .map(m -> m.getBirthDate() == null ? "" : Integer.toString(m.getBirthDate().getYear())).orElse("");
            Explanation e = service.explanation(c);
            String achievements = e.criteria().stream()
                    .filter(k -> List.of("EXEMPLARY_YEARS", "SCORE", "COMPLETED_WELL_SHARE", "EXCELLENT_YEARS", "EMULATION_TITLES",
                            "BLOC_CERTIFICATE", "JUDGEMENT").contains(k.code()))
                    .map(Criterion::figures).collect(Collectors.joining("; "));
            rows.add(new SummaryRow(no++, c.subjectName(), birth, c.unitName() == null ? "" : c.unitName(), c.award().label(), achievements));
        }
        return rows;
    }

    public byte[] proposalLetterPdf(long dossierId) {
        CommendationStore.Dossier d = service.dossier(dossierId);
        OrgUnit unit = service.unitOf(d);
        List<SummaryRow> rows = rows(dossierId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 42, 42, 42);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Font f = new Font(PdfFonts.regular(), 12);
        Font b = new Font(PdfFonts.bold(), 12);
        PdfPTable head = new PdfPTable(2);
        head.setWidthPercentage(100);
        head.addCell(noBorder(new Phrase("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH\n" + unit.getName().toUpperCase() + "\nSố:      -TTr/ĐU", b)));
        head.addCell(noBorder(new Phrase("ĐẢNG CỘNG SẢN VIỆT NAM\n\n……, ngày … tháng 01 năm " + (d.year() + 1), b)));
        doc.add(head);
        Paragraph title = new Paragraph("\nTỜ TRÌNH\nvề việc đề nghị khen thưởng năm " + d.year(), new Font(PdfFonts.bold(), 14));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        Paragraph to = new Paragraph("\nKính gửi: Hội đồng Thi đua – Khen thưởng Đảng ủy Khối các cơ quan tỉnh (qua Ban Tổ chức)\n\n", f);
        to.setAlignment(Element.ALIGN_CENTER);
        doc.add(to);
        doc.add(new Paragraph("Căn cứ Hướng dẫn số 22-HD/ĐU ngày 25/11/2013 của Ban Thường vụ Đảng ủy Khối về công tác thi đua – "
                + "khen thưởng; căn cứ kết quả đánh giá, xếp loại tổ chức đảng và đảng viên năm " + d.year() + ", "
                + unit.getName() + " đề nghị:", f));
        for (Award a : Award.values()) {
            List<SummaryRow> of = rows.stream().filter(r -> r.award().equals(a.label())).toList();
            if (!of.isEmpty()) {
                doc.add(new Paragraph("- " + (a.provincial() ? "Ban Thường vụ Tỉnh ủy tặng bằng khen" : "Ban Thường vụ Đảng ủy Khối tặng giấy khen")
                        + " cho " + of.size() + (a.forMember() ? " đảng viên: " : " tổ chức đảng: ")
                        + of.stream().map(SummaryRow::name).collect(Collectors.joining(", ")) + ".", f));
            }
        }
        if (rows.isEmpty()) {
            doc.add(new Paragraph("- Không có đề nghị.", f));
        }
        doc.add(new Paragraph("\n(Kèm theo danh sách trích ngang và hồ sơ theo điểm 2.1, mục III, phần B của Hướng dẫn.)", f));
        Paragraph sign = new Paragraph("\nT/M ĐẢNG ỦY\nBÍ THƯ", b);
        sign.setAlignment(Element.ALIGN_RIGHT);
        doc.add(sign);
        doc.close();
        return out.toByteArray();
    }

    public byte[] summaryListPdf(long dossierId) {
        CommendationStore.Dossier d = service.dossier(dossierId);
        OrgUnit unit = service.unitOf(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.open();
        Paragraph title = new Paragraph("DANH SÁCH TRÍCH NGANG\ncác tổ chức đảng và đảng viên đề nghị khen thưởng năm " + d.year()
                + "\n" + unit.getName() + "\n\n", new Font(PdfFonts.bold(), 13));
        title.setAlignment(Element.ALIGN_CENTER);
        doc.add(title);
        PdfPTable t = new PdfPTable(new float[] {4, 20, 7, 18, 18, 33});
        t.setWidthPercentage(100);
        Font h = new Font(PdfFonts.bold(), 9);
        Font f = new Font(PdfFonts.regular(), 9);
        for (String s : HEADERS) {
            t.addCell(new PdfPCell(new Phrase(s, h)));
        }
        for (SummaryRow r : rows(dossierId)) {
            for (String s : new String[] {Integer.toString(r.no()), r.name(), r.birthYear(), r.unit(), r.award(), r.achievements()}) {
                t.addCell(new PdfPCell(new Phrase(s, f)));
            }
        }
        doc.add(t);
        doc.close();
        return out.toByteArray();
    }

    public byte[] summaryListXlsx(long dossierId) {
        CommendationStore.Dossier d = service.dossier(dossierId);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Trích ngang " + d.year());
            CellStyle boldStyle = wb.createCellStyle();
            var font = wb.createFont();
            font.setBold(true);
            boldStyle.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Danh sách trích ngang đề nghị khen thưởng năm " + d.year() + " – " + service.unitOf(d).getName());
            title.getCell(0).setCellStyle(boldStyle);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                header.getCell(i).setCellStyle(boldStyle);
            }
            int r = 3;
            for (SummaryRow row : rows(dossierId)) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.no());
                x.createCell(1).setCellValue(row.name());
                x.createCell(2).setCellValue(row.birthYear());
                x.createCell(3).setCellValue(row.unit());
                x.createCell(4).setCellValue(row.award());
                x.createCell(5).setCellValue(row.achievements());
            }
            int[] widths = {6, 32, 10, 30, 36, 80};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PdfPCell noBorder(Phrase p) {
        PdfPCell c = new PdfPCell(p);
        c.setBorder(PdfPCell.NO_BORDER);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        return c;
    }
}
