-- Leadership evaluation (part D): one row per evaluated collective or cadre and year. Confidential: read only
-- DATETIME, not TIMESTAMP: MySQL/MariaDB TIMESTAMP ends in 2038 (H2 reads DATETIME as TIMESTAMP).
-- through /api/evaluations (the cadre, the deciding body, Ban Tổ chức, admin); never copied to process variables.
CREATE TABLE leader_evaluation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    subject_key         VARCHAR(150) NOT NULL,
    campaign_year       INT          NOT NULL,
    subject_kind        VARCHAR(20)  NOT NULL,
    unit_id             BIGINT       NOT NULL,
    member_id           BIGINT,
    position_role       VARCHAR(40),
    position_title      VARCHAR(255),
    process_instance_id VARCHAR(64),
    deciding_group      VARCHAR(100) NOT NULL,
    deciding_level      VARCHAR(255) NOT NULL,
    collective_group    VARCHAR(100),
    branch_group        VARCHAR(100),
    self_category       VARCHAR(40),
    ranking_category    VARCHAR(40),
    vote_places         INT          DEFAULT 0 NOT NULL,
    ballots_collected   INT          DEFAULT 0 NOT NULL,
    high_count          INT          DEFAULT 0 NOT NULL,
    medium_count        INT          DEFAULT 0 NOT NULL,
    low_count           INT          DEFAULT 0 NOT NULL,
    low_over_half       BOOLEAN      DEFAULT FALSE NOT NULL,
    vote_consequence    VARCHAR(500),
    review_count        INT          DEFAULT 0 NOT NULL,
    review_paused       BOOLEAN      DEFAULT FALSE NOT NULL,
    category            VARCHAR(40),
    decided_by          VARCHAR(64),
    decided_at          DATETIME,
    status              VARCHAR(20)  NOT NULL,
    reminder_count      INT          DEFAULT 0 NOT NULL,
    late                BOOLEAN      DEFAULT FALSE NOT NULL,
    report_late         BOOLEAN      DEFAULT FALSE NOT NULL,
    acknowledged_by     VARCHAR(64),
    acknowledged_at     DATETIME,
    created_at          DATETIME     NOT NULL,
    CONSTRAINT uq_leader_evaluation_subject UNIQUE (subject_key),
    CONSTRAINT fk_leader_evaluation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_leader_evaluation_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);
CREATE INDEX ix_leader_evaluation_year ON leader_evaluation (campaign_year);

-- The texts of an evaluation: gathered review conclusions, self-assessment, comments, the collective's
-- report, the decision's reasons. One row per step and author; latest row of a step wins.
CREATE TABLE leader_evaluation_entry (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    evaluation_id       BIGINT       NOT NULL,
    step                VARCHAR(30)  NOT NULL,
    author              VARCHAR(64),
    place_name          VARCHAR(255),
    content             VARCHAR(4000) NOT NULL,
    proposed_category   VARCHAR(40),
    created_at          DATETIME     NOT NULL,
    CONSTRAINT fk_leader_evaluation_entry FOREIGN KEY (evaluation_id) REFERENCES leader_evaluation (id)
);
CREATE INDEX ix_leader_evaluation_entry ON leader_evaluation_entry (evaluation_id, step);
