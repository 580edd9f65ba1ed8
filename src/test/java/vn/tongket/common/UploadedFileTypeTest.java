package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** Issue 10 item 7: any file type was uploaded and served back with the client's content type. */
class UploadedFileTypeTest {

    @Test
    void pdfPngJpeg_areDetectedFromTheirMagicBytes_whateverTheName() {
        assertThat(UploadedFileType.detect("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "a.txt")).contains(UploadedFileType.PDF);
        assertThat(UploadedFileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}, "x.pdf")).contains(UploadedFileType.PNG);
        assertThat(UploadedFileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, null)).contains(UploadedFileType.JPEG);
    }

    @Test
    void realDocxAndXlsx_areToldApartByTheirEntries() throws Exception {
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        try (XWPFDocument d = new XWPFDocument()) {
            d.createParagraph().createRun().setText("Báo cáo");
            d.write(docx);
        }
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook w = new XSSFWorkbook()) {
            w.createSheet("a").createRow(0).createCell(0).setCellValue(1);
            w.write(xlsx);
        }
        assertThat(UploadedFileType.detect(docx.toByteArray(), "bao-cao.docx")).contains(UploadedFileType.DOCX);
        assertThat(UploadedFileType.detect(xlsx.toByteArray(), "bang.pdf")).contains(UploadedFileType.XLSX);
    }

    @Test
    void odt_isDetectedByItsMimetypeEntry_anyOtherZipIsRefused() throws Exception {
        assertThat(UploadedFileType.detect(zip("mimetype", "application/vnd.oasis.opendocument.text"), "a.odt"))
                .contains(UploadedFileType.ODT);
        assertThat(UploadedFileType.detect(zip("evil.exe", "MZ"), "a.docx")).isEmpty();
    }

    @Test
    void oldOfficeFormats_needTheirExtension() {
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0};
        assertThat(UploadedFileType.detect(ole, "so-lieu.XLS")).contains(UploadedFileType.XLS);
        assertThat(UploadedFileType.detect(ole, "to-trinh.doc")).contains(UploadedFileType.DOC);
        assertThat(UploadedFileType.detect(ole, "macro.msi")).isEmpty();
    }

    @Test
    void htmlScriptOrExecutable_isRefusedWithAVietnameseMessageNamingTheField() {
        assertThatThrownBy(() -> UploadedFileType.require("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "x.pdf", "file")).isInstanceOf(DomainException.class).hasMessageContaining("Loại tệp không được chấp nhận")
                .extracting(e -> ((DomainException) e).field()).isEqualTo("file");
        assertThat(UploadedFileType.detect("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), "a.pdf")).isEmpty();
        assertThat(UploadedFileType.detect(new byte[0], "a.pdf")).isEmpty();
    }

    private static byte[] zip(String entry, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
