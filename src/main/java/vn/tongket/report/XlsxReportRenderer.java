package vn.tongket.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** xlsx: one sheet per table, and a "Biểu đồ" sheet with the chart data and native Excel bar charts (XDDF). */
@Component
public class XlsxReportRenderer {

    public byte[] render(ReportDocument doc) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFFont boldFont = wb.createFont();
            boldFont.setBold(true);
            CellStyle bold = wb.createCellStyle();
            bold.setFont(boldFont);
            CellStyle header = wb.createCellStyle();
            header.setFont(boldFont);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            int n = 1;
            for (ReportDocument.Table t : doc.tables()) {
                XSSFSheet sheet = wb.createSheet("Bảng " + n++);
                int r = title(sheet, doc, bold);
                cell(sheet.createRow(r++), 0, t.heading(), bold);
                Row h = sheet.createRow(r++);
                for (int c = 0; c < t.headers().size(); c++) {
                    cell(h, c, t.headers().get(c), header);
                }
                for (var row : t.rows()) {
                    Row x = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        cell(x, c, row.get(c), null);
                    }
                }
                for (int c = 0; c < t.headers().size(); c++) {
                    sheet.setColumnWidth(c, Math.min(60, Math.max(8, t.headers().get(c).length() + 2)) * 256);
                }
            }
            if (!doc.charts().isEmpty()) {
                XSSFSheet sheet = wb.createSheet("Biểu đồ");
                int r = title(sheet, doc, bold);
                XSSFDrawing drawing = sheet.createDrawingPatriarch();
                sheet.setColumnWidth(0, 45 * 256);
                for (ReportDocument.Chart chart : doc.charts()) {
                    cell(sheet.createRow(r++), 0, chart.title(), bold);
                    int first = r;
                    for (int i = 0; i < chart.labels().size(); i++) {
                        Row x = sheet.createRow(r++);
                        cell(x, 0, chart.labels().get(i), null);
                        x.createCell(1).setCellValue(chart.values().get(i));
                    }
                    int last = r - 1;
                    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 3, first - 1, 12, first + 16);
                    chart(drawing.createChart(anchor), sheet, chart.title(), first, last);
                    r = Math.max(r, first + 18);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void chart(XSSFChart chart, XSSFSheet sheet, String title, int first, int last) {
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFDataSource<String> labels = XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(first, last, 0, 0));
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(first, last, 1, 1));
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(true);
        XDDFChartData.Series series = data.addSeries(labels, values);
        series.setTitle(title, null);
        chart.plot(data);
    }

    private static int title(XSSFSheet sheet, ReportDocument doc, CellStyle bold) {
        cell(sheet.createRow(0), 0, doc.title(), bold);
        cell(sheet.createRow(1), 0, doc.subtitle(), null);
        return 3;
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
