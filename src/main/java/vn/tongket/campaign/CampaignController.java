package vn.tongket.campaign;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import vn.tongket.identity.CurrentUser;

/** Opening the annual cycle and its deadline dashboard. */
@RestController
@RequestMapping("/api/campaigns")
@Tag(name = "Chu trình tổng kết năm", description = "Mở đợt tổng kết (Ban Tổ chức) và bảng theo dõi tiến độ, hạn")
public class CampaignController {

    private final CampaignService campaigns;
    private final CampaignDashboardService dashboards;
    private final CampaignAccess access;

    public CampaignController(CampaignService campaigns, CampaignDashboardService dashboards, CampaignAccess access) {
        this.campaigns = campaigns;
        this.dashboards = dashboards;
        this.access = access;
    }

    /** Body of {@code POST /api/campaigns}: the year and, optionally, one grassroots unit (blank: the whole bloc). */
    public record OpenRequest(@NotNull(message = "Thiếu năm tổng kết") Integer year, String unitCode) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Mở đợt tổng kết năm (AnnualCycleProcess) cho toàn Đảng bộ Khối hoặc một tổ chức cơ sở đảng",
            description = "Chỉ Ban Tổ chức (nhóm ban-to-chuc) hoặc quản trị. 400: năm không hợp lệ hoặc đơn vị không phải "
                    + "tổ chức cơ sở; 404: không có đơn vị; 409: đã mở đợt năm đó cho đơn vị này hoặc đơn vị bao trùm.")
    public Map<String, Object> open(@jakarta.validation.Valid @RequestBody OpenRequest request) {
        CurrentUser user = CurrentUser.get();
        access.checkCanOpen(user);
        org.camunda.bpm.engine.runtime.ProcessInstance pi;
        try {
            pi = campaigns.startCycle(request.year(), request.unitCode(), user.userId());
        } catch (RuntimeException e) {
            // the same cycle opened at the same moment (another request, another node): the loser's insert of the
            // campaign row waited on the unique key (campaign_year, root_unit_code) and failed; it gets the 409 of
            // a cycle already open, and no second instance exists (its transaction rolled back)
            if (isConstraintViolation(e)) {
                campaigns.checkCanOpen(request.year(), request.unitCode());
            }
            throw e;
        }
        return Map.of("year", request.year(), "processInstanceId", pi.getId(), "businessKey", pi.getBusinessKey());
    }

    @GetMapping("/{year}/dashboard")
    @Operation(summary = "Bảng theo dõi tiến độ: từng đơn vị × giai đoạn, các hạn sắp tới, đơn vị chậm, số liệu biểu đồ",
            description = "Ban Tổ chức, Ban Thường vụ Đảng ủy Khối và quản trị; người khác nhận 403.")
    public CampaignDashboard dashboard(@PathVariable int year) {
        access.checkCanRead(CurrentUser.get(), year);
        return dashboards.dashboard(year);
    }

    static boolean isConstraintViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException
                    || t instanceof org.springframework.dao.DataIntegrityViolationException
                    || t instanceof org.hibernate.exception.ConstraintViolationException
                    || (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23"))) {
                return true;
            }
        }
        return false;
    }
}
