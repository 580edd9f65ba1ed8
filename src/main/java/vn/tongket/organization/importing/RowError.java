package vn.tongket.organization.importing;

/**
 * One rejected cell or row of an import file. {@code row} is the line number as seen in a text editor (CSV)
 * or the row number shown by Excel (xlsx), header included; {@code column} is the header name (or null when
 * the whole row or file is at fault); the message is Vietnamese.
 */
public record RowError(int row, String column, String message) {

    @Override
    public String toString() {
        return "dòng " + row + (column == null ? "" : ", cột " + column) + ": " + message;
    }
}
