-- Confidence vote, issue 12: the counting board as a real group per vote, the conference opening that opens
-- ballot entry, foreign ballots found at the count, publication decisions (C.III.4) and the competent level's
-- overall judgement for a cadre voted on in two places (C.III.2.3).
ALTER TABLE vote_conference ADD COLUMN board_status VARCHAR(20) DEFAULT 'NONE' NOT NULL;
ALTER TABLE vote_conference ADD COLUMN conference_opened_at DATETIME;
ALTER TABLE vote_conference ADD COLUMN foreign_ballots INT DEFAULT 0 NOT NULL;

-- Members of the counting board (ban kiểm phiếu): chosen among the conference's participants, never a candidate.
CREATE TABLE vote_board_member (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    seq             INT          NOT NULL,
    member_id       BIGINT       NOT NULL,
    member_code     VARCHAR(40)  NOT NULL,
    full_name       VARCHAR(255) NOT NULL,
    CONSTRAINT uq_vote_board_member UNIQUE (vote_id, member_id),
    CONSTRAINT fk_vote_board_member_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id),
    CONSTRAINT fk_vote_board_member_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);

-- A decision of the competent level to publish the results to a wider scope (C.III.4), recorded.
CREATE TABLE vote_publication (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    vote_id         BIGINT       NOT NULL,
    scope_group     VARCHAR(80)  NOT NULL,
    decision_no     VARCHAR(100) NOT NULL,
    decided_by      VARCHAR(40)  NOT NULL,
    decided_at      DATETIME     NOT NULL,
    CONSTRAINT uq_vote_publication UNIQUE (vote_id, scope_group),
    CONSTRAINT fk_vote_publication_vote FOREIGN KEY (vote_id) REFERENCES vote_conference (id)
);

-- The competent level's overall judgement of a cadre voted on in two places (C.III.2.3), per person and year.
CREATE TABLE vote_overall_judgement (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    member_id       BIGINT       NOT NULL,
    member_code     VARCHAR(40)  NOT NULL,
    campaign_year   INT          NOT NULL,
    not_completing  BOOLEAN      NOT NULL,
    propose_relief  BOOLEAN      NOT NULL,
    reasons         VARCHAR(2000) NOT NULL,
    decision_no     VARCHAR(100) NOT NULL,
    decided_by      VARCHAR(40)  NOT NULL,
    decided_at      DATETIME     NOT NULL,
    CONSTRAINT uq_vote_overall_judgement UNIQUE (member_id, campaign_year),
    CONSTRAINT fk_vote_overall_judgement_member FOREIGN KEY (member_id) REFERENCES party_member (id)
);
