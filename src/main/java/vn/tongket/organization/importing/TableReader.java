package vn.tongket.organization.importing;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an import file into a {@link Table}: CSV (UTF-8) or .xlsx (first sheet, first non-empty row is the
 * header), told apart by the file name extension, the content type, or the zip signature of .xlsx.
 */
public final class TableReader {

    /** Pseudo-column set on a CSV row with more cells than the header has columns. */
    static final String EXTRA_CELLS = "\u0000extra";
    private static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableReader() {
    }

    public static Table read(String fileName, String contentType, byte[] content) {
        if (content == null || content.length == 0) {
            throw new ImportRejectedException(new RowError(1, null, "Tệp rỗng"));
        }
        Table table = isXlsx(fileName, contentType, content) ? readXlsx(content) : readCsv(content);
        if (table.header().isEmpty() || table.header().stream().allMatch(String::isBlank)) {
            throw new ImportRejectedException(new RowError(1, null, "Tệp không có dòng tiêu đề (tên cột)"));
        }
        return table;
    }

    static boolean isXlsx(String fileName, String contentType, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || XLSX_TYPE.equals(contentType)) {
            return true;
        }
        if (name.endsWith(".csv")) {
            return false;
        }
        return content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    static Table readCsv(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return CsvParser.parse(text);
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(new RowError(1, null,
                    "Tệp CSV không phải mã UTF-8: hãy lưu lại với mã hóa UTF-8 (Excel: CSV UTF-8)"));
        }
    }

    static Table readXlsx(byte[] content) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (wb.getNumberOfSheets() == 0) {
                return new Table(List.of(), 0, List.of());
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = null;
            int headerRow = 0;
            List<TableRow> rows = new ArrayList<>();
            for (Row r : sheet) {
                List<String> cells = new ArrayList<>();
                int last = Math.max(r.getLastCellNum(), header == null ? 0 : header.size());
                for (int c = 0; c < last; c++) {
                    cells.add(text(r.getCell(c), formatter));
                }
                boolean blank = cells.stream().allMatch(s -> s == null || s.isBlank());
                if (blank || (header == null && cells.get(0) != null && cells.get(0).startsWith("#"))) {
                    continue;
                }
                if (header == null) {
                    while (!cells.isEmpty() && (cells.get(cells.size() - 1) == null || cells.get(cells.size() - 1).isBlank())) {
                        cells.remove(cells.size() - 1);
                    }
                    header = cells.stream().map(s -> s == null ? "" : s.strip()).toList();
                    headerRow = r.getRowNum() + 1;
                    continue;
                }
                Map<String, String> map = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    map.put(header.get(c), c < cells.size() ? cells.get(c) : null);
                }
                for (int c = header.size(); c < cells.size(); c++) {
                    if (cells.get(c) != null && !cells.get(c).isBlank()) {
                        map.put(EXTRA_CELLS, "1");
                    }
                }
                rows.add(new TableRow(r.getRowNum() + 1, map));
            }
            return new Table(header == null ? List.of() : header, headerRow, rows);
        } catch (Exception e) {
            // the library's text (POI, the XML parser) is for the log, not for the user
            org.slf4j.LoggerFactory.getLogger(TableReader.class).info("Unreadable .xlsx upload: {}", e.toString());
            throw new ImportRejectedException(new RowError(1, null,
                    "Không đọc được tệp Excel (.xlsx): tệp hỏng, có mật khẩu hoặc không phải bảng tính Excel"));
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case STRING -> cell.getStringCellValue();
            case BLANK, ERROR, _NONE -> null;
            default -> formatter.formatCellValue(cell);
        };
    }
}
