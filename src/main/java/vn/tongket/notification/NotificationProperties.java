package vn.tongket.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the task e-mails ({@code tongket.notification.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.*} (environment {@code SPRING_MAIL_HOST}, {@code SPRING_MAIL_PORT}, {@code SPRING_MAIL_USERNAME},
 * {@code SPRING_MAIL_PASSWORD}): without {@code spring.mail.host} there is no mail sender and nothing is recorded.
 */
@ConfigurationProperties("tongket.notification")
public class NotificationProperties {

    /** Switch off the e-mails even when an SMTP server is configured. */
    private boolean enabled = true;
    /** Sender address (From). */
    private String from = "tongket@localhost";
    /** Address of the application as members reach it; the link to the task is built on it. */
    private String publicUrl = "http://localhost:8080";
    /** First reminder this long before the due date. */
    private Duration remindBefore = Duration.ofDays(3);
    /** The superior is written to when a task is still open this long after its due date. */
    private Duration escalateAfter = Duration.ofDays(1);
    /** Tasks overdue by more than this get no reminders (no flood of mails about years-old work at the first start). */
    private Duration ignoreOverdueAfter = Duration.ofDays(30);
    /** How often the reminder scan runs and how often pending mails are sent. */
    private Duration scanInterval = Duration.ofMinutes(15);
    private Duration sendInterval = Duration.ofMinutes(1);
    /** A claim older than this (a node died while sending) may be taken over. */
    private Duration claimTimeout = Duration.ofMinutes(10);
    /** Attempts before a message is given up (the error stays in notification_log). */
    private int maxAttempts = 5;
    /** A candidate group larger than this is not written to member by member (e.g. all members of the bloc). */
    private int maxGroupRecipients = 200;

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from; }
    public String getPublicUrl() { return publicUrl; }
    public void setPublicUrl(String publicUrl) { this.publicUrl = publicUrl; }
    public Duration getRemindBefore() { return remindBefore; }
    public void setRemindBefore(Duration remindBefore) { this.remindBefore = remindBefore; }
    public Duration getEscalateAfter() { return escalateAfter; }
    public void setEscalateAfter(Duration escalateAfter) { this.escalateAfter = escalateAfter; }
    public Duration getIgnoreOverdueAfter() { return ignoreOverdueAfter; }
    public void setIgnoreOverdueAfter(Duration ignoreOverdueAfter) { this.ignoreOverdueAfter = ignoreOverdueAfter; }
    public Duration getScanInterval() { return scanInterval; }
    public void setScanInterval(Duration scanInterval) { this.scanInterval = scanInterval; }
    public Duration getSendInterval() { return sendInterval; }
    public void setSendInterval(Duration sendInterval) { this.sendInterval = sendInterval; }
    public Duration getClaimTimeout() { return claimTimeout; }
    public void setClaimTimeout(Duration claimTimeout) { this.claimTimeout = claimTimeout; }
    public int getMaxAttempts() { return maxAttempts; }
    public void setMaxAttempts(int maxAttempts) { this.maxAttempts = maxAttempts; }
    public int getMaxGroupRecipients() { return maxGroupRecipients; }
    public void setMaxGroupRecipients(int maxGroupRecipients) { this.maxGroupRecipients = maxGroupRecipients; }
}
