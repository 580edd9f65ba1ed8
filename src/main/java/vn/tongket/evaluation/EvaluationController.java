package vn.tongket.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;

/** Confidential evaluations: read by the cadre, the deciding body, Ban Tổ chức and admin; texts written per step. */
@RestController
@RequestMapping("/api/evaluations")
@Tag(name = "Đánh giá cán bộ", description = "Đánh giá tập thể, cán bộ lãnh đạo, quản lý (phần D) — tài liệu mật")
public class EvaluationController {

    private final EvaluationService service;

    public EvaluationController(EvaluationService service) {
        this.service = service;
    }

    /** The text of one step (and an optional proposed category code). */
    public record EntryRequest(
            @jakarta.validation.constraints.Size(max = 20000, message = "Nội dung quá dài (tối đa 20.000 ký tự)") String content,
            @jakarta.validation.constraints.Size(max = 40, message = "Mã xếp loại quá dài") String proposedCategory) {
    }

    @GetMapping
    @Operation(summary = "Các bản đánh giá của năm mà người dùng được xem")
    public List<EvaluationService.EvaluationView> list(@RequestParam int year) {
        return service.readable(year, CurrentUser.get());
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một bản đánh giá (chỉ cán bộ, cấp có thẩm quyền, Ban Tổ chức, quản trị viên)")
    public EvaluationService.EvaluationView get(@PathVariable Long id) {
        return service.view(id, CurrentUser.get());
    }

    @PutMapping("/{id}/steps/{step}")
    @Operation(summary = "Ghi nội dung một bước: SELF_ASSESSMENT (cán bộ), COLLECTIVE_COMMENT (tập thể lãnh đạo), "
            + "BRANCH_COMMENT (chi ủy), COLLECTIVE_REPORT (tập thể), DECISION (cấp có thẩm quyền)")
    public EvaluationService.EvaluationView write(@PathVariable Long id, @PathVariable String step,
                                                   @jakarta.validation.Valid @RequestBody EntryRequest body) {
        EntryStep s;
        try {
            s = EntryStep.valueOf(step.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException("step", "Bước không hợp lệ: " + step);
        }
        CurrentUser user = CurrentUser.get();
        service.writeEntry(id, s, body == null ? null : body.content(), body == null ? null : body.proposedCategory(), user);
        return service.mayRead(service.find(id), user) ? service.view(id, user) : null;
    }
}
