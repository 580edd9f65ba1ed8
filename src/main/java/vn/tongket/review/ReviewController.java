package vn.tongket.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;

@RestController
@RequestMapping("/api/reviews")
@Tag(name = "Kiểm điểm", description = "Kiểm điểm tự phê bình và phê bình tập thể, cá nhân (phần A của hướng dẫn)")
public class ReviewController {

    public record StartRequest(String unitCode, Integer year) {
    }

    private final ReviewService reviews;
    private final ReviewReportPdf pdf;
    private final RuntimeService runtime;

    public ReviewController(ReviewService reviews, ReviewReportPdf pdf, RuntimeService runtime) {
        this.reviews = reviews;
        this.pdf = pdf;
        this.runtime = runtime;
    }

    @PostMapping
    @Operation(summary = "Bắt đầu kiểm điểm của một đơn vị trong năm",
            description = "Cấp ủy của đơn vị, Ban Tổ chức Đảng ủy Khối hoặc quản trị viên. Mỗi đơn vị một lần mỗi năm (409 nếu đã bắt đầu).")
    public ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest request) {
        if (request == null || request.unitCode() == null || request.unitCode().isBlank()) {
            throw new DomainException("unitCode", "Chưa nhập mã đơn vị");
        }
        if (request.year() == null || request.year() < 2000 || request.year() > 2100) {
            throw new DomainException("year", "Năm kiểm điểm không hợp lệ");
        }
        CurrentUser user = CurrentUser.get();
        reviews.checkMayStart(request.unitCode(), user.userId(), user.groups());
        Map<String, Object> vars = new HashMap<>();
        vars.put(ReviewProcess.UNIT_CODE.name(), request.unitCode());
        vars.put(ReviewProcess.CAMPAIGN_YEAR.name(), request.year());
        ProcessInstance pi = runtime.createProcessInstanceByKey(ReviewProcess.KEY)
                .businessKey(ReviewProcess.businessKey(request.unitCode(), request.year()))
                .setVariables(vars)
                .execute();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("processInstanceId", pi.getId());
        body.put("businessKey", pi.getBusinessKey());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    @GetMapping(value = "/{unitCode}/{year}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Báo cáo kết quả kiểm điểm (PDF)",
            description = "Chỉ cấp ủy của đơn vị, cấp ủy cấp trên trực tiếp, Ban Tổ chức Đảng ủy Khối và quản trị viên (403 nếu khác).")
    public ResponseEntity<byte[]> report(@PathVariable String unitCode, @PathVariable int year) {
        CurrentUser user = CurrentUser.get();
        if (!user.isAdmin() && !user.inAnyGroup(reviews.reportReaders(unitCode))) {
            throw new AccessRefusedException("Chỉ cấp ủy của đơn vị, cấp ủy cấp trên và Ban Tổ chức Đảng ủy Khối"
                    + " được xem báo cáo kiểm điểm này");
        }
        ReviewSession session = reviews.session(unitCode, year);
        List<ReviewItem> items = reviews.items(session.getId());
        Map<String, String> rankings = new HashMap<>();
        for (ReviewItem i : items) {
            if (!i.isCollective()) {
                reviews.selfReview(i.getMemberCode(), year)
                        .ifPresent(r -> rankings.put(i.getMemberCode(), r.getSelfCategory().label()));
            }
        }
        byte[] body = pdf.render(session, items, reviews.cellReports(session.getId()), rankings);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"kiem-diem-" + unitCode + "-" + year + ".pdf\"")
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }
}
