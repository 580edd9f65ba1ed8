package vn.tongket.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The Vietnamese texts of the task e-mails: task name, unit, deadline dd/MM/yyyy in Vietnamese time, link. */
class NotificationTextsTest {

    private final NotificationTexts texts = new NotificationTexts(ZoneId.of("Asia/Ho_Chi_Minh"));
    // 20/12/2026 17:30 UTC is already 21/12/2026 00:30 in Hà Nội
    private final Instant due = Instant.parse("2026-12-20T17:30:00Z");

    private TaskNotice notice(NotificationKind kind) {
        return new TaskNotice(kind, "Lại Đình Trung", "Viết bản kiểm điểm cá nhân, tự xếp loại", "SXD", "Chi bộ Sở Xây dựng",
                due, "http://tk.example/camunda/app/tasklist/default/#/?task=t1");
    }

    @Test
    void deadline_isTheVietnameseDate_notTheUtcOne() {
        assertThat(texts.body(notice(NotificationKind.TASK))).contains("Hạn: 21/12/2026 lúc 00:30 (giờ Việt Nam)");
    }

    @Test
    void newTask_subjectAndBodyNameTaskUnitAndLink_addressedInVietnameseOrder() {
        assertThat(texts.subject(notice(NotificationKind.TASK)))
                .isEqualTo("[Tổng kết] Việc mới: Viết bản kiểm điểm cá nhân, tự xếp loại — Chi bộ Sở Xây dựng");
        assertThat(texts.body(notice(NotificationKind.TASK)))
                .startsWith("Kính gửi đồng chí Lại Đình Trung,")
                .contains("Công việc: Viết bản kiểm điểm cá nhân, tự xếp loại", "Đơn vị: Chi bộ Sở Xây dựng (SXD)",
                        "Mở công việc trong Tasklist: http://tk.example/camunda/app/tasklist/default/#/?task=t1");
    }

    @Test
    void eachKind_saysWhyInItsSubject() {
        assertThat(texts.subject(notice(NotificationKind.DUE_SOON))).startsWith("[Tổng kết] Sắp đến hạn 21/12/2026: ");
        assertThat(texts.subject(notice(NotificationKind.DEADLINE))).startsWith("[Tổng kết] Đến hạn hôm nay 21/12/2026: ");
        assertThat(texts.subject(notice(NotificationKind.ESCALATION))).startsWith("[Tổng kết] Quá hạn, đề nghị đôn đốc: ");
        assertThat(texts.body(notice(NotificationKind.ESCALATION))).contains("cấp ủy cấp trên trực tiếp");
    }

    @Test
    void taskWithoutDueDateOrUnit_saysSo() {
        var n = new TaskNotice(NotificationKind.TASK, null, "Nhận báo cáo", null, null, null, "http://x/#/?task=t2");
        assertThat(texts.subject(n)).isEqualTo("[Tổng kết] Việc mới: Nhận báo cáo");
        assertThat(texts.body(n)).startsWith("Kính gửi đồng chí,").contains("Hạn: không đặt hạn").doesNotContain("Đơn vị:");
    }
}
