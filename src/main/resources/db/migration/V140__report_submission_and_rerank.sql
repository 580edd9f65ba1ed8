-- C.III.5 flowing back into the member ranking: one row per member whose ranking a sealed vote contradicts
-- ("trên 50% số phiếu tín nhiệm thấp" with a "hoàn thành tốt nhiệm vụ" or better category). The branch committee
-- corrects the category in a MemberReRankingProcess task; commendation reads the status.
CREATE TABLE member_rerank_request (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id           BIGINT       NOT NULL,
    campaign_year       INT          NOT NULL,
    vote_id             BIGINT       NOT NULL,
    branch_code         VARCHAR(40)  NOT NULL,
    previous_category   VARCHAR(40)  NOT NULL,
    low_count           INT          NOT NULL,
    ballots_collected   INT          NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    corrected_category  VARCHAR(40),
    correction_note     VARCHAR(1000),
    requested_at        DATETIME     NOT NULL,
    corrected_at        DATETIME,
    corrected_by        VARCHAR(40),
    process_instance_id VARCHAR(64),
    CONSTRAINT uq_member_rerank_request UNIQUE (member_id, campaign_year, vote_id),
    CONSTRAINT fk_member_rerank_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);
CREATE INDEX ix_member_rerank_year ON member_rerank_request (campaign_year, status);

-- The reports of the guidance as submissions (ReportSubmissionProcess): one per unit, year and kind.
CREATE TABLE report_submission (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_code           VARCHAR(40)  NOT NULL,
    campaign_year       INT          NOT NULL,
    report_kind         VARCHAR(30)  NOT NULL,
    sender_group        VARCHAR(80)  NOT NULL,
    deadline_at         DATETIME     NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    created_at          DATETIME     NOT NULL,
    sent_at             DATETIME,
    sent_by             VARCHAR(40),
    sender_note         VARCHAR(1000),
    late                BOOLEAN      DEFAULT FALSE NOT NULL,
    late_recorded_at    DATETIME,
    acknowledged_at     DATETIME,
    process_instance_id VARCHAR(64),
    CONSTRAINT uq_report_submission UNIQUE (unit_code, campaign_year, report_kind)
);

-- The receiving bodies in order (hop 0 first): the chain the report travels up.
CREATE TABLE report_submission_hop (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id       BIGINT       NOT NULL,
    hop_no              INT          NOT NULL,
    receiver_group      VARCHAR(80)  NOT NULL,
    receiver_name       VARCHAR(255) NOT NULL,
    acknowledged_at     DATETIME,
    acknowledged_by     VARCHAR(40),
    receiver_note       VARCHAR(1000),
    CONSTRAINT uq_report_submission_hop UNIQUE (submission_id, hop_no),
    CONSTRAINT fk_report_submission_hop FOREIGN KEY (submission_id) REFERENCES report_submission (id)
);

-- The generated document (PDF and xlsx); the last generation at sending is the one sent.
CREATE TABLE report_submission_file (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    submission_id       BIGINT       NOT NULL,
    format              VARCHAR(10)  NOT NULL,
    content             LONGBLOB     NOT NULL,
    generated_at        DATETIME     NOT NULL,
    CONSTRAINT uq_report_submission_file UNIQUE (submission_id, format),
    CONSTRAINT fk_report_submission_file FOREIGN KEY (submission_id) REFERENCES report_submission (id)
);
