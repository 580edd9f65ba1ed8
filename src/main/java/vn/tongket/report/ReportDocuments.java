package vn.tongket.report;

import vn.tongket.common.CampaignTime;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.tongket.evaluation.LeaderCategory;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.UnitCategory;
import vn.tongket.report.ReportDocument.Chart;
import vn.tongket.report.ReportDocument.Table;

/** Turns the data of each report into printable tables and charts, in Vietnamese. */
final class ReportDocuments {

    private static final DateTimeFormatter DAY = CampaignTime.DATE;

    private ReportDocuments() {
    }

    static ReportDocument of(ReportKind kind, Object data) {
        return switch (kind) {
            case REVIEW_RANKING -> reviewRanking((Reports.ReviewRankingReport) data);
            case VOTE -> vote((Reports.VoteReport) data);
            case COMMENDATION -> commendation((Reports.CommendationReport) data);
            case EVALUATION -> evaluation((Reports.EvaluationReport) data);
        };
    }

    private static String subtitle(String scopeName, int year) {
        return scopeName + " — năm " + year;
    }

    static ReportDocument reviewRanking(Reports.ReviewRankingReport r) {
        List<List<String>> units = new ArrayList<>();
        int i = 1;
        for (Reports.UnitRankingRow u : r.units()) {
            units.add(List.of(String.valueOf(i++), u.unitCode(), u.unitName(), u.kind(), dec(u.selfScore()),
                    dec(u.superiorScore()), dec(u.score()), u.category().label()));
        }
        List<String> memberHeaders = new ArrayList<>(List.of("Đơn vị"));
        for (MemberCategory c : MemberCategory.values()) {
            memberHeaders.add(c.label() + (c == MemberCategory.NOT_RANKED ? "" : " (SL / %)"));
        }
        memberHeaders.addAll(List.of("Đã xếp loại", "Chưa có kết quả", "Đã kiểm điểm", "Tạm dừng kiểm điểm"));
        List<List<String>> members = new ArrayList<>();
        List<Reports.MemberRankingRow> rows = new ArrayList<>(r.members());
        rows.add(r.total());
        for (Reports.MemberRankingRow m : rows) {
            List<String> row = new ArrayList<>(List.of(m.unitName()));
            for (MemberCategory c : MemberCategory.values()) {
                row.add(c == MemberCategory.NOT_RANKED ? String.valueOf(m.counts().get(c))
                        : m.counts().get(c) + " / " + pct(m.percents().get(c)));
            }
            row.addAll(List.of(String.valueOf(m.ranked()), String.valueOf(m.pending()), String.valueOf(m.reviewed()),
                    String.valueOf(m.reviewPaused())));
            members.add(row);
        }
        List<Chart> charts = List.of(
                new Chart("Xếp loại đảng viên", labels(MemberCategory.values()), values(r.total().counts(), MemberCategory.values())),
                new Chart("Xếp loại tổ chức cơ sở đảng", labels(UnitCategory.values()), values(r.unitCategoryCounts(), UnitCategory.values())));
        return new ReportDocument(ReportKind.REVIEW_RANKING.title(), subtitle(r.scopeName(), r.year()), List.of(
                new Table("Xếp loại tổ chức cơ sở đảng", List.of("STT", "Mã", "Tổ chức", "Loại hình", "Tự chấm",
                        "Cấp trên chấm", "Điểm", "Xếp loại"), units),
                new Table("Kiểm điểm và xếp loại đảng viên (tỷ lệ trên số đảng viên được xếp loại)", memberHeaders, members)),
                charts);
    }

