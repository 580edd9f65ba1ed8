package vn.tongket.notification;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the recorded messages through Spring Boot's {@link JavaMailSender}. Each row is claimed by this node
 * first (conditional UPDATE in {@link NotificationOutbox#claim}); a failed send releases it for a later run.
 */
@Component
public class NotificationSender {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    private static final int BATCH = 50;

    private final NotificationOutbox outbox;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationProperties properties;
    private final String node;

    @Autowired
    public NotificationSender(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this(outbox, mail, properties, hostName() + ":" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** With an explicit node name (one per running application; tests run two "nodes" in one JVM). */
    public NotificationSender(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mail, NotificationProperties properties,
                              String node) {
        this.outbox = outbox;
        this.mail = mail;
        this.properties = properties;
        this.node = node;
    }

    /** Sends what is pending; returns the number of messages this node sent. */
    public int sendPending(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null || !properties.isEnabled()) {
            return 0;
        }
        Instant stale = now.minus(properties.getClaimTimeout());
        int sent = 0;
        while (true) {
            var ids = outbox.claimable(stale, properties.getMaxAttempts(), BATCH);
            int claimedNow = 0;
            for (long id : ids) {
                if (!outbox.claim(id, node, now, stale)) {
                    continue;
                }
                claimedNow++;
                var m = outbox.load(id);
                try {
                    MimeMessage message = sender.createMimeMessage();
                    MimeMessageHelper h = new MimeMessageHelper(message, false, "UTF-8");
                    h.setFrom(properties.getFrom());
                    // strict parse of exactly one address (an address typed in Camunda Admin skips the import's check)
                    h.setTo(new InternetAddress(m.recipientEmail(), true));
                    h.setSubject(m.subject());
                    h.setText(m.body(), false);
                    sender.send(message);
                    outbox.sent(id, node, now);
                    sent++;
                } catch (Exception e) {
                    log.warn("Gửi thư {} tới {} không được: {}", id, m.recipientEmail(), e.toString());
                    outbox.failed(id, node, e.toString());
                }
            }
            if (ids.size() < BATCH || claimedNow == 0) {
                return sent;
            }
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "node";
        }
    }
}
