-- One instance of a per-unit, per-year process (CommendationProcess, QualityRankingProcess) per unit and campaign
-- year: the row is inserted by the process's start listener in the starting transaction, so a second start waits
-- on the primary key and fails (see vn.tongket.common.SingleStartGuard).
CREATE TABLE process_start_claim (
    process_key          VARCHAR(64)  NOT NULL,
    unit_code            VARCHAR(40)  NOT NULL,
    campaign_year        INT          NOT NULL,
    process_instance_id  VARCHAR(64)  NOT NULL,
    claimed_at           DATETIME     NOT NULL,
    CONSTRAINT pk_process_start_claim PRIMARY KEY (process_key, unit_code, campaign_year)
);
