-- Temporary login locks (vn.tongket.identity.LoginThrottleService): consecutive wrong passwords per user and the
-- end of the current lock, epoch milliseconds of the engine clock. Shared by all nodes of a cluster.
CREATE TABLE login_lock (
    user_id       VARCHAR(128) NOT NULL,
    failures      INT          NOT NULL,
    last_failure  BIGINT       NULL,
    locked_until  BIGINT       NULL,
    CONSTRAINT pk_login_lock PRIMARY KEY (user_id)
);

-- Security events (audit log): temporary locks, logins after a lock.
CREATE TABLE security_event (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at  TIMESTAMP    NOT NULL,
    event_type   VARCHAR(40)  NOT NULL,
    user_id      VARCHAR(128) NULL,
    detail       VARCHAR(500) NULL,
    CONSTRAINT pk_security_event PRIMARY KEY (id)
);
CREATE INDEX ix_security_event_user ON security_event (user_id, occurred_at);
