package vn.tongket.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.MemberCategory;

/** Scorecard, unit scores, member ranking and the summary report of the quality ranking. */
@RestController
@RequestMapping("/api/ranking")
@Tag(name = "Xếp loại chất lượng", description = "Bảng điểm, chấm điểm tổ chức cơ sở đảng, xếp loại đảng viên, báo cáo tổng kết")
public class RankingController {

    public record ScorecardBody(String title, List<Scorecard.CriterionGroup> groups, List<Scorecard.CategoryBand> bands,
                                List<Scorecard.Veto> vetoes) {
    }

    public record ScoresBody(
            @jakarta.validation.constraints.Size(max = 500, message = "Quá nhiều tiêu chí (tối đa 500)") Map<String, BigDecimal> points,
            @jakarta.validation.constraints.Size(max = 100, message = "Quá nhiều điều kiện loại trừ (tối đa 100)") List<String> vetoCodes) {
    }

    public record MemberInput(
            @jakarta.validation.constraints.Size(max = 40, message = "Mã đảng viên quá dài") String memberCode,
            @jakarta.validation.constraints.Size(max = 40, message = "Mã xếp loại quá dài") String category,
            @jakarta.validation.constraints.Size(max = 1000, message = "Lý do quá dài (tối đa 1.000 ký tự)") String notRankedReason) {
    }

    public record MembersBody(
            @jakarta.validation.constraints.Size(max = 5000, message = "Danh sách quá dài (tối đa 5.000 đảng viên)") List<@jakarta.validation.Valid MemberInput> members) {
    }

    /** A line of the ranking page; vote figures are not shown, only whether the vote veto applies. */
    public record MemberLine(String branchCode, String memberCode, String fullName, String status, String statusLabel,
                             MemberCategory selfCategory, MemberCategory branchCategory, MemberCategory finalCategory,
                             String notRankedReason, MemberCategory suggested, boolean lowConfidenceOverHalf,
                             boolean reviewPaused) {
    }

    private final ScorecardService scorecards;
    private final UnitRankingService units;
    private final MemberRankingService members;
    private final SummaryReportService reports;
    private final RankingAccess access;
    private final RankingProperties properties;

    public RankingController(ScorecardService scorecards, UnitRankingService units, MemberRankingService members,
                             SummaryReportService reports, RankingAccess access, RankingProperties properties) {
        this.scorecards = scorecards;
        this.units = units;
        this.members = members;
        this.reports = reports;
        this.access = access;
        this.properties = properties;
    }

    @Operation(summary = "Bảng điểm của năm (Ban Tổ chức); năm chưa có thì sao chép từ năm gần nhất")
    @GetMapping("/scorecards/{year}")
    public Scorecard scorecard(@PathVariable int year) {
        access.scorecard();
        return scorecards.forYear(year);
    }

    @Operation(summary = "Thay bảng điểm của năm (Ban Tổ chức): nhóm tiêu chí, tiêu chí, ngưỡng điểm, điều kiện hạ loại")
    @PutMapping("/scorecards/{year}")
    public Scorecard replaceScorecard(@PathVariable int year, @RequestBody ScorecardBody body) {
        access.scorecard();
        Scorecard s = new Scorecard(year, body.title(), orEmpty(body.groups()), orEmpty(body.bands()), orEmpty(body.vetoes()));
        return scorecards.replace(year, s, CurrentUser.get().userId());
    }

    @Operation(summary = "Nhập bảng điểm của năm từ CSV (loai;ma;noi_dung;gia_tri), thay bảng hiện có")
    @PostMapping(value = "/scorecards/{year}/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    public Scorecard importScorecard(@PathVariable int year, @RequestBody String csv) {
        access.scorecard();
        return scorecards.replace(year, ScorecardCsv.parse(year, csv), CurrentUser.get().userId());
    }

    @Operation(summary = "Phiếu chấm điểm của tổ chức cơ sở đảng: bảng điểm, điểm tự chấm, điểm cấp trên, loại đề xuất")
    @GetMapping("/units/{unitCode}/{year}/sheet")
    public UnitRankingService.Sheet sheet(@PathVariable String unitCode, @PathVariable int year) {
        access.readUnit(unitCode);
        return units.sheet(unitCode, year);
    }

    @Operation(summary = "Lưu điểm tự chấm (cấp ủy của đơn vị)")
    @PutMapping("/units/{unitCode}/{year}/self-scores")
    public UnitRankingService.Sheet selfScores(@PathVariable String unitCode, @PathVariable int year, @jakarta.validation.Valid @RequestBody ScoresBody body) {
        access.unitCommittee(unitCode);
        return units.saveScores(unitCode, year, UnitRankingService.Side.SELF, body.points(), null);
    }

