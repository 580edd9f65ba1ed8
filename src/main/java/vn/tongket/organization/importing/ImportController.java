package vn.tongket.organization.importing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.HistorySource;

/** Import of units, members, positions and history from CSV (UTF-8) or .xlsx; admin or Ban Tổ chức only. */
@RestController
@RequestMapping("/api/import")
@Tag(name = "Nhập dữ liệu", description = "Nhập đơn vị, đảng viên, chức vụ, lịch sử từ CSV/Excel (tất cả hoặc không)")
public class ImportController {

    static final int MAX_ERRORS = 200;

    private final ImportService importService;
    private final IdentitySyncService identitySync;
    private final IdentityService identityService;

    public ImportController(ImportService importService, IdentitySyncService identitySync, IdentityService identityService) {
        this.importService = importService;
        this.identitySync = identitySync;
        this.identityService = identityService;
    }

    /** Users and groups follow the model; synced as the system (a Ban Tổ chức member may not create users). */
    private void syncIdentity() {
        Authentication auth = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            identitySync.sync();
        } finally {
            if (auth != null) {
                identityService.setAuthentication(auth);
            }
        }
    }

    @PostMapping(path = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập một tệp CSV (UTF-8, dòng đầu là tên cột) hoặc .xlsx",
            description = "kind = units | members | positions | history. Cả tệp được ghi trong một giao dịch: một dòng lỗi "
                    + "thì không ghi gì và trả 400 với danh sách lỗi {row, column, message}. Sau khi nhập, người dùng và "
                    + "nhóm Camunda được đồng bộ theo mô hình tổ chức.")
    @ApiResponse(responseCode = "200", description = "Đã nhập: {kind, fileName, rows, created, updated}")
    @ApiResponse(responseCode = "400", description = "Tệp bị từ chối: {status, message, errors: [{row, column, message}]}")
    @ApiResponse(responseCode = "403", description = "Chỉ quản trị viên hoặc Ban Tổ chức được nhập dữ liệu")
    public ResponseEntity<?> importFile(
            @PathVariable String kind,
            @RequestPart("file") MultipartFile file,
            @Parameter(description = "insert (mặc định: mã đã có bị từ chối) hoặc upsert (cập nhật đơn vị/đảng viên/chức vụ đã có)")
            @RequestParam(name = "mode", defaultValue = "insert") String mode) throws IOException {
        CurrentUser user = CurrentUser.get();
        if (!user.isAdmin() && !user.inGroup(CommitteeGroups.ORGANIZATION_BOARD)) {
            throw new AccessRefusedException("Chỉ quản trị viên hoặc Ban Tổ chức Đảng ủy Khối được nhập dữ liệu");
        }
        ImportKind importKind = ImportKind.fromPath(kind).orElseThrow(() -> new DomainException("kind",
                "Loại dữ liệu không hợp lệ: \"" + kind + "\" (units, members, positions, history)"));
        boolean upsert = switch (mode) {
            case "insert" -> false;
            case "upsert" -> true;
            default -> throw new DomainException("mode", "Chế độ không hợp lệ: \"" + mode + "\" (insert hoặc upsert)");
        };
        if (upsert && importKind == ImportKind.HISTORY) {
            throw new DomainException("mode", "Lịch sử chỉ được thêm mới (mode=insert)");
        }
        ImportResult result;
        try {
            result = importService.importFile(importKind, file.getOriginalFilename(), file.getContentType(),
                    file.getBytes(), upsert, HistorySource.IMPORT);
        } catch (ImportRejectedException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", 400);
            body.put("message", e.getMessage());
            // bounded answer: the first 200 row errors and their count (a bad 10 MB file gave an 8 MB body)
            body.put("errorCount", e.errors().size());
            body.put("errors", e.errors().stream().limit(MAX_ERRORS).map(r -> r.message() == null || r.message().length() <= 300 ? r
                    : new RowError(r.row(), r.column(), r.message().substring(0, 299) + "…")).toList());
            return ResponseEntity.badRequest().body(body);
        }
        syncIdentity();
        return ResponseEntity.ok(result);
    }
}
