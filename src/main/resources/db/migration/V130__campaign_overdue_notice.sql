-- Overdue notices of the annual cycle: at each deadline of the calendar, one notice per superior body listing
-- its units still late (unit, stage, rule of the guidance), handled through a Tasklist task.
CREATE TABLE campaign_overdue_notice (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT       NOT NULL,
    deadline_name       VARCHAR(40)  NOT NULL,
    superior_unit_code  VARCHAR(40),
    candidate_groups    VARCHAR(400) NOT NULL,
    unit_count          INT          NOT NULL,
    summary             TEXT         NOT NULL,
    created_at          DATETIME     NOT NULL,
    task_id             VARCHAR(64),
    handled_by          VARCHAR(64),
    handled_at          DATETIME,
    direction           TEXT,
    CONSTRAINT fk_campaign_overdue_notice FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_campaign_overdue_notice ON campaign_overdue_notice (campaign_id, deadline_name);
CREATE INDEX ix_campaign_overdue_notice_task ON campaign_overdue_notice (task_id);