    static ReportDocument vote(Reports.VoteReport r) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Reports.VoteRow v : r.rows()) {
            rows.add(List.of(String.valueOf(i++), v.fullName(), nz(v.positionTitle()), v.placeName(),
                    String.valueOf(v.issued()), String.valueOf(v.collected()), String.valueOf(v.valid()),
                    v.high() + " (" + pct(v.highPercent()) + ")", v.medium() + " (" + pct(v.mediumPercent()) + ")",
                    v.low() + " (" + pct(v.lowPercent()) + ")", v.consequence()));
        }
        List<List<String>> totals = List.of(
                List.of("Số người được lấy phiếu", String.valueOf(r.persons())),
                List.of("Tổng số phiếu thu về", String.valueOf(r.collected())),
                List.of("Phiếu tín nhiệm cao", r.high() + " (" + pct(Reports.percent(r.high(), r.collected())) + ")"),
                List.of("Phiếu tín nhiệm", r.medium() + " (" + pct(Reports.percent(r.medium(), r.collected())) + ")"),
                List.of("Phiếu tín nhiệm thấp", r.low() + " (" + pct(Reports.percent(r.low(), r.collected())) + ")"),
                List.of("Số người có trên 50% phiếu tín nhiệm thấp", String.valueOf(r.personsLowOverHalf())),
                List.of("Số người có từ 2/3 phiếu tín nhiệm thấp", String.valueOf(r.personsLowAtLeastTwoThirds())));
        return new ReportDocument(ReportKind.VOTE.title(), subtitle(r.scopeName(), r.year()), List.of(
                new Table("Kết quả từng chức danh (tỷ lệ trên số phiếu thu về)", List.of("STT", "Họ và tên", "Chức vụ",
                        "Nơi lấy phiếu", "Phát ra", "Thu về", "Hợp lệ", "Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp",
                        "Hệ quả"), rows),
                new Table("Tổng hợp", List.of("Chỉ tiêu", "Kết quả"), totals)),
                List.of(new Chart("Tổng số phiếu theo mức tín nhiệm", List.of("Tín nhiệm cao", "Tín nhiệm", "Tín nhiệm thấp"),
                                List.of(r.high(), r.medium(), r.low())),
                        new Chart("Số người theo kết quả", List.of("Dưới hoặc bằng 50% thấp", "Trên 50% thấp", "Từ 2/3 thấp"),
                                List.of(r.persons() - r.personsLowOverHalf(), r.personsLowOverHalf(), r.personsLowAtLeastTwoThirds()))));
    }

    static ReportDocument commendation(Reports.CommendationReport r) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Reports.CommendationRow c : r.rows()) {
            rows.add(List.of(String.valueOf(i++), c.collective() ? "Tập thể" : "Cá nhân", c.name(), c.grassrootsName(),
                    c.kind().label(), nz(c.level()), nz(c.decisionNo()), c.decisionDate() == null ? "" : DAY.format(c.decisionDate())));
        }
        List<List<String>> totals = new ArrayList<>();
        for (AwardKind k : AwardKind.values()) {
            totals.add(List.of(k.label(), String.valueOf(r.unitCounts().get(k)), String.valueOf(r.memberCounts().get(k))));
        }
        List<String> labels = new ArrayList<>();
        List<Integer> values = new ArrayList<>();
        for (AwardKind k : AwardKind.values()) {
            labels.add(k.label());
            values.add(r.unitCounts().get(k) + r.memberCounts().get(k));
        }
        return new ReportDocument(ReportKind.COMMENDATION.title(), subtitle(r.scopeName(), r.year()), List.of(
                new Table("Danh sách khen thưởng", List.of("STT", "Đối tượng", "Tên", "Đơn vị", "Hình thức", "Cấp",
                        "Số quyết định", "Ngày"), rows),
                new Table("Tổng hợp theo hình thức", List.of("Hình thức", "Tập thể", "Cá nhân"), totals)),
                List.of(new Chart("Khen thưởng theo hình thức", labels, values)));
    }

    static ReportDocument evaluation(Reports.EvaluationReport r) {
        List<List<String>> rows = new ArrayList<>();
        int i = 1;
        for (Reports.EvaluationRow e : r.rows()) {
            rows.add(List.of(String.valueOf(i++), e.cadre() ? "Cán bộ" : "Tập thể",
                    e.cadre() ? e.memberName() : "Tập thể lãnh đạo " + e.unitName(), nz(e.positionTitle()), e.unitName(),
                    e.decidingLevel(), e.category() == null ? "Chưa xếp loại" : e.category().label(), e.status(),
                    e.lowOverHalf() ? "Có" : "", e.late() ? "Chậm" : "Đúng hạn", e.reportLate() ? "Chậm" : ""));
        }
        List<List<String>> totals = new ArrayList<>();
        for (LeaderCategory c : LeaderCategory.values()) {
            totals.add(List.of(c.label(), String.valueOf(r.collectiveCounts().get(c)), String.valueOf(r.cadreCounts().get(c))));
        }
        totals.add(List.of("Chưa xếp loại", "", String.valueOf(r.undecided())));
        totals.add(List.of("Hoàn thành sau 20/01", "", String.valueOf(r.late())));
        Integer[] sums = Arrays.stream(LeaderCategory.values())
                .map(c -> r.cadreCounts().get(c) + r.collectiveCounts().get(c)).toArray(Integer[]::new);
        return new ReportDocument(ReportKind.EVALUATION.title(), subtitle(r.scopeName(), r.year()), List.of(
                new Table("Kết quả đánh giá", List.of("STT", "Đối tượng", "Tên", "Chức vụ", "Đơn vị", "Cấp đánh giá",
                        "Xếp loại", "Trạng thái", "Trên 50% phiếu thấp", "Thời hạn 20/01", "Báo cáo 30/01"), rows),
                new Table("Tổng hợp theo mức xếp loại", List.of("Mức xếp loại", "Tập thể", "Cán bộ"), totals)),
                List.of(new Chart("Xếp loại tập thể và cán bộ lãnh đạo", labels(LeaderCategory.values()), List.of(sums))));
    }

    private static String dec(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String pct(BigDecimal d) {
        return d.toPlainString().replace('.', ',') + "%";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> labels(Enum<?>[] values) {
        List<String> out = new ArrayList<>();
        for (Enum<?> e : values) {
            if (e instanceof MemberCategory m) {
                out.add(m.label());
            } else if (e instanceof UnitCategory u) {
                out.add(u.label());
            } else if (e instanceof LeaderCategory l) {
                out.add(l.label());
            } else {
                out.add(e.name());
            }
        }
        return out;
    }

    private static <E extends Enum<E>> List<Integer> values(Map<E, Integer> counts, E[] order) {
        return Arrays.stream(order).map(e -> counts.getOrDefault(e, 0)).toList();
    }
}
