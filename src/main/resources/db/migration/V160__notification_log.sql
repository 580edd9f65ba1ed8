-- E-mail notifications about tasks (new task, due soon, deadline, escalation): one row per message. The row is
-- written in the transaction that creates the task (or by the reminder scan); the unique dedup_key makes a second
-- node's scan or a repeated event insert nothing, and a sender claims a row (claimed_by/claimed_at, conditional
-- UPDATE) before sending, so each message leaves once even with several nodes.
CREATE TABLE notification_log (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedup_key        VARCHAR(255) NOT NULL,
    kind             VARCHAR(20)  NOT NULL,
    task_id          VARCHAR(64)  NOT NULL,
    recipient_user   VARCHAR(64)  NOT NULL,
    recipient_email  VARCHAR(255) NOT NULL,
    subject          VARCHAR(500) NOT NULL,
    body             TEXT         NOT NULL,
    created_at       DATETIME     NOT NULL,
    claimed_by       VARCHAR(100),
    claimed_at       DATETIME,
    sent_at          DATETIME,
    attempts         INT          NOT NULL DEFAULT 0,
    last_error       VARCHAR(1000),
    CONSTRAINT uq_notification_dedup UNIQUE (dedup_key)
);
CREATE INDEX ix_notification_pending ON notification_log (sent_at, id);
