package vn.tongket.organization.importing;

import java.util.Map;

/** One data row of a file: its row number (as the user sees it) and its cells by header name, trimmed. */
public record TableRow(int row, Map<String, String> cells) {

    /** The trimmed cell, or null when the column is absent or the cell blank. */
    public String get(String column) {
        String v = cells.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }
}
