package vn.tongket.commendation;

import vn.tongket.common.CampaignTime;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The commendation tables (V50) through plain JDBC: the explanation is TEXT (CLOB on H2) and the attachment a
 * LONGBLOB, kept out of Hibernate's schema validation on purpose.
 */
@Repository
public class CommendationStore {

    public record Dossier(long id, long unitId, int year, DossierStatus status, String processInstanceId,
                          String judgementNote, int exemplaryBranches, int excellentMembers, LocalDate referenceDate,
                          Instant submittedAt, String closedReason) {
    }

    public record Candidate(long id, long dossierId, Award award, Long unitId, Long memberId, String subjectCode,
                            String subjectName, String unitName, EligibilityStatus eligibility, String summary,
                            String explanationJson, boolean proposed, long rankPrimary, long rankSecondary,
                            String rankFigures, BlocDecision decision, String decisionNo, LocalDate decisionDate) {
    }

    public record AttachmentInfo(long id, long dossierId, DossierItem item, Long candidateId, int copies,
                                 String fileName, String contentType, long sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    private static final String DOSSIER_COLS = "id, unit_id, campaign_year, status, process_instance_id, judgement_note, "
            + "exemplary_branches, excellent_members, reference_date, submitted_at, closed_reason";
    private static final String CANDIDATE_COLS = "id, dossier_id, award, unit_id, member_id, subject_code, subject_name, "
            + "unit_name, eligibility, summary, explanation, proposed, rank_primary, rank_secondary, rank_figures, "
            + "decision, decision_no, decision_date";
    private static final String ATTACHMENT_COLS = "id, dossier_id, item_code, candidate_id, copies, file_name, "
            + "content_type, size_bytes, uploaded_by, uploaded_at";

    private final JdbcTemplate jdbc;

    public CommendationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- dossiers ----

    public Optional<Dossier> dossier(long id) {
        return jdbc.query("select " + DOSSIER_COLS + " from commendation_dossier where id = ?", DOSSIER, id).stream().findFirst();
    }

    public Optional<Dossier> dossier(long unitId, int year) {
        return jdbc.query("select " + DOSSIER_COLS + " from commendation_dossier where unit_id = ? and campaign_year = ?",
                DOSSIER, unitId, year).stream().findFirst();
    }

    public List<Dossier> dossiersOfYear(int year) {
        return jdbc.query("select " + DOSSIER_COLS + " from commendation_dossier where campaign_year = ? order by id", DOSSIER, year);
    }

    public long insertDossier(long unitId, int year, String processInstanceId, int exemplaryBranches, int excellentMembers,
                              LocalDate referenceDate) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into commendation_dossier (unit_id, campaign_year, status, process_instance_id, "
                    + "exemplary_branches, excellent_members, reference_date) values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            ps.setLong(1, unitId);
            ps.setInt(2, year);
            ps.setString(3, DossierStatus.OPEN.name());
            ps.setString(4, processInstanceId);
            ps.setInt(5, exemplaryBranches);
            ps.setInt(6, excellentMembers);
            ps.setObject(7, referenceDate);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public void resetDossier(long id, String processInstanceId, int exemplaryBranches, int excellentMembers, LocalDate referenceDate) {
        jdbc.update("delete from commendation_candidate where dossier_id = ?", id);
        jdbc.update("update commendation_dossier set status = ?, process_instance_id = ?, exemplary_branches = ?, "
                        + "excellent_members = ?, reference_date = ?, submitted_at = null, closed_reason = null where id = ?",
                DossierStatus.OPEN.name(), processInstanceId, exemplaryBranches, excellentMembers, referenceDate, id);
    }

    public void updateStatus(long id, DossierStatus status, String reason) {
        jdbc.update("update commendation_dossier set status = ?, closed_reason = ?, submitted_at = "
                        + (status == DossierStatus.SUBMITTED ? "?" : "submitted_at") + " where id = ?",
                status == DossierStatus.SUBMITTED ? new Object[] {status.name(), reason, CampaignTime.nowTimestamp(), id}
                        : new Object[] {status.name(), reason, id});
    }

    public void updateJudgementNote(long id, String note) {
        jdbc.update("update commendation_dossier set judgement_note = ? where id = ?", note, id);
    }

    // ---- candidates ----

    public void insertCandidate(long dossierId, Award award, Long unitId, Long memberId, String subjectCode, String subjectName,
                                String unitName, EligibilityStatus eligibility, String summary, String explanationJson,
                                long rankPrimary, long rankSecondary, String rankFigures) {
        jdbc.update("insert into commendation_candidate (dossier_id, award, unit_id, member_id, subject_code, subject_name, "
                        + "unit_name, eligibility, summary, explanation, proposed, rank_primary, rank_secondary, rank_figures) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                dossierId, award.name(), unitId, memberId, subjectCode, subjectName, unitName, eligibility.name(),
                cut(summary, 2000), explanationJson, false, rankPrimary, rankSecondary, cut(rankFigures, 500));
    }

    public List<Candidate> candidates(long dossierId) {
        return jdbc.query("select " + CANDIDATE_COLS + " from commendation_candidate where dossier_id = ? order by award, subject_name, id",
                CANDIDATE, dossierId);
    }

    public Optional<Candidate> candidate(long id) {
        return jdbc.query("select " + CANDIDATE_COLS + " from commendation_candidate where id = ?", CANDIDATE, id).stream().findFirst();
    }

    /** Proposals of the dossiers of a year that were sent on time. */
    public List<Candidate> submittedProposals(int year) {
        return jdbc.query("select " + prefixed("c.", CANDIDATE_COLS) + " from commendation_candidate c join commendation_dossier d "
                        + "on d.id = c.dossier_id where d.campaign_year = ? and d.status in (?, ?) and c.proposed = ? order by c.id",
                CANDIDATE, year, DossierStatus.SUBMITTED.name(), DossierStatus.RECEIVED.name(), true);
    }

    public void updateProposal(long candidateId, boolean proposed, EligibilityStatus eligibility, String summary, String explanationJson) {
        jdbc.update("update commendation_candidate set proposed = ?, eligibility = ?, summary = ?, explanation = ? where id = ?",
                proposed, eligibility.name(), cut(summary, 2000), explanationJson, candidateId);
    }

    public void clearProposals(long dossierId) {
        jdbc.update("update commendation_candidate set proposed = ? where dossier_id = ?", false, dossierId);
    }

    public void updateDecision(long candidateId, BlocDecision decision, String decisionNo, LocalDate decisionDate) {
        jdbc.update("update commendation_candidate set decision = ?, decision_no = ?, decision_date = ? where id = ?",
                decision == null ? null : decision.name(), decisionNo, decisionDate, candidateId);
    }

    // ---- attachments ----

    public long insertAttachment(long dossierId, DossierItem item, Long candidateId, int copies, String fileName,
                                 String contentType, byte[] content, String uploadedBy) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement("insert into commendation_attachment (dossier_id, item_code, candidate_id, copies, "
                    + "file_name, content_type, size_bytes, content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setLong(1, dossierId);
            ps.setString(2, item.name());
            ps.setObject(3, candidateId);
            ps.setInt(4, copies);
            ps.setString(5, fileName);
            ps.setString(6, contentType);
            ps.setLong(7, content.length);
            ps.setBytes(8, content);
            ps.setString(9, uploadedBy);
            ps.setTimestamp(10, CampaignTime.nowTimestamp());
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<AttachmentInfo> attachments(long dossierId) {
        return jdbc.query("select " + ATTACHMENT_COLS + " from commendation_attachment where dossier_id = ? order by id",
                ATTACHMENT, dossierId);
    }

    public Optional<byte[]> attachmentContent(long dossierId, long attachmentId) {
        return jdbc.query("select content from commendation_attachment where id = ? and dossier_id = ?",
                (rs, i) -> rs.getBytes(1), attachmentId, dossierId).stream().findFirst();
    }

    public int deleteAttachment(long dossierId, long attachmentId) {
        return jdbc.update("delete from commendation_attachment where id = ? and dossier_id = ?", attachmentId, dossierId);
    }

    // ---- mapping ----

    private static final RowMapper<Dossier> DOSSIER = (rs, i) -> new Dossier(rs.getLong("id"), rs.getLong("unit_id"),
            rs.getInt("campaign_year"), DossierStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
            rs.getString("judgement_note"), rs.getInt("exemplary_branches"), rs.getInt("excellent_members"),
            rs.getObject("reference_date", LocalDate.class), instant(rs, "submitted_at"), rs.getString("closed_reason"));

    private static final RowMapper<Candidate> CANDIDATE = (rs, i) -> new Candidate(rs.getLong("id"), rs.getLong("dossier_id"),
            Award.valueOf(rs.getString("award")), longOrNull(rs, "unit_id"), longOrNull(rs, "member_id"),
            rs.getString("subject_code"), rs.getString("subject_name"), rs.getString("unit_name"),
            EligibilityStatus.valueOf(rs.getString("eligibility")), rs.getString("summary"), rs.getString("explanation"),
            rs.getBoolean("proposed"), rs.getLong("rank_primary"), rs.getLong("rank_secondary"), rs.getString("rank_figures"),
            rs.getString("decision") == null ? null : BlocDecision.valueOf(rs.getString("decision")),
            rs.getString("decision_no"), rs.getObject("decision_date", LocalDate.class));

    private static final RowMapper<AttachmentInfo> ATTACHMENT = (rs, i) -> new AttachmentInfo(rs.getLong("id"),
            rs.getLong("dossier_id"), DossierItem.valueOf(rs.getString("item_code")), longOrNull(rs, "candidate_id"),
            rs.getInt("copies"), rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
            rs.getString("uploaded_by"), instant(rs, "uploaded_at"));

    private static Long longOrNull(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String prefixed(String prefix, String cols) {
        return prefix + cols.replace(", ", ", " + prefix);
    }

    /** The re-rankings C.III.5 required for a member in the years {@code from..to} (table member_rerank_request). */
    public List<MemberHistory.RankingCorrection> rankingCorrections(long memberId, int from, int to) {
        return jdbc.query("select campaign_year, low_count, ballots_collected, previous_category, corrected_category"
                        + " from member_rerank_request where member_id = ? and campaign_year between ? and ? order by campaign_year, id",
                (rs, i) -> new MemberHistory.RankingCorrection(rs.getInt(1), rs.getInt(2), rs.getInt(3),
                        vn.tongket.organization.MemberCategory.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : vn.tongket.organization.MemberCategory.valueOf(rs.getString(5))),
                memberId, from, to);
    }
}
