-- Self-criticism review (part A of the guidance): one session per reviewing body and year, one item per
-- person (or the collective) and place, one self-review per member and year, the cells' reports to the branch.
CREATE TABLE review_session (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_code           VARCHAR(40)  NOT NULL,
    unit_name           VARCHAR(255) NOT NULL,
    campaign_year       INT          NOT NULL,
    process_instance_id VARCHAR(64),
    has_collective_review BOOLEAN    NOT NULL,
    committee_group     VARCHAR(80)  NOT NULL,
    superior_group      VARCHAR(80)  NOT NULL,
    head_code           VARCHAR(40),
    head_chair_code     VARCHAR(40),
    report_draft        TEXT,
    distributed_at      DATETIME,
    meeting_at          DATETIME,
    focus_points        TEXT,
    final_report        TEXT,
    late_summary        TEXT,
    reported_at         DATETIME,
    created_at          DATETIME    NOT NULL,
    CONSTRAINT uq_review_session UNIQUE (unit_code, campaign_year)
);

CREATE TABLE review_item (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id          BIGINT       NOT NULL,
    phase               VARCHAR(30)  NOT NULL,
    phase_index         INT          NOT NULL,
    seq                 INT          NOT NULL,
    member_code         VARCHAR(40),
    member_name         VARCHAR(255),
    place_kind          VARCHAR(30)  NOT NULL,
    place_unit_code     VARCHAR(40)  NOT NULL,
    place_name          VARCHAR(255) NOT NULL,
    place_group         VARCHAR(80)  NOT NULL,
    review_rank         VARCHAR(20)  NOT NULL,
    chair_code          VARCHAR(40),
    status              VARCHAR(20)  NOT NULL,
    conclusion          TEXT,
    violation_signs     BOOLEAN DEFAULT FALSE NOT NULL,
    paused              BOOLEAN DEFAULT FALSE NOT NULL,
    superior_instruction TEXT,
    inspection_conclusion TEXT,
    discipline          TEXT,
    concluded_at        DATETIME,
    CONSTRAINT fk_review_item_session FOREIGN KEY (session_id) REFERENCES review_session (id)
);
CREATE INDEX ix_review_item_phase ON review_item (session_id, phase, phase_index);
CREATE INDEX ix_review_item_member ON review_item (member_code);

CREATE TABLE self_review (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_code         VARCHAR(40)  NOT NULL,
    campaign_year       INT          NOT NULL,
    political_ideology  TEXT,
    ethics_lifestyle    TEXT,
    duties              TEXT,
    discipline_awareness TEXT,
    leader_points       TEXT,
    fixes_since_previous TEXT,
    self_category       VARCHAR(40)  NOT NULL,
    chair_conclusions   TEXT,
    submitted_at        DATETIME    NOT NULL,
    CONSTRAINT uq_self_review UNIQUE (member_code, campaign_year)
);

CREATE TABLE review_cell_report (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id          BIGINT       NOT NULL,
    cell_code           VARCHAR(40)  NOT NULL,
    cell_name           VARCHAR(255) NOT NULL,
    reporter_code       VARCHAR(40),
    report              TEXT,
    reported_at         DATETIME,
    CONSTRAINT fk_review_cell_session FOREIGN KEY (session_id) REFERENCES review_session (id)
);
CREATE INDEX ix_review_cell_session ON review_cell_report (session_id);
