package vn.tongket.notification;

import vn.tongket.common.CampaignTime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the reminder scan and the sender on every node, only when an SMTP server is configured. A Spring schedule
 * and not an engine timer: reminders concern every user task of every process (no BPMN names them), follow a
 * due date changed in Tasklist, and stay single per message through the unique key and the row claim of
 * notification_log — whereas a timer per task would need a boundary event in each diagram.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class NotificationScheduling {

    private final ReminderScanner scanner;
    private final NotificationSender sender;

    public NotificationScheduling(ReminderScanner scanner, NotificationSender sender) {
        this.scanner = scanner;
        this.sender = sender;
    }

    @Scheduled(fixedDelayString = "${tongket.notification.scan-interval:PT15M}",
            initialDelayString = "${tongket.notification.send-interval:PT1M}")
    public void scan() {
        scanner.scan(CampaignTime.now());
    }

    @Scheduled(fixedDelayString = "${tongket.notification.send-interval:PT1M}",
            initialDelayString = "${tongket.notification.send-interval:PT1M}")
    public void send() {
        sender.sendPending(CampaignTime.now());
    }
}
