package vn.tongket.report;

import java.util.List;

/** What a report prints, independent of the format: titled tables and bar charts (Vietnamese text). */
public record ReportDocument(String title, String subtitle, List<Table> tables, List<Chart> charts) {

    public record Table(String heading, List<String> headers, List<List<String>> rows) {
    }

    /** A bar chart: one bar per label. */
    public record Chart(String title, List<String> labels, List<Integer> values) {
    }
}
