package vn.tongket.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The allow-list of uploaded document types, detected from the content (magic bytes), never from the client's
 * {@code Content-Type}: PDF, PNG, JPEG, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument text (.odt).
 * Office Open XML and OpenDocument are zip files told apart by their entries; the two old binary Office formats
 * share one container (OLE2) and are told apart by the file name's extension.
 */
public enum UploadedFileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    DOC("application/msword", "doc"),
    XLS("application/vnd.ms-excel", "xls");

    public static final String ALLOWED = "PDF, ảnh PNG/JPEG, Word (.docx, .doc), Excel (.xlsx, .xls), OpenDocument (.odt)";
    private static final int MAX_ZIP_ENTRIES = 2000;

    private final String mediaType;
    private final String extension;

    UploadedFileType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of these bytes, or empty when they are none of the allowed types. */
    public static Optional<UploadedFileType> detect(byte[] content, String fileName) {
        if (content == null || content.length < 4) {
            return Optional.empty();
        }
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1})) {
            String ext = extensionOf(fileName);
            return "xls".equals(ext) ? Optional.of(XLS) : "doc".equals(ext) ? Optional.of(DOC) : Optional.empty();
        }
        if (startsWith(content, new byte[] {'P', 'K', 0x03, 0x04})) {
            return zipType(content);
        }
        return Optional.empty();
    }

    /** {@link #detect}, or a {@link DomainException} on {@code field} naming the allowed types. */
    public static UploadedFileType require(byte[] content, String fileName, String field) {
        return detect(content, fileName).orElseThrow(() -> new DomainException(field,
                "Loại tệp không được chấp nhận (nội dung tệp không phải " + ALLOWED + ")"));
    }

    private static Optional<UploadedFileType> zipType(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                if (entries == 1 && "mimetype".equals(name)) {
                    String mime = new String(zip.readNBytes(100), StandardCharsets.US_ASCII).trim();
                    return ODT.mediaType.equals(mime) ? Optional.of(ODT) : Optional.empty();
                }
                contentTypes |= "[Content_Types].xml".equals(name);
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (contentTypes && word && !excel) {
            return Optional.of(DOCX);
        }
        if (contentTypes && excel && !word) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String extensionOf(String fileName) {
        if (fileName == null) {
            return "";
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
