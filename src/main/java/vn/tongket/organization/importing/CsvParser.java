package vn.tongket.organization.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * RFC 4180 CSV (comma or semicolon separated, detected on the header line; double quotes, doubled quotes,
 * line breaks inside quotes), UTF-8 with or without BOM. Lines starting with {@code #} before the header and
 * blank lines are skipped. Row numbers are the line numbers where each record starts.
 */
public final class CsvParser {

    private CsvParser() {
    }

    public static Table parse(String text) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> header = null;
        int headerRow = 0;
        List<TableRow> rows = new ArrayList<>();
        int line = 1;
        int i = 0;
        char sep = 0;
        while (i < text.length()) {
            int start = line;
            int eol = text.indexOf('\n', i);
            String firstLine = eol < 0 ? text.substring(i) : text.substring(i, eol);
            if (firstLine.isBlank() || (header == null && firstLine.startsWith("#"))) {
                i = eol < 0 ? text.length() : eol + 1;
                line++;
                continue;
            }
            if (sep == 0) {
                sep = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
            }
            List<String> fields = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            cur.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cur.append(c);
                    }
                    i++;
                } else if (c == '"' && cur.isEmpty()) {
                    quoted = true;
                    i++;
                } else if (c == sep) {
                    fields.add(cur.toString());
                    cur.setLength(0);
                    i++;
                } else if (c == '\r') {
                    i++;
                } else if (c == '\n') {
                    i++;
                    break;
                } else {
                    cur.append(c);
                    i++;
                }
            }
            fields.add(cur.toString());
            line++;
            if (header == null) {
                header = fields.stream().map(String::strip).toList();
                headerRow = start;
            } else {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int k = 0; k < header.size(); k++) {
                    cells.put(header.get(k), k < fields.size() ? fields.get(k) : null);
                }
                if (fields.size() > header.size()) {
                    cells.put(TableReader.EXTRA_CELLS, String.valueOf(fields.size() - header.size()));
                }
                rows.add(new TableRow(start, cells));
            }
        }
        return new Table(header == null ? List.of() : header, headerRow, rows);
    }

    private static int count(String s, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char x = s.charAt(i);
            if (x == '"') {
                quoted = !quoted;
            } else if (x == c && !quoted) {
                n++;
            }
        }
        return n;
    }
}
