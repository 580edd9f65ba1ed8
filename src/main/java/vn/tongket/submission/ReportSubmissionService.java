package vn.tongket.submission;

import vn.tongket.common.CampaignTime;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarService;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.report.ReportFiles;

/**
 * The submissions of {@code ReportSubmissionProcess}: one row per unit, year and kind in {@code report_submission},
 * its route in {@code report_submission_hop}, its document in {@code report_submission_file}. Every step finds its
 * row by the engine's process instance id and checks the actor against the organization model (the identity
 * groups synced from it), never against process variables.
 */
@Service
public class ReportSubmissionService {

    public static final String DRAFT = "DRAFT";
    public static final String SENT = "SENT";
    public static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    private static final DateTimeFormatter DMY = CampaignTime.DATE;

    /** One submission as stored. */
    public record Submission(long id, String unitCode, int year, SubmissionKind kind, String senderGroup, Instant deadline,
                             String status, Instant sentAt, String sentBy, boolean late, Instant lateRecordedAt,
                             Instant acknowledgedAt, String processInstanceId) {
    }

    /** One receiving body of a submission. */
    public record Hop(int hopNo, String group, String name, Instant acknowledgedAt, String acknowledgedBy, String note) {
    }

    /** What the process needs after preparing: routing and the texts its forms show. */
    public record Prepared(long submissionId, String senderGroup, int receiverCount, String deadlineIso, String dueIso,
                           String title, String unitName, String receiverNames, String deadlineText, String rule) {
    }

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final CampaignCalendarService calendars;
    private final SubmissionDocuments documents;
    private final IdentityService identity;

