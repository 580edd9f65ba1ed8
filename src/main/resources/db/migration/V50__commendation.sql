-- Commendation (B.III of HD 22-HD/ĐU): one dossier per grassroots organization and year, its candidates with
-- their eligibility explanation, and the attachments uploaded for the dossier. Decisions go to commendation_history.
CREATE TABLE commendation_dossier (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id              BIGINT       NOT NULL,
    campaign_year        INT          NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    process_instance_id  VARCHAR(64),
    judgement_note       TEXT,
    exemplary_branches   INT          NOT NULL,
    excellent_members    INT          NOT NULL,
    reference_date       DATE         NOT NULL,
    submitted_at         DATETIME    NULL,
    closed_reason        VARCHAR(500),
    CONSTRAINT uq_commendation_dossier UNIQUE (unit_id, campaign_year),
    CONSTRAINT fk_commendation_dossier_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE commendation_candidate (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    dossier_id           BIGINT       NOT NULL,
    award                VARCHAR(30)  NOT NULL,
    unit_id              BIGINT,
    member_id            BIGINT,
    subject_code         VARCHAR(40)  NOT NULL,
    subject_name         VARCHAR(255) NOT NULL,
    unit_name            VARCHAR(255),
    eligibility          VARCHAR(30)  NOT NULL,
    summary              VARCHAR(2000),
    explanation          TEXT         NOT NULL,
    proposed             BOOLEAN      NOT NULL,
    rank_primary         BIGINT       NOT NULL,
    rank_secondary       BIGINT       NOT NULL,
    rank_figures         VARCHAR(500),
    decision             VARCHAR(30),
    decision_no          VARCHAR(60),
    decision_date        DATE,
    CONSTRAINT fk_commendation_candidate_dossier FOREIGN KEY (dossier_id) REFERENCES commendation_dossier (id)
);
CREATE INDEX ix_commendation_candidate_dossier ON commendation_candidate (dossier_id);

CREATE TABLE commendation_attachment (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    dossier_id           BIGINT       NOT NULL,
    item_code            VARCHAR(40)  NOT NULL,
    candidate_id         BIGINT,
    copies               INT          NOT NULL,
    file_name            VARCHAR(255) NOT NULL,
    content_type         VARCHAR(120),
    size_bytes           BIGINT       NOT NULL,
    content              LONGBLOB     NOT NULL,
    uploaded_by          VARCHAR(64),
    uploaded_at          DATETIME    NULL,
    CONSTRAINT fk_commendation_attachment_dossier FOREIGN KEY (dossier_id) REFERENCES commendation_dossier (id)
);
CREATE INDEX ix_commendation_attachment_dossier ON commendation_attachment (dossier_id);
