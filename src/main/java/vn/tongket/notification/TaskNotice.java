package vn.tongket.notification;

import java.time.Instant;

/**
 * What a notification says about one task to one person: plain values, rendered by {@link NotificationTexts}.
 *
 * @param recipientName the recipient's full name in Vietnamese order (family names first), may be null
 * @param unitName      name of the unit the task is for, may be null when the task names no unit
 * @param due           the task's due date, may be null
 * @param link          the task in Tasklist
 */
public record TaskNotice(NotificationKind kind, String recipientName, String taskName, String unitCode,
                         String unitName, Instant due, String link) {
}
