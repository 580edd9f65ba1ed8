package vn.tongket.notification;

/** Why a member is written to about a task. */
public enum NotificationKind {
    /** The task was created for the member (assignee) or offered to one of the member's groups. */
    TASK,
    /** The due date is within the reminder window (e.g. 3 days). */
    DUE_SOON,
    /** The due date has come and the task is still open. */
    DEADLINE,
    /** The task is overdue: the superior committee of the task's unit is asked to urge it on. */
    ESCALATION
}