    public ReportSubmissionService(JdbcTemplate jdbc, OrganizationService organization, CampaignCalendarService calendars,
                                   SubmissionDocuments documents, IdentityService identity) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.calendars = calendars;
        this.documents = documents;
        this.identity = identity;
    }

    /** Creates (or takes over, for a restarted instance) the submission of the unit, year and kind. */
    @Transactional
    public Prepared prepare(String unitCode, Integer year, Object reportKind, String processInstanceId) {
        if (unitCode == null || unitCode.isBlank()) {
            throw new DomainException("unitCode", "Thiếu mã đơn vị gửi báo cáo (unitCode)");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw new DomainException("campaignYear", "Năm tổng kết không hợp lệ: " + year);
        }
        SubmissionKind kind = SubmissionKind.parse(reportKind);
        OrgUnit unit = organization.unit(unitCode);
        if (kind == SubmissionKind.CONFERENCE && !unit.getKind().isGrassroots()) {
            throw new DomainException("unitCode", "Hội nghị tổng kết và báo cáo tổng kết là của đảng bộ, chi bộ cơ sở (Đ.II.2); "
                    + unit.getName() + " là " + unit.getKind().label());
        }
        ReportRoute route = ReportRoute.of(unit, kind);
        CampaignCalendar cal = calendars.forYear(year);
        ZonedDateTime lateFrom = cal.lateFrom(kind.deadline());
        Optional<Submission> existing = find(unitCode, year, kind);
        long id;
        if (existing.isPresent()) {
            Submission s = existing.get();
            if (!DRAFT.equals(s.status())) {
                throw new ConflictException("reportKind", kind.title() + " năm " + year + " của " + unit.getName() + " đã được gửi");
            }
            id = s.id();
            jdbc.update("delete from report_submission_hop where submission_id = ?", id);
            jdbc.update("update report_submission set sender_group = ?, deadline_at = ?, process_instance_id = ? where id = ?",
                    route.senderGroup(), Timestamp.from(lateFrom.toInstant()), processInstanceId, id);
        } else {
            jdbc.update("insert into report_submission (unit_code, campaign_year, report_kind, sender_group, deadline_at, status,"
                            + " created_at, process_instance_id) values (?, ?, ?, ?, ?, ?, ?, ?)", unit.getCode(), year, kind.name(),
                    route.senderGroup(), Timestamp.from(lateFrom.toInstant()), DRAFT, now(), processInstanceId);
            id = find(unitCode, year, kind).orElseThrow().id();
        }
        for (int i = 0; i < route.receivers().size(); i++) {
            ReportRoute.Hop h = route.receivers().get(i);
            jdbc.update("insert into report_submission_hop (submission_id, hop_no, receiver_group, receiver_name) values (?, ?, ?, ?)",
                    id, i, h.group(), h.name());
        }
        return new Prepared(id, route.senderGroup(), route.receivers().size(), CampaignCalendar.iso(lateFrom),
                CampaignCalendar.iso(cal.due(kind.deadline())), kind.title(), unit.getName(), route.receiverNames(),
                (kind.deadline().mode() == vn.tongket.calendar.DeadlineMode.BEFORE ? "trước ngày " : "chậm nhất ngày ")
                        + DMY.format(cal.written(kind.deadline()).date()), kind.rule());
    }

    /** (Re)generates the PDF and xlsx of the submission of this process instance from the current data. */
    @Transactional
    public void generate(String processInstanceId) {
        Submission s = byProcess(processInstanceId);
        if (ACKNOWLEDGED.equals(s.status())) {
            throw new ConflictException("status", "Báo cáo đã được tiếp nhận: không lập lại văn bản");
        }
        store(s, documents.render(s, hops(s.id()), ReportFiles.Format.PDF), ReportFiles.Format.PDF);
        store(s, documents.render(s, hops(s.id()), ReportFiles.Format.XLSX), ReportFiles.Format.XLSX);
    }

    /** The sending committee sends: its right from the organization model, the document generated again, late recorded. */
    @Transactional
    public Submission send(String processInstanceId, String userId, Object note) {
        Submission s = byProcess(processInstanceId);
        if (!DRAFT.equals(s.status())) {
            throw new ConflictException("status", "Báo cáo đã được gửi");
        }
        OrgUnit unit = organization.unit(s.unitCode());
        ReportRoute route = ReportRoute.of(unit, s.kind());
        requireMember(userId, route.senderGroup(), "Chỉ " + route.senderName() + " được gửi báo cáo của đơn vị");
        String text = note(note, "senderNote");
        documents.requireContent(s);
        Instant at = nowInstant();
        boolean late = !at.isBefore(s.deadline());
        jdbc.update("update report_submission set status = ?, sent_at = ?, sent_by = ?, sender_note = ?, late = ? where id = ?",
                SENT, Timestamp.from(at), userId, text, late || s.late(), s.id());
        generate(processInstanceId); // the document sent: the current figures, stamped with the sending date
        return byProcess(processInstanceId);
    }

    /** The deadline passed before sending: recorded against the unit (the task stays open). */
    @Transactional
    public void recordLate(String processInstanceId) {
        Submission s = byProcess(processInstanceId);
        if (DRAFT.equals(s.status())) {
            jdbc.update("update report_submission set late = ?, late_recorded_at = ? where id = ?", true, now(), s.id());
        }
    }

    /** The group of the next receiving body: the first hop not yet acknowledged (the engine's id finds the row). */
    @Transactional(readOnly = true)
    public String nextReceiverGroup(String processInstanceId) {
        Submission s = byProcess(processInstanceId);
        return hops(s.id()).stream().filter(h -> h.acknowledgedAt() == null).findFirst()
                .orElseThrow(() -> new ConflictException("hop", "Mọi nơi nhận đã xác nhận báo cáo")).group();
    }

    @Transactional(readOnly = true)
    public int receiverCount(String processInstanceId) {
        return hops(byProcess(processInstanceId).id()).size();
    }

    /** The next receiving body acknowledges; the user must be in its group in the organization model. */
    @Transactional
    public Hop acknowledge(String processInstanceId, String userId, Object received, Object note) {
        Submission s = byProcess(processInstanceId);
        if (!SENT.equals(s.status())) {
            throw new ConflictException("status", "Báo cáo chưa được gửi hoặc đã được tiếp nhận xong");
        }
        Hop next = hops(s.id()).stream().filter(h -> h.acknowledgedAt() == null).findFirst()
                .orElseThrow(() -> new ConflictException("hop", "Mọi nơi nhận đã xác nhận báo cáo"));
        requireMember(userId, next.group(), "Chỉ " + next.name() + " được xác nhận đã nhận báo cáo này");
        if (!Boolean.TRUE.equals(received)) {
            throw new DomainException("received", "Cần đánh dấu “Đã nhận báo cáo” để xác nhận");
        }
        jdbc.update("update report_submission_hop set acknowledged_at = ?, acknowledged_by = ?, receiver_note = ?"
                        + " where submission_id = ? and hop_no = ?",
                now(), userId, note(note, "receiverNote"), s.id(), next.hopNo());
        return hops(s.id()).get(next.hopNo());
    }

    /** Every receiving body acknowledged: the submission is complete. */
    @Transactional
    public void close(String processInstanceId) {
        Submission s = byProcess(processInstanceId);
        if (hops(s.id()).stream().anyMatch(h -> h.acknowledgedAt() == null)) {
            throw new ConflictException("hop", "Còn nơi nhận chưa xác nhận báo cáo");
        }
        jdbc.update("update report_submission set status = ?, acknowledged_at = ? where id = ?", ACKNOWLEDGED, now(), s.id());
    }

    /** The stored document, for a user the confidentiality of its contents allows ({@link SubmissionAccess}). */
    @Transactional(readOnly = true)
    public byte[] file(long submissionId, ReportFiles.Format format, CurrentUser user) {
        Submission s = byId(submissionId);
        OrgUnit unit = organization.unit(s.unitCode());
        if (!SubmissionAccess.mayDownload(s.kind(), unit, ReportRoute.of(unit, s.kind()), user.userId(), user.groups(), user.isAdmin())) {
            throw new AccessRefusedException(s.kind() == SubmissionKind.VOTE_RESULTS
                    ? "Kết quả lấy phiếu tín nhiệm chỉ công bố với thành phần ghi phiếu, tập thể lãnh đạo cấp trên trực tiếp và"
                    + " cá nhân cán bộ được lấy phiếu (C.III.4): văn bản báo cáo chỉ dành cho cấp ủy gửi và cấp trên trực tiếp"
                    : "Văn bản báo cáo chỉ dành cho cấp ủy gửi và các nơi nhận trên đường báo cáo");
        }
        return jdbc.query("select content from report_submission_file where submission_id = ? and format = ?",
                        (rs, i) -> rs.getBytes(1), s.id(), format.name()).stream().findFirst()
                .orElseThrow(() -> new DomainException("format", "Văn bản báo cáo chưa được lập"));
    }

    @Transactional(readOnly = true)
    public Optional<Submission> find(String unitCode, int year, SubmissionKind kind) {
        return jdbc.query("select * from report_submission where unit_code = ? and campaign_year = ? and report_kind = ?",
                this::map, unitCode, year, kind.name()).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<Submission> ofYear(int year) {
        return jdbc.query("select * from report_submission where campaign_year = ? order by unit_code, report_kind", this::map, year);
    }

    @Transactional(readOnly = true)
    public Submission byId(long id) {
        return jdbc.query("select * from report_submission where id = ?", this::map, id).stream().findFirst()
                .orElseThrow(() -> new DomainException("submissionId", "Không tìm thấy báo cáo " + id));
    }

    @Transactional(readOnly = true)
    public Submission byProcess(String processInstanceId) {
        return jdbc.query("select * from report_submission where process_instance_id = ?", this::map, processInstanceId)
                .stream().findFirst()
                .orElseThrow(() -> new DomainException("processInstanceId", "Không tìm thấy báo cáo của quy trình này"));
    }

    @Transactional(readOnly = true)
    public List<Hop> hops(long submissionId) {
        return jdbc.query("select * from report_submission_hop where submission_id = ? order by hop_no", (rs, i) -> new Hop(
                rs.getInt("hop_no"), rs.getString("receiver_group"), rs.getString("receiver_name"), instant(rs.getTimestamp("acknowledged_at")),
                rs.getString("acknowledged_by"), rs.getString("receiver_note")), submissionId);
    }

    private void requireMember(String userId, String group, String message) {
        if (userId == null || identity.createUserQuery().userId(userId).memberOfGroup(group).count() == 0) {
            throw new AccessRefusedException(message);
        }
    }

    private static String note(Object note, String field) {
        if (note == null) {
            return null;
        }
        if (!(note instanceof String s)) {
            throw new DomainException(field, "Ghi chú phải là văn bản");
        }
        if (s.length() > 1000) {
            throw new DomainException(field, "Ghi chú quá dài (tối đa 1000 ký tự)");
        }
        return s.isBlank() ? null : s.trim();
    }

    private void store(Submission s, byte[] content, ReportFiles.Format format) {
        jdbc.update("delete from report_submission_file where submission_id = ? and format = ?", s.id(), format.name());
        jdbc.update("insert into report_submission_file (submission_id, format, content, generated_at) values (?, ?, ?, ?)",
                s.id(), format.name(), content, now());
    }

    private Submission map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Submission(rs.getLong("id"), rs.getString("unit_code"), rs.getInt("campaign_year"),
                SubmissionKind.valueOf(rs.getString("report_kind")), rs.getString("sender_group"), instant(rs.getTimestamp("deadline_at")),
                rs.getString("status"), instant(rs.getTimestamp("sent_at")), rs.getString("sent_by"), rs.getBoolean("late"),
                instant(rs.getTimestamp("late_recorded_at")), instant(rs.getTimestamp("acknowledged_at")), rs.getString("process_instance_id"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Instant nowInstant() {
        return CampaignTime.now();
    }

    private static Timestamp now() {
        return Timestamp.from(nowInstant());
    }

}
