-- Annual cycle (AnnualCycleProcess): one campaign per year and root unit, the state of every unit in
-- every stage, and the history of units found late at a stage deadline.
CREATE TABLE campaign (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_year       INT          NOT NULL,
    root_unit_code      VARCHAR(40)  NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    process_instance_id VARCHAR(64),
    started_by          VARCHAR(64),
    started_at          DATETIME    NOT NULL,
    ended_at            DATETIME,
    CONSTRAINT uq_campaign UNIQUE (campaign_year, root_unit_code)
);

CREATE TABLE campaign_unit_stage (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT       NOT NULL,
    unit_code           VARCHAR(40)  NOT NULL,
    stage               VARCHAR(20)  NOT NULL,
    state               VARCHAR(20)  NOT NULL,
    process_instance_id VARCHAR(64),
    opened_at           DATETIME    NOT NULL,
    done_at             DATETIME,
    late_at             DATETIME,
    paused_at           DATETIME,
    CONSTRAINT uq_campaign_unit_stage UNIQUE (campaign_id, unit_code, stage),
    CONSTRAINT fk_campaign_unit_stage FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_campaign_unit_stage_state ON campaign_unit_stage (campaign_id, stage, state);

CREATE TABLE campaign_late_record (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_id         BIGINT       NOT NULL,
    unit_code           VARCHAR(40)  NOT NULL,
    stage               VARCHAR(20)  NOT NULL,
    deadline_at         DATETIME    NOT NULL,
    recorded_at         DATETIME    NOT NULL,
    process_instance_id VARCHAR(64),
    CONSTRAINT fk_campaign_late_record FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_campaign_late_record ON campaign_late_record (campaign_id, stage);
