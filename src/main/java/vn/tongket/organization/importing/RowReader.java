package vn.tongket.organization.importing;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the typed cells of one row and collects every problem as a {@link RowError} (it never throws).
 * Dates: {@code yyyy-MM-dd} or {@code dd/MM/yyyy}. Enum values: the constant ({@code BRANCH}) or its Vietnamese
 * label ({@code Chi bộ trực thuộc}), case-insensitive. Booleans: true/false, có/không, x/blank, 1/0.
 */
public final class RowReader {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final TableRow row;
    private final List<RowError> errors;

    public RowReader(TableRow row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
    }

    public int row() {
        return row.row();
    }

    public void error(String column, String message) {
        errors.add(new RowError(row.row(), column, message));
    }

    public String text(String column, boolean required) {
        String v = row.get(column);
        if (v == null && required) {
            error(column, "Thiếu giá trị bắt buộc");
        }
        return v;
    }

    public LocalDate date(String column, boolean required) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, VN_DATE) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(column, "Ngày không hợp lệ: \"" + v + "\" (dùng dạng yyyy-MM-dd hoặc dd/MM/yyyy)");
            return null;
        }
    }

    public Integer integer(String column, boolean required, int min, int max) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                error(column, "Giá trị " + n + " ngoài khoảng " + min + "–" + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            error(column, "Không phải số nguyên: \"" + v + "\"");
            return null;
        }
    }

    public BigDecimal decimal(String column, boolean required, BigDecimal min, BigDecimal max) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.replace(',', '.'));
            if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                error(column, "Giá trị " + d.toPlainString() + " ngoài khoảng " + min + "–" + max);
                return null;
            }
            if (d.scale() > 2) {
                error(column, "Tối đa 2 chữ số thập phân: \"" + v + "\"");
                return null;
            }
            return d;
        } catch (NumberFormatException e) {
            error(column, "Không phải số: \"" + v + "\"");
            return null;
        }
    }

    public Boolean bool(String column, boolean defaultValue) {
        String v = row.get(column);
        if (v == null) {
            return defaultValue;
        }
        String s = fold(v);
        if (List.of("true", "co", "x", "1", "yes").contains(s)) {
            return true;
        }
        if (List.of("false", "khong", "0", "no").contains(s)) {
            return false;
        }
        error(column, "Giá trị đúng/sai không hợp lệ: \"" + v + "\" (dùng true/false hoặc có/không)");
        return defaultValue;
    }

    public <E extends Enum<E>> E enumValue(String column, boolean required, Class<E> type, Function<E, String> label) {
        String v = text(column, required);
        if (v == null) {
            return null;
        }
        String folded = fold(v);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || fold(label.apply(e)).equals(folded)) {
                return e;
            }
        }
        error(column, "Giá trị không hợp lệ: \"" + v + "\"; chấp nhận: "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** Lower case without diacritics (đ → d), for lenient matching of Vietnamese labels. */
    static String fold(String s) {
        String n = Normalizer.normalize(s.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return n.replace('đ', 'd');
    }
}
