-- Quality ranking (QualityRankingProcess): the scorecard as data, one version per campaign year,
-- the scores of each grassroots organization, and the year-end summary report.
CREATE TABLE ranking_scorecard (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_year   INT          NOT NULL,
    title           VARCHAR(255) NOT NULL,
    updated_by      VARCHAR(64),
    updated_at      DATETIME,
    CONSTRAINT uq_ranking_scorecard UNIQUE (campaign_year)
);

CREATE TABLE ranking_criterion_group (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    scorecard_id    BIGINT       NOT NULL,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    sort_no         INT          NOT NULL,
    CONSTRAINT fk_ranking_group_scorecard FOREIGN KEY (scorecard_id) REFERENCES ranking_scorecard (id)
);
CREATE INDEX ix_ranking_group_scorecard ON ranking_criterion_group (scorecard_id);

CREATE TABLE ranking_criterion (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    group_id        BIGINT       NOT NULL,
    code            VARCHAR(20)  NOT NULL,
    name            VARCHAR(500) NOT NULL,
    max_points      DECIMAL(6,2) NOT NULL,
    sort_no         INT          NOT NULL,
    CONSTRAINT fk_ranking_criterion_group FOREIGN KEY (group_id) REFERENCES ranking_criterion_group (id)
);
CREATE INDEX ix_ranking_criterion_group ON ranking_criterion (group_id);

CREATE TABLE ranking_category_band (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    scorecard_id    BIGINT       NOT NULL,
    category        VARCHAR(40)  NOT NULL,
    min_score       DECIMAL(6,2) NOT NULL,
    CONSTRAINT fk_ranking_band_scorecard FOREIGN KEY (scorecard_id) REFERENCES ranking_scorecard (id)
);
CREATE INDEX ix_ranking_band_scorecard ON ranking_category_band (scorecard_id);

CREATE TABLE ranking_veto (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    scorecard_id    BIGINT       NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    max_category    VARCHAR(40)  NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    CONSTRAINT fk_ranking_veto_scorecard FOREIGN KEY (scorecard_id) REFERENCES ranking_scorecard (id)
);
CREATE INDEX ix_ranking_veto_scorecard ON ranking_veto (scorecard_id);

-- One row per grassroots organization and year: state of the scoring and the BTV ĐUK's decision.
CREATE TABLE ranking_unit_sheet (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id             BIGINT       NOT NULL,
    campaign_year       INT          NOT NULL,
    self_submitted      BOOLEAN      DEFAULT FALSE NOT NULL,
    superior_submitted  BOOLEAN      DEFAULT FALSE NOT NULL,
    veto_codes          VARCHAR(500),
    proposed_category   VARCHAR(40),
    decided_category    VARCHAR(40),
    decision_reason     VARCHAR(1000),
    CONSTRAINT uq_ranking_unit_sheet UNIQUE (unit_id, campaign_year),
    CONSTRAINT fk_ranking_sheet_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE ranking_unit_score (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT       NOT NULL,
    campaign_year   INT          NOT NULL,
    criterion_code  VARCHAR(20)  NOT NULL,
    self_points     DECIMAL(6,2),
    superior_points DECIMAL(6,2),
    CONSTRAINT uq_ranking_unit_score UNIQUE (unit_id, campaign_year, criterion_code),
    CONSTRAINT fk_ranking_score_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- Báo cáo tổng kết công tác xây dựng Đảng and the year-end conference (B.I.2, Đ.II.2).
CREATE TABLE ranking_summary_report (
    id                      BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id                 BIGINT       NOT NULL,
    campaign_year           INT          NOT NULL,
    conference_date         DATE,
    bloc_representative     VARCHAR(255),
    general_assessment      TEXT,
    topic_branch_meetings   TEXT,
    topic_member_records    TEXT,
    topic_committee_books   TEXT,
    topic_ethics_standards  TEXT,
    submitted_by            VARCHAR(64),
    submitted_at            DATETIME,
    CONSTRAINT uq_ranking_summary_report UNIQUE (unit_id, campaign_year),
    CONSTRAINT fk_ranking_report_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
