package vn.tongket.submission;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.report.ReportFiles;

/** The submitted reports: their state for the bodies on their route, and the document itself (confidentiality checked). */
@RestController
@RequestMapping("/api/report-submissions")
@Tag(name = "Gửi báo cáo", description = "Báo cáo của Hướng dẫn 22-HD/ĐU gửi lên cấp trên và được tiếp nhận")
public class ReportSubmissionController {

    private final ReportSubmissionService submissions;

    public ReportSubmissionController(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @GetMapping("/{id}/{file}")
    @Operation(summary = "Văn bản báo cáo đã lập: document.pdf hoặc document.xlsx")
    public ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable String file) {
        ReportFiles.Format format = switch (file) {
            case "document.pdf" -> ReportFiles.Format.PDF;
            case "document.xlsx" -> ReportFiles.Format.XLSX;
            default -> throw new DomainException("file", "Tệp không hợp lệ: dùng document.pdf hoặc document.xlsx");
        };
        byte[] body = submissions.file(id, format, CurrentUser.get());
        ReportSubmissionService.Submission s = submissions.byId(id);
        String name = "bao-cao-" + s.kind().name().toLowerCase().replace('_', '-') + "-" + s.year() + "-" + s.unitCode() + "."
                + format.extension();
        return ResponseEntity.ok()
                .contentType(format == ReportFiles.Format.PDF ? MediaType.APPLICATION_PDF
                        : MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    @GetMapping
    @Operation(summary = "Tình trạng gửi, tiếp nhận các báo cáo của một năm (không kèm nội dung)")
    public List<Map<String, Object>> list(@RequestParam int year) {
        CurrentUser user = CurrentUser.get();
        boolean all = user.isAdmin() || user.inGroup(CommitteeGroups.ORGANIZATION_BOARD);
        return submissions.ofYear(year).stream().filter(s -> all || user.inGroup(s.senderGroup())
                        || submissions.hops(s.id()).stream().anyMatch(h -> user.inGroup(h.group())))
                .map(s -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", s.id());
                    m.put("unitCode", s.unitCode());
                    m.put("reportKind", s.kind().name());
                    m.put("title", s.kind().title());
                    m.put("status", s.status());
                    m.put("deadline", s.deadline());
                    m.put("sentAt", s.sentAt());
                    m.put("late", s.late());
                    m.put("acknowledgedAt", s.acknowledgedAt());
                    m.put("receivers", submissions.hops(s.id()).stream().map(h -> Map.of("name", h.name(),
                            "acknowledged", h.acknowledgedAt() != null)).toList());
                    return m;
                }).toList();
    }
}
