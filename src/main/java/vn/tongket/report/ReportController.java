package vn.tongket.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;

/** The aggregated reports as PDF or xlsx: Ban Tổ chức, the bloc's BTV, admin; a unit's committee for its own unit. */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "Báo cáo", description = "Báo cáo tổng hợp theo các mốc thời hạn của Hướng dẫn 22-HD/ĐU")
public class ReportController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportFiles files;
    private final OrganizationService organization;
    private final vn.tongket.ranking.RankingAccess rankingAccess;

    public ReportController(ReportFiles files, OrganizationService organization,
                            vn.tongket.ranking.RankingAccess rankingAccess) {
        this.files = files;
        this.organization = organization;
        this.rankingAccess = rankingAccess;
    }

    @GetMapping("/{year}/{file}")
    @Operation(summary = "Báo cáo {kind}.{pdf|xlsx}: review-ranking, vote, commendation, evaluation; "
            + "unit = mã đơn vị (bỏ trống: toàn Đảng bộ Khối)")
    public ResponseEntity<byte[]> report(@PathVariable int year, @PathVariable String file,
                                         @RequestParam(required = false) String unit) {
        int dot = file.lastIndexOf('.');
        if (dot < 0) {
            throw new DomainException("file", "Thiếu định dạng: dùng .pdf hoặc .xlsx");
        }
        ReportKind kind = ReportKind.fromSlug(file.substring(0, dot));
        String extension = file.substring(dot + 1).toLowerCase();
        if (!extension.equals("pdf") && !extension.equals("xlsx")) {
            throw new DomainException("file", "Định dạng không hỗ trợ: " + extension + " (pdf hoặc xlsx)");
        }
        ReportFiles.Format format = extension.equals("pdf") ? ReportFiles.Format.PDF : ReportFiles.Format.XLSX;
        String unitCode = unit == null || unit.isBlank() ? null : unit.trim();
        CurrentUser user = CurrentUser.get();
        checkAccess(user, unitCode);
        if (kind == ReportKind.REVIEW_RANKING && unitCode != null) {
            // a unit's ranking results: the same rule as GET /api/ranking/units/{code} (RankingAccess.readUnit)
            rankingAccess.readUnit(unitCode);
        }
        byte[] body = files.render(kind, year, unitCode, format, user);
        String name = ReportFiles.fileName(kind, year, unitCode, format);
        return ResponseEntity.ok()
                .contentType(format == ReportFiles.Format.PDF ? MediaType.APPLICATION_PDF : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    /** Ban Tổ chức, the bloc's BTV (or BCH) and admin read every report; a unit's committees read their own unit's. */
    void checkAccess(CurrentUser user, String unitCode) {
        if (user.isAdmin() || user.inGroup(CommitteeGroups.ORGANIZATION_BOARD)) {
            return;
        }
        OrgUnit bloc = organization.bloc();
        if (user.inGroup(CommitteeGroups.standingCommittee(bloc.getCode())) || user.inGroup(CommitteeGroups.leadingCommittee(bloc))) {
            return;
        }
        if (unitCode != null) {
            OrgUnit u = organization.unit(unitCode);
            if (user.inGroup(CommitteeGroups.leadingCommittee(u)) || user.inGroup(CommitteeGroups.executiveCommittee(u.getCode()))
                    || user.inGroup(CommitteeGroups.standingCommittee(u.getCode()))) {
                return;
            }
        }
        throw new AccessRefusedException("Báo cáo tổng hợp chỉ dành cho Ban Tổ chức, Ban Thường vụ Đảng ủy Khối, "
                + "quản trị viên, và cấp ủy của chính đơn vị");
    }
}
