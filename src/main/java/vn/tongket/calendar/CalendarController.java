package vn.tongket.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;

@RestController
@RequestMapping("/api/calendar")
@Tag(name = "Lịch tổng kết", description = "Các mốc thời gian của Hướng dẫn 22-HD/ĐU theo năm tổng kết")
public class CalendarController {

    private final CampaignCalendarService calendars;

    public CalendarController(CampaignCalendarService calendars) {
        this.calendars = calendars;
    }

    public record DeadlineView(Deadline key, String label, LocalDate writtenDate, DeadlineMode mode,
                               LocalDate lastDay, String lateFrom, String due) {
    }

    public record OverrideRequest(LocalDate date, DeadlineMode mode,
            @jakarta.validation.constraints.Size(max = 500, message = "Ghi chú quá dài (tối đa 500 ký tự)") String note) {
    }

    @GetMapping("/{year}")
    @Operation(summary = "Mọi mốc thời gian của năm tổng kết (đã tính năm N / N+1 và các điều chỉnh)")
    public List<DeadlineView> dates(@PathVariable int year) {
        CampaignCalendar c = calendar(year);
        return java.util.Arrays.stream(Deadline.values())
                .map(d -> new DeadlineView(d, d.label(), c.written(d).date(), c.written(d).mode(), c.lastDay(d),
                        CampaignCalendar.iso(c.lateFrom(d)), CampaignCalendar.iso(c.due(d))))
                .toList();
    }

    @PutMapping("/{year}/{deadline}")
    @Operation(summary = "Điều chỉnh một mốc của một năm (Ban Tổ chức, quản trị)")
    public List<DeadlineView> override(@PathVariable int year, @PathVariable Deadline deadline,
                                       @jakarta.validation.Valid @RequestBody OverrideRequest request) {
        CurrentUser user = CurrentUser.get();
        if (!user.isAdmin() && !user.inGroup(CommitteeGroups.ORGANIZATION_BOARD)) {
            throw new AccessRefusedException("Chỉ Ban Tổ chức Đảng ủy Khối được điều chỉnh lịch tổng kết");
        }
        if (request == null || request.date() == null) {
            throw new DomainException("date", "Cần nhập ngày (yyyy-MM-dd)");
        }
        if (Math.abs(request.date().getYear() - year) > 1) {
            throw new DomainException("date", "Ngày " + request.date() + " không thuộc năm tổng kết " + year + " hoặc năm sau");
        }
        calendars.override(year, deadline, request.date(), request.mode(), request.note());
        return dates(year);
    }

    private CampaignCalendar calendar(int year) {
        try {
            return calendars.forYear(year);
        } catch (IllegalArgumentException e) {
            throw new DomainException("year", e.getMessage());
        }
    }
}