    @Operation(summary = "Lưu điểm cấp trên chấm và điều kiện hạ loại (BTV Đảng ủy Khối)")
    @PutMapping("/units/{unitCode}/{year}/superior-scores")
    public UnitRankingService.Sheet superiorScores(@PathVariable String unitCode, @PathVariable int year, @jakarta.validation.Valid @RequestBody ScoresBody body) {
        access.superior(unitCode);
        return units.saveScores(unitCode, year, UnitRankingService.Side.SUPERIOR, body.points(), body.vetoCodes());
    }

    @Operation(summary = "Danh sách đảng viên của chi bộ để xếp loại")
    @GetMapping("/branches/{branchCode}/{year}/members")
    public List<MemberLine> branchMembers(@PathVariable String branchCode, @PathVariable int year) {
        access.branch(branchCode, false);
        return lines(members.branchRows(branchCode, year));
    }

    @Operation(summary = "Chi bộ xếp loại đảng viên (chi ủy); mỗi dòng: memberCode, category, notRankedReason")
    @PutMapping("/branches/{branchCode}/{year}/members")
    public List<MemberLine> rankBranchMembers(@PathVariable String branchCode, @PathVariable int year, @jakarta.validation.Valid @RequestBody MembersBody body) {
        access.branch(branchCode, true);
        return lines(members.saveBranch(branchCode, year, inputs(body)));
    }

    @Operation(summary = "Danh sách đảng viên toàn tổ chức cơ sở đảng")
    @GetMapping("/units/{unitCode}/{year}/members")
    public List<MemberLine> unitMembers(@PathVariable String unitCode, @PathVariable int year) {
        access.readUnit(unitCode);
        return lines(members.unitRows(unitCode, year));
    }

    @Operation(summary = "Cấp ủy cơ sở xác nhận (sửa) xếp loại đảng viên")
    @PutMapping("/units/{unitCode}/{year}/members")
    public List<MemberLine> confirmMembers(@PathVariable String unitCode, @PathVariable int year, @jakarta.validation.Valid @RequestBody MembersBody body) {
        access.unitCommittee(unitCode);
        return lines(members.saveFinal(unitCode, year, inputs(body)));
    }

    @Operation(summary = "Cấu hình xếp loại: mức trần tỷ lệ hoàn thành xuất sắc (trống = không giới hạn)")
    @GetMapping("/settings")
    public Map<String, Object> settings() {
        CurrentUser.get();
        return java.util.Collections.singletonMap("excellentCapPercent", properties.getExcellentCapPercent());
    }

    @Operation(summary = "Báo cáo tổng kết đã nộp của đơn vị")
    @GetMapping("/units/{unitCode}/{year}/report")
    public Map<String, Object> report(@PathVariable String unitCode, @PathVariable int year) {
        access.readUnit(unitCode);
        return reports.report(unitCode, year);
    }

    @Operation(summary = "Báo cáo tổng kết dạng PDF")
    @GetMapping(value = "/units/{unitCode}/{year}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    public org.springframework.http.ResponseEntity<byte[]> reportPdf(@PathVariable String unitCode, @PathVariable int year) {
        access.readUnit(unitCode);
        byte[] pdf = SummaryReportPdf.render(reports.report(unitCode, year));
        return org.springframework.http.ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"bao-cao-tong-ket-" + unitCode + "-" + year + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }

    private static List<MemberInput> orNone(List<MemberInput> in) {
        if (in == null) {
            throw new DomainException("members", "Thiếu danh sách xếp loại đảng viên (members)");
        }
        return in;
    }

    private static List<MemberRankingService.Input> inputs(MembersBody body) {
        List<MemberInput> in = orNone(body == null ? null : body.members());
        List<MemberRankingService.Input> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            MemberInput m = in.get(i);
            if (m == null) {
                throw new DomainException("members[" + i + "]", "Dòng " + (i + 1) + " trống");
            }
            MemberCategory category = null;
            if (m.category() != null && !m.category().isBlank()) {
                try {
                    category = MemberCategory.valueOf(m.category().trim());
                } catch (IllegalArgumentException e) {
                    throw new DomainException("members[" + i + "].category", "Loại xếp hạng \"" + m.category()
                            + "\" không hợp lệ; các giá trị: " + Arrays.toString(MemberCategory.values()));
                }
            }
            out.add(new MemberRankingService.Input(m.memberCode(), category, m.notRankedReason()));
        }
        return out;
    }

    private static List<MemberLine> lines(List<MemberRankingService.Row> rows) {
        return rows.stream().map(r -> new MemberLine(r.branchCode(), r.memberCode(), r.fullName(), r.status().name(),
                r.statusLabel(), r.selfCategory(), r.branchCategory(), r.finalCategory(), r.notRankedReason(), r.suggested(),
                r.votes().stream().anyMatch(MemberRankingRules.VoteResult::moreThanHalfLow), r.reviewPaused())).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
