package vn.tongket.organization.importing;

import java.util.ArrayList;
import java.util.List;

/** Header checks shared by the validators. */
final class Columns {

    private Columns() {
    }

    /** Errors for missing required columns and unknown column names (a typo would silently drop data). */
    static List<RowError> check(Table table, List<String> required, List<String> allowed) {
        List<RowError> errors = new ArrayList<>();
        for (String c : required) {
            if (!table.hasColumn(c)) {
                errors.add(new RowError(table.headerRow(), c, "Thiếu cột bắt buộc \"" + c + "\""));
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String c : table.header()) {
            if (c.isBlank()) {
                continue;
            }
            if (!allowed.contains(c)) {
                errors.add(new RowError(table.headerRow(), c, "Cột không được hỗ trợ \"" + c + "\"; các cột: " + String.join(", ", allowed)));
            }
            if (!seen.add(c)) {
                errors.add(new RowError(table.headerRow(), c, "Cột \"" + c + "\" xuất hiện hai lần"));
            }
        }
        return errors;
    }

    static void extraCells(TableRow row, List<RowError> errors) {
        if (row.cells().containsKey(TableReader.EXTRA_CELLS)) {
            errors.add(new RowError(row.row(), null, "Dòng có nhiều ô hơn số cột của tiêu đề"));
        }
    }
}
