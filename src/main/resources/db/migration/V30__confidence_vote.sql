-- Confidence vote (part C of HD 22-HD/ĐU): one row per voting conference and year. Ballot contents live only
-- in vote_ballot_entry (one compact row per ballot per clerk), never in process variables or history.
CREATE TABLE vote_conference (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id             BIGINT       NOT NULL,
    unit_code           VARCHAR(40)  NOT NULL,
    campaign_year       INT          NOT NULL,
    vote_date           DATE         NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    invalid_mark_scope  VARCHAR(20)  NOT NULL,
    voter_group         VARCHAR(80)  NOT NULL,
    superior_group      VARCHAR(80)  NOT NULL,
    counting_board      VARCHAR(1000),
    clerk_a             VARCHAR(40),
    clerk_b             VARCHAR(40),
    process_instance_id VARCHAR(64),
    created_at          DATETIME     NOT NULL,
    counted_at          DATETIME,
    sealed_at           DATETIME,
    sealed_by           VARCHAR(40),
    CONSTRAINT uq_vote_conference UNIQUE (unit_id, campaign_year),
    CONSTRAINT fk_vote_conference_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

-- The names printed on the ballot, in order (seq from 0).
CREATE TABLE vote_candidate (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    member_id       BIGINT       NOT NULL,
    member_code     VARCHAR(40)  NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    position_title  VARCHAR(255) NOT NULL,
    CONSTRAINT uq_vote_candidate UNIQUE (vote_id, member_id),
    CONSTRAINT uq_vote_candidate_seq UNIQUE (vote_id, seq),
    CONSTRAINT fk_vote_candidate_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id),
    CONSTRAINT fk_vote_candidate_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);
CREATE INDEX ix_vote_candidate_member ON vote_candidate (member_id);

-- Serial numbers of the ballots the counting board issued.
CREATE TABLE vote_serial (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    serial          VARCHAR(20)  NOT NULL,
    CONSTRAINT uq_vote_serial UNIQUE (vote_id, serial),
    CONSTRAINT fk_vote_serial_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id)
);

-- One row per ballot per clerk (A or B: double entry). marks = one character per candidate (see Ballot).
CREATE TABLE vote_ballot_entry (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    clerk           VARCHAR(1)   NOT NULL,
    serial          VARCHAR(20)  NOT NULL,
    marks           VARCHAR(120) NOT NULL,
    signed          BOOLEAN      DEFAULT FALSE NOT NULL,
    entered_by      VARCHAR(40)  NOT NULL,
    entered_at      DATETIME     NOT NULL,
    CONSTRAINT uq_vote_ballot_entry UNIQUE (vote_id, clerk, serial),
    CONSTRAINT fk_vote_ballot_entry_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id)
);

-- Who did what when: every issue, entry, correction, count, seal. Printed with the minutes.
CREATE TABLE vote_entry_log (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    logged_at       DATETIME     NOT NULL,
    actor           VARCHAR(40)  NOT NULL,
    action          VARCHAR(30)  NOT NULL,
    clerk           VARCHAR(1),
    serial          VARCHAR(20),
    detail          VARCHAR(1000),
    CONSTRAINT fk_vote_entry_log_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id)
);
CREATE INDEX ix_vote_entry_log_vote ON vote_entry_log (vote_id);

-- The count per candidate and the consequences with their explanation.
CREATE TABLE vote_result (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    member_id       BIGINT       NOT NULL,
    ballots_issued  INT          NOT NULL,
    ballots_collected INT        NOT NULL,
    ballots_valid   INT          NOT NULL,
    high_count      INT          NOT NULL,
    medium_count    INT          NOT NULL,
    low_count       INT          NOT NULL,
    high_percent    DECIMAL(5,2) NOT NULL,
    medium_percent  DECIMAL(5,2) NOT NULL,
    low_percent     DECIMAL(5,2) NOT NULL,
    not_completing  BOOLEAN      NOT NULL,
    out_of_plan     BOOLEAN      NOT NULL,
    propose_relief  BOOLEAN      NOT NULL,
    consequences    TEXT,
    CONSTRAINT uq_vote_result UNIQUE (vote_id, member_id),
    CONSTRAINT fk_vote_result_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id)
);

-- Written information requests about a candidate (C.III.2.4.4) and their answers (C.III.2.4.3).
CREATE TABLE vote_information_request (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    candidate_code  VARCHAR(40)  NOT NULL,
    requested_by    VARCHAR(40)  NOT NULL,
    requested_at    DATETIME     NOT NULL,
    question        TEXT         NOT NULL,
    answer          TEXT,
    answered_by     VARCHAR(40),
    answered_at     DATETIME,
    CONSTRAINT fk_vote_info_request_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id)
);
