-- Organization model: units, members, positions. Surrogate ids are stable: renames change name,
-- transfers change parent_id / unit_id; history tables refer to ids, never to names.
CREATE TABLE org_unit (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name            VARCHAR(255) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    mass_org_type   VARCHAR(40),
    parent_id       BIGINT,
    has_standing_committee BOOLEAN DEFAULT FALSE NOT NULL,
    active          BOOLEAN DEFAULT TRUE NOT NULL,
    CONSTRAINT uq_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_id);

CREATE TABLE party_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    birth_date      DATE,
    gender          VARCHAR(10),
    party_card_no   VARCHAR(40),
    unit_id         BIGINT       NOT NULL,
    cell_id         BIGINT,
    joined_date     DATE,
    status          VARCHAR(30)  NOT NULL,
    email           VARCHAR(255),
    CONSTRAINT uq_party_member_code UNIQUE (code),
    CONSTRAINT fk_party_member_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_party_member_cell FOREIGN KEY (cell_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_party_member_unit ON party_member (unit_id);
CREATE INDEX ix_party_member_cell ON party_member (cell_id);

-- A position a member holds in a unit: party committee posts, mass-organization posts,
-- the agency's own leadership posts, and seats on the bloc's boards.
CREATE TABLE org_position (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL,
    role            VARCHAR(40)  NOT NULL,
    title           VARCHAR(255),
    start_date      DATE,
    end_date        DATE,
    CONSTRAINT fk_org_position_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_org_position_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_position_member ON org_position (member_id);
CREATE INDEX ix_org_position_unit ON org_position (unit_id);

-- Per-year history, filled by the processes and by import.
CREATE TABLE unit_ranking_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id         BIGINT       NOT NULL,
    campaign_year   INT          NOT NULL,
    self_score      DECIMAL(6,2),
    superior_score  DECIMAL(6,2),
    score           DECIMAL(6,2),
    category        VARCHAR(40)  NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_unit_ranking UNIQUE (unit_id, campaign_year),
    CONSTRAINT fk_unit_ranking_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE member_ranking_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    campaign_year   INT          NOT NULL,
    self_category   VARCHAR(40),
    branch_category VARCHAR(40),
    final_category  VARCHAR(40),
    not_ranked_reason VARCHAR(255),
    source          VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_member_ranking UNIQUE (member_id, campaign_year),
    CONSTRAINT fk_member_ranking_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);

CREATE TABLE commendation_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT,
    unit_id         BIGINT,
    campaign_year   INT          NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    award_level     VARCHAR(30)  NOT NULL,
    decision_no     VARCHAR(60)  NOT NULL,
    decision_date   DATE         NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    CONSTRAINT fk_commendation_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_commendation_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_commendation_member ON commendation_history (member_id);
CREATE INDEX ix_commendation_unit ON commendation_history (unit_id);

CREATE TABLE emulation_title_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    campaign_year   INT          NOT NULL,
    title           VARCHAR(40)  NOT NULL,
    decision_no     VARCHAR(60),
    decision_date   DATE,
    source          VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_emulation_title UNIQUE (member_id, campaign_year, title),
    CONSTRAINT fk_emulation_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);

-- Result of one confidence vote for one person at one place (counts only; ballots live in the vote tables).
CREATE TABLE confidence_result_history (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    campaign_year   INT          NOT NULL,
    place_unit_id   BIGINT       NOT NULL,
    position_title  VARCHAR(255),
    ballots_issued  INT          NOT NULL,
    ballots_collected INT        NOT NULL,
    ballots_valid   INT          NOT NULL,
    high_count      INT          NOT NULL,
    medium_count    INT          NOT NULL,
    low_count       INT          NOT NULL,
    source          VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_confidence_result UNIQUE (member_id, campaign_year, place_unit_id),
    CONSTRAINT fk_confidence_member FOREIGN KEY (member_id) REFERENCES party_member (id),
    CONSTRAINT fk_confidence_place FOREIGN KEY (place_unit_id) REFERENCES org_unit (id)
);

-- Per-year overrides of the guidance's dates (the calendar's defaults are computed from the year).
CREATE TABLE calendar_override (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    campaign_year   INT          NOT NULL,
    deadline_key    VARCHAR(40)  NOT NULL,
    deadline_date   DATE         NOT NULL,
    deadline_mode   VARCHAR(20)  NOT NULL,
    note            VARCHAR(255),
    CONSTRAINT uq_calendar_override UNIQUE (campaign_year, deadline_key)
);
