package vn.tongket.organization.importing;

import java.util.List;

/** A parsed file: header names (as written), the header's row number and the data rows. */
public record Table(List<String> header, int headerRow, List<TableRow> rows) {

    public boolean hasColumn(String column) {
        return header.contains(column);
    }
}
