package vn.tongket.organization.importing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a file holds; also the order in which a folder is imported (units before members before positions…). */
public enum ImportKind {
    UNITS("units", "đơn vị"),
    MEMBERS("members", "đảng viên"),
    POSITIONS("positions", "chức vụ"),
    HISTORY("history", "lịch sử");

    private final String path;
    private final String label;

    ImportKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The path segment of {@code POST /api/import/{kind}} and the file name prefix in the startup folder. */
    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static Optional<ImportKind> fromPath(String path) {
        String p = path == null ? "" : path.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.path.equals(p)).findFirst();
    }

    /** The kind of a startup-folder file by its name prefix ({@code units-2014.xlsx} → UNITS). */
    public static Optional<ImportKind> fromFileName(String fileName) {
        String f = fileName.toLowerCase(Locale.ROOT);
        if (!(f.endsWith(".csv") || f.endsWith(".xlsx"))) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(k -> f.startsWith(k.path)).findFirst();
    }
}
