package vn.tongket.notification;

import vn.tongket.common.CampaignTime;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The Vietnamese subject and body of a task notification. Dates are shown as dd/MM/yyyy (and HH:mm) in the
 * campaign's zone (tongket.calendar.zone), as members read them on paper.
 */
public final class NotificationTexts {

    public static final String PREFIX = "[Tổng kết] ";
    private static final DateTimeFormatter DATE = CampaignTime.DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ZoneId zone;

    public NotificationTexts(ZoneId zone) {
        this.zone = zone;
    }

    public String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    public String subject(TaskNotice n) {
        String what = n.taskName() + (n.unitName() == null ? "" : " — " + n.unitName());
        return PREFIX + switch (n.kind()) {
            case TASK -> "Việc mới: " + what;
            case DUE_SOON -> "Sắp đến hạn " + date(n.due()) + ": " + what;
            case DEADLINE -> "Đến hạn hôm nay " + date(n.due()) + ": " + what;
            case ESCALATION -> "Quá hạn, đề nghị đôn đốc: " + what;
        };
    }

    public String body(TaskNotice n) {
        StringBuilder b = new StringBuilder();
        b.append("Kính gửi đồng chí").append(n.recipientName() == null || n.recipientName().isBlank() ? "" : " " + n.recipientName())
                .append(",\n\n");
        b.append(switch (n.kind()) {
            case TASK -> "Có một công việc mới giao cho đồng chí (hoặc cho tập thể đồng chí là thành viên) trong hệ thống Tổng kết.";
            case DUE_SOON -> "Công việc dưới đây sắp đến hạn mà chưa hoàn thành. Đề nghị đồng chí hoàn thành trước hạn.";
            case DEADLINE -> "Hôm nay là hạn của công việc dưới đây mà công việc chưa hoàn thành.";
            case ESCALATION -> "Công việc dưới đây của đơn vị cấp dưới đã quá hạn mà chưa hoàn thành. "
                    + "Đề nghị đồng chí (cấp ủy cấp trên trực tiếp) đôn đốc, chỉ đạo đơn vị hoàn thành.";
        }).append("\n\n");
        b.append("Công việc: ").append(n.taskName()).append('\n');
        if (n.unitName() != null) {
            b.append("Đơn vị: ").append(n.unitName()).append(n.unitCode() == null ? "" : " (" + n.unitCode() + ")").append('\n');
        }
        if (n.due() != null) {
            b.append("Hạn: ").append(date(n.due())).append(" lúc ").append(TIME.format(n.due().atZone(zone)))
                    .append(" (giờ Việt Nam)").append('\n');
        } else {
            b.append("Hạn: không đặt hạn\n");
        }
        b.append("Mở công việc trong Tasklist: ").append(n.link()).append("\n\n");
        b.append("Thư này do hệ thống Tổng kết gửi tự động; xin đồng chí không trả lời thư này.\n");
        return b.toString();
    }
}
