package vn.tongket.vote;

import vn.tongket.common.CampaignTime;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;
import vn.tongket.vote.VoteViews.*;

/**
 * The confidence vote's use cases on its tables (JDBC, compact rows: no entity per ballot). Callers pass the
 * acting user; access rules are checked here so the REST API and the process share them.
 */
@Service
@Transactional
public class VoteService {

    public static final String SEALED = "SEALED";
    public static final String COUNTED = "COUNTED";
    public static final String ENTRY = "ENTRY";
    public static final String PREPARING = "PREPARING";
    /** "Mỗi chức danh lấy phiếu tín nhiệm tối đa ở 2 nơi" (C.I.1.2). */
    public static final int MAX_PLACES_PER_YEAR = 2;

    private final JdbcTemplate jdbc;
    private final OrganizationService organization;
    private final ConfidenceResultRepository history;
    private final VoteProperties properties;
    private final ConfidenceAssessor assessor;
    private final ZoneId zone = CampaignTime.zone();

    public static final String BOARD_NONE = "NONE";
    public static final String BOARD_PROPOSED = "PROPOSED";
    public static final String BOARD_APPROVED = "APPROVED";
    /** A counting board needs two members at least: clerk A and clerk B are two different persons. */
    public static final int BOARD_MIN = 2;
    public static final int BOARD_MAX = 15;

    private final vn.tongket.calendar.CampaignCalendarService calendars;

    public VoteService(JdbcTemplate jdbc, OrganizationService organization, ConfidenceResultRepository history,
                       VoteProperties properties, ConfidenceAssessor assessor,
                       vn.tongket.calendar.CampaignCalendarService calendars) {
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.organization = organization;
        this.history = history;
        this.properties = properties;
        this.assessor = assessor;
    }

    // ------------------------------------------------------------------ creation (process)

    /** Result of preparing a vote: its id, the candidates printed, and the persons refused (third place). */
    public record Prepared(long voteId, List<String> candidateCodes, List<String> refusals) {
    }

    /**
     * Creates the vote of a unit for a year with candidates and voters from the model (C.II): the bloc's BCH votes
     * on its secretary, deputies and BTV members; a grassroots committee's BCH on its BTV members; a mass
     * organization's BCH on its head and deputies. A person already voted on in 2 other places that year is not
     * printed on this ballot and is reported in {@code refusals}.
     */
    public Prepared prepare(String unitCode, int year, LocalDate voteDate, String processInstanceId) {
        checkYear(year);
        OrgUnit unit = organization.unit(unitCode);
        checkVoteDate(voteDate, year, false);
        Long existing = jdbc.query("select id from vote_conference where unit_id = ? and campaign_year = ?",
                rs -> rs.next() ? rs.getLong(1) : null, unit.getId(), year);
        if (existing != null) {
            throw new ConflictException("unitCode", "Đơn vị " + unit.getName() + " đã có cuộc lấy phiếu tín nhiệm năm " + year);
        }
        List<Position> candidates = candidatePositions(unit);
        if (candidates.isEmpty()) {
            throw new DomainException("unitCode", "Đơn vị " + unit.getName() + " không có chức danh thuộc diện lấy phiếu tín nhiệm");
        }
        String superior = unit.getKind() == UnitKind.BLOC ? CommitteeGroups.ORGANIZATION_BOARD : CommitteeGroups.superiorCommittee(unit);
        Timestamp now = now();
        jdbc.update("insert into vote_conference (unit_id, unit_code, campaign_year, vote_date, status, invalid_mark_scope,"
                        + " voter_group, superior_group, process_instance_id, created_at) values (?,?,?,?,?,?,?,?,?,?)",
                unit.getId(), unit.getCode(), year, voteDate, PREPARING, properties.getInvalidMarkScope().name(),
                CommitteeGroups.executiveCommittee(unit.getCode()), superior, processInstanceId, now);
        long voteId = jdbc.queryForObject("select id from vote_conference where unit_id = ? and campaign_year = ?",
                Long.class, unit.getId(), year);
        List<String> printed = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        int seq = 0;
        for (Position p : candidates) {
            PartyMember m = p.getMember();
            List<TwoPlacesRule.Place> places = ratedPlaces(m);
            if (!TwoPlacesRule.allowed(places, unit.getCode())) {
                List<String> kept = TwoPlacesRule.kept(places).stream().map(TwoPlacesRule.Place::unitName).toList();
                refusals.add("Đồng chí " + m.getFullName() + " (" + m.getCode() + ") được lấy phiếu tín nhiệm năm " + year + " ở "
                        + kept.size() + " nơi (" + String.join(", ", kept) + "): không lấy phiếu ở nơi thứ ba tại "
                        + unit.getName() + " (" + TwoPlacesRule.RULE + ")");
                continue;
            }
            jdbc.update("insert into vote_candidate (vote_id, seq, member_id, member_code, full_name, position_title) values (?,?,?,?,?,?)",
                    voteId, seq++, m.getId(), m.getCode(), m.getFullName(), p.displayTitle() + " " + unit.getName());
            printed.add(m.getCode());
        }
        log(voteId, "system", "CREATE", null, null, "Lập danh sách " + printed.size() + " người được lấy phiếu"
                + (refusals.isEmpty() ? "" : "; từ chối " + refusals.size() + " người (quá 2 nơi)"));
        return new Prepared(voteId, printed, refusals);
    }

    /**
     * Every place where one of the member's current positions is rated (C.II), from the organization model: the
     * input of {@link TwoPlacesRule}, the same whatever votes were already prepared.
     */
    public List<TwoPlacesRule.Place> ratedPlaces(PartyMember m) {
        List<TwoPlacesRule.Place> out = new ArrayList<>();
        for (Position p : organization.currentPositions(m)) {
            OrgUnit u = p.getUnit();
            if (rated(u, p.getRole())) {
                out.add(new TwoPlacesRule.Place(u.getCode(), u.getName(), u.getKind() != UnitKind.MASS_ORGANIZATION,
                        p.getRole().ordinal()));
            }
        }
        return out;
    }

    private static boolean rated(OrgUnit unit, PositionRole r) {
        return switch (unit.getKind()) {
            case BLOC -> r == PositionRole.SECRETARY || r == PositionRole.DEPUTY_SECRETARY || r == PositionRole.STANDING_MEMBER;
            case GRASSROOTS_COMMITTEE -> unit.isHasStandingCommittee() && r.onStandingCommittee();
            case MASS_ORGANIZATION -> r == PositionRole.HEAD || r == PositionRole.DEPUTY_HEAD;
            default -> false;
        };
    }

    private List<Position> candidatePositions(OrgUnit unit) {
        Map<Long, Position> byMember = new LinkedHashMap<>();
        List<Position> current = new ArrayList<>(organization.currentPositions(unit));
        current.sort(java.util.Comparator.comparing((Position p) -> p.getRole().ordinal()));
        for (Position p : current) {
            if (rated(unit, p.getRole())) {
                byMember.putIfAbsent(p.getMember().getId(), p);   // dual posts in one unit: one line, the higher post
            }
        }
        List<Position> out = new ArrayList<>(byMember.values());
        out.sort(java.util.Comparator.comparing((Position p) -> p.getRole().ordinal()).thenComparing(p -> p.getMember().getCode()));
        return out;
    }

    /** Names of the other places where the member is on a ballot that year. */
    public List<String> placesOf(long memberId, int year, long exceptVoteId) {
        return jdbc.queryForList("select u.name from vote_candidate c join vote_conference v on v.id = c.vote_id"
                + " join org_unit u on u.id = v.unit_id where c.member_id = ? and v.campaign_year = ? and v.id <> ? order by u.name",
                String.class, memberId, year, exceptVoteId);
    }

    /** Candidates of this vote voted on in two places whose both counts are done (both votes sealed). */
    @Transactional(readOnly = true)
    public List<String> twoPlaceMembersReady(long voteId) {
        return jdbc.queryForList("select c.member_code from vote_candidate c join vote_candidate o on o.member_id = c.member_id"
                + " and o.vote_id <> c.vote_id join vote_conference v on v.id = c.vote_id join vote_conference ov on ov.id = o.vote_id"
                + " where c.vote_id = ? and ov.campaign_year = v.campaign_year and ov.status = 'SEALED' and v.status = 'SEALED'"
                + " order by c.seq", String.class, voteId);
    }

    /** Refuses a campaign year outside {@code tongket.vote.min-year..max-year} (400 naming the field). */
    public void checkYear(int year) {
        if (year < properties.getMinYear() || year > properties.getMaxYear()) {
            throw new DomainException("campaignYear", "Năm lấy phiếu (campaignYear) phải từ " + properties.getMinYear() + " đến "
                    + properties.getMaxYear() + ", nhận " + year);
        }
    }

    /** The vote date against the calendar (C.III.1, Đ.II.3); see {@link VoteDateRule}. */
    public void checkVoteDate(LocalDate date, int year, boolean moving) {
        LocalDate last = calendars.forYear(year).lastDay(vn.tongket.calendar.Deadline.VOTE_DONE);
        VoteDateRule.check(date, year, properties.earliestVoteMonthDay(), last, today(), moving);
    }

    private LocalDate today() {
        return CampaignTime.today();
    }

    // ------------------------------------------------------------------ counting board (ban kiểm phiếu)

    /** The conference's participants who may sit on the counting board: the voters (the BCH) not on the ballot. */
    @Transactional(readOnly = true)
    public List<PartyMember> boardEligible(long voteId) {
        VoteHeader v = header(voteId);
        Set<String> candidates = new HashSet<>();
        candidates(voteId).forEach(c -> candidates.add(c.memberCode()));
        return organization.executiveCommitteeMembers(organization.unit(v.unitCode())).stream()
                .filter(m -> !candidates.contains(m.getCode())).toList();
    }

    /** A default proposal (the first eligible participants, by code) that the Ban Tổ chức edits. */
    @Transactional(readOnly = true)
    public List<String> defaultBoardProposal(long voteId) {
        return boardEligible(voteId).stream().map(PartyMember::getCode).sorted().limit(3).toList();
    }

    /**
     * The Ban Tổ chức proposes the counting board (C.III.3.1 "đề xuất thành phần nhân sự ban kiểm phiếu"): at least
     * {@link #BOARD_MIN} distinct participants of the conference, never a person on the ballot.
     */
    public List<BoardMember> proposeBoard(long voteId, List<String> codes, Actor actor) {
        VoteHeader v = header(voteId);
        requireNotSealed(v);
        if (!actor.groups().contains(CommitteeGroups.ORGANIZATION_BOARD)) {
            throw new AccessRefusedException("Chỉ Ban Tổ chức Đảng ủy Khối đề xuất thành phần ban kiểm phiếu (HD 22-HD/ĐU, C.III.3.1)");
        }
        if (v.conferenceOpened()) {
            throw new ConflictException("countingBoard", "Hội nghị đã mở: không thay đổi ban kiểm phiếu được nữa");
        }
        List<String> wanted = new ArrayList<>();
        for (String raw : codes == null ? List.<String>of() : codes) {
            String c = raw == null ? "" : raw.trim();
            if (!c.isEmpty() && !wanted.contains(c)) {
                wanted.add(c);
            }
        }
        if (wanted.size() < BOARD_MIN || wanted.size() > BOARD_MAX) {
            throw new DomainException("countingBoard", "Ban kiểm phiếu cần từ " + BOARD_MIN + " đến " + BOARD_MAX
                    + " người khác nhau (hai lượt nhập phiếu do hai người khác nhau), nhận " + wanted.size());
        }
        Set<String> candidates = new HashSet<>();
        candidates(voteId).forEach(c -> candidates.add(c.memberCode()));
        Map<String, PartyMember> eligible = new LinkedHashMap<>();
        organization.executiveCommitteeMembers(organization.unit(v.unitCode())).forEach(m -> eligible.put(m.getCode(), m));
        for (String c : wanted) {
            if (candidates.contains(c)) {
                throw new DomainException("countingBoard", "Đồng chí " + c + " có tên trên phiếu tín nhiệm: không được ở ban kiểm phiếu");
            }
            if (!eligible.containsKey(c)) {
                throw new DomainException("countingBoard", "Mã " + c + " không phải người dự hội nghị (ủy viên ban chấp hành "
                        + v.unitName() + "): ban kiểm phiếu chọn trong thành phần hội nghị");
            }
        }
        jdbc.update("delete from vote_board_member where vote_id = ?", voteId);
        int seq = 0;
        for (String c : wanted) {
            PartyMember m = eligible.get(c);
            jdbc.update("insert into vote_board_member (vote_id, seq, member_id, member_code, full_name) values (?,?,?,?,?)",
                    voteId, seq++, m.getId(), m.getCode(), m.getFullName());
        }
        jdbc.update("update vote_conference set board_status = ?, counting_board = null where id = ?", BOARD_PROPOSED, voteId);
        log(voteId, actor.userId(), "BOARD_PROPOSED", null, null, "Đề xuất ban kiểm phiếu: " + String.join(", ", wanted));
        return board(voteId);
    }

    /**
     * Who presides over the conference and approves the board: the unit's leading committee (C.III.3.1, 3.2); for a
     * mass organization its head ("Trưởng các đoàn thể chủ trì hội nghị lấy phiếu tín nhiệm", C.III.3.3).
     */
    @Transactional(readOnly = true)
    public String presidingHead(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        if (unit.getKind() != UnitKind.MASS_ORGANIZATION) {
            return null;
        }
        return organization.currentPositions(unit).stream().filter(p -> p.getRole() == PositionRole.HEAD)
                .map(p -> p.getMember().getCode()).sorted().findFirst()
                .orElseThrow(() -> new DomainException("unitCode", unit.getName() + " chưa có người đứng đầu (trưởng) để chủ trì hội nghị"));
    }

    /** The presiding body approves (or sends back) the proposed board; returns whether it is approved. */
    public boolean approveBoard(long voteId, boolean approved, Actor actor) {
        VoteHeader v = header(voteId);
        requireNotSealed(v);
        String head = presidingHead(v.unitCode());
        boolean presiding = head != null ? head.equals(actor.userId())
                : actor.groups().contains(CommitteeGroups.leadingCommittee(organization.unit(v.unitCode())));
        if (!presiding) {
            throw new AccessRefusedException("Chỉ " + (head != null ? "người đứng đầu đoàn thể (chủ trì hội nghị, C.III.3.3)"
                    : "tập thể chủ trì hội nghị") + " phê duyệt ban kiểm phiếu");
        }
        if (!BOARD_PROPOSED.equals(v.boardStatus()) && !BOARD_APPROVED.equals(v.boardStatus())) {
            throw new ConflictException("countingBoard", "Chưa có đề xuất ban kiểm phiếu để phê duyệt");
        }
        if (approved) {
            String names = String.join(", ", board(voteId).stream().map(b -> b.fullName() + " (" + b.memberCode() + ")").toList());
            jdbc.update("update vote_conference set board_status = ?, counting_board = ? where id = ?", BOARD_APPROVED, names, voteId);
            log(voteId, actor.userId(), "BOARD_APPROVED", null, null, "Phê duyệt ban kiểm phiếu: " + names);
        } else {
            jdbc.update("delete from vote_board_member where vote_id = ?", voteId);
            jdbc.update("update vote_conference set board_status = ?, counting_board = null where id = ?", BOARD_NONE, voteId);
            log(voteId, actor.userId(), "BOARD_REJECTED", null, null, "Trả lại đề xuất ban kiểm phiếu");
        }
        return approved;
    }

    @Transactional(readOnly = true)
    public List<BoardMember> board(long voteId) {
        return jdbc.query("select seq, member_code, full_name from vote_board_member where vote_id = ? order by seq",
                (rs, i) -> new BoardMember(rs.getInt(1), rs.getString(2), rs.getString(3)), voteId);
    }

    /** The conference is held: ballot entry opens (create listener of the count task). Needs the approved board. */
    public void openConference(long voteId) {
        VoteHeader v = header(voteId);
        if (!BOARD_APPROVED.equals(v.boardStatus())) {
            throw new ConflictException("countingBoard", "Ban kiểm phiếu chưa được phê duyệt: chưa mở hội nghị được");
        }
        if (!v.conferenceOpened()) {
            jdbc.update("update vote_conference set conference_opened_at = ? where id = ?", now(), voteId);
            log(voteId, "system", "OPEN", null, null, "Khai mạc hội nghị lấy phiếu: mở phát, nhập và kiểm phiếu");
        }
    }

    /** The vote run by a process instance (listeners find their record from the process's own id). */
    @Transactional(readOnly = true)
    public long voteIdOfProcess(String processInstanceId) {
        Long id = jdbc.query("select id from vote_conference where process_instance_id = ?",
                rs -> rs.next() ? rs.getLong(1) : null, processInstanceId);
        if (id == null) {
            throw new vn.tongket.organization.UnknownReferenceException("voteId", "Quy trình " + processInstanceId + " không có cuộc lấy phiếu");
        }
        return id;
    }

    // ------------------------------------------------------------------ access (one policy)

    private VoteAccessPolicy.Access access(VoteAccessPolicy.Resource r, VoteHeader v, Actor actor) {
        Set<String> codes = new HashSet<>();
        candidates(v.id()).forEach(c -> codes.add(c.memberCode()));
        boolean boardMember = BOARD_APPROVED.equals(v.boardStatus()) && count(
                "select count(*) from vote_board_member where vote_id = ? and member_code = ?", v.id(), actor.userId()) > 0;
        Set<String> published = new HashSet<>(jdbc.queryForList("select scope_group from vote_publication where vote_id = ?",
                String.class, v.id()));
        return VoteAccessPolicy.decide(r, new VoteAccessPolicy.Subject(actor.userId(), actor.groups(), boardMember),
                new VoteAccessPolicy.VoteScope(v.voterGroup(), v.superiorGroup(), codes, published));
    }

    private VoteAccessPolicy.Access require(VoteAccessPolicy.Resource r, VoteHeader v, Actor actor) {
        VoteAccessPolicy.Access a = access(r, v, actor);
        if (a == VoteAccessPolicy.Access.NONE) {
            throw new AccessRefusedException(VoteAccessPolicy.refusal(r, v.unitName()));
        }
        return a;
    }

    /** For the endpoints' callers and the access-matrix test: what the user gets of one resource of one vote. */
    @Transactional(readOnly = true)
    public VoteAccessPolicy.Access accessOf(VoteAccessPolicy.Resource r, long voteId, Actor actor) {
        return access(r, header(voteId), actor);
    }

    /**
     * Exports with per-person figures of a place (reports): the MINUTES rule for that place's conference, also for
     * counts imported without a vote of ours (voters = the place's BCH, superior = its superior collective).
     */
    @Transactional(readOnly = true)
    public boolean mayExport(long placeUnitId, int year, Actor actor) {
        Long voteId = jdbc.query("select id from vote_conference where unit_id = ? and campaign_year = ?",
                rs -> rs.next() ? rs.getLong(1) : null, placeUnitId, year);
        if (voteId != null) {
            return access(VoteAccessPolicy.Resource.MINUTES, header(voteId), actor) != VoteAccessPolicy.Access.NONE;
        }
        String code = jdbc.query("select code from org_unit where id = ?", rs -> rs.next() ? rs.getString(1) : null, placeUnitId);
        if (code == null) {
            return false;
        }
        OrgUnit place = organization.unit(code);
        String superior = place.getKind() == UnitKind.BLOC ? CommitteeGroups.ORGANIZATION_BOARD : CommitteeGroups.superiorCommittee(place);
        return VoteAccessPolicy.decide(VoteAccessPolicy.Resource.MINUTES,
                new VoteAccessPolicy.Subject(actor.userId(), actor.groups(), false),
                new VoteAccessPolicy.VoteScope(CommitteeGroups.executiveCommittee(place.getCode()), superior, Set.of(), Set.of()))
                != VoteAccessPolicy.Access.NONE;
    }

    /** The competent level (the direct superior collective) publishes the results to a wider group (C.III.4). */
    public void publish(long voteId, String group, String decisionNo, Actor actor) {
        VoteHeader v = header(voteId);
        if (!actor.groups().contains(v.superiorGroup())) {
            throw new AccessRefusedException("Chỉ cấp có thẩm quyền (tập thể lãnh đạo cấp trên trực tiếp, " + v.superiorGroup()
                    + ") quyết định công khai kết quả ở phạm vi khác (HD 22-HD/ĐU, C.III.4)");
        }
        if (!SEALED.equals(v.status())) {
            throw new ConflictException("status", "Chỉ công khai kết quả sau khi đã kiểm phiếu và niêm phong");
        }
        if (group == null || !group.trim().matches("[a-zA-Z0-9][a-zA-Z0-9_.-]{0,79}")) {
            throw new DomainException("group", "Mã nhóm được công khai (group) không hợp lệ");
        }
        if (decisionNo == null || decisionNo.isBlank() || decisionNo.length() > 100) {
            throw new DomainException("decisionNo", "Cần số văn bản quyết định công khai (tối đa 100 ký tự)");
        }
        try {
            jdbc.update("insert into vote_publication (vote_id, scope_group, decision_no, decided_by, decided_at) values (?,?,?,?,?)",
                    voteId, group.trim(), decisionNo.trim(), actor.userId(), now());
        } catch (DuplicateKeyException e) {
            throw new ConflictException("group", "Đã công khai cho nhóm " + group.trim());
        }
        log(voteId, actor.userId(), "PUBLISH", null, null, "Công khai kết quả cho " + group.trim() + " theo " + decisionNo.trim());
    }

    @Transactional(readOnly = true)
    public List<Publication> publications(long voteId) {
        return jdbc.query("select scope_group, decision_no, decided_by from vote_publication where vote_id = ? order by id",
                (rs, i) -> new Publication(rs.getString(1), rs.getString(2), rs.getString(3)), voteId);
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public VoteHeader header(long voteId) {
        List<VoteHeader> list = jdbc.query("select v.*, u.name unit_name, u.kind unit_kind from vote_conference v join org_unit u on u.id = v.unit_id where v.id = ?",
                (rs, i) -> new VoteHeader(rs.getLong("id"), rs.getString("unit_code"), rs.getString("unit_name"), rs.getString("unit_kind"),
                        rs.getInt("campaign_year"), rs.getDate("vote_date").toLocalDate(), rs.getString("status"),
                        InvalidMarkScope.valueOf(rs.getString("invalid_mark_scope")), rs.getString("voter_group"),
                        rs.getString("superior_group"), rs.getString("counting_board"), rs.getString("clerk_a"),
                        rs.getString("clerk_b"), rs.getString("process_instance_id"), rs.getString("board_status"),
                        rs.getTimestamp("conference_opened_at") != null, rs.getInt("foreign_ballots")), voteId);
        if (list.isEmpty()) {
            throw new vn.tongket.organization.UnknownReferenceException("voteId", "Không tìm thấy cuộc lấy phiếu số " + voteId);
        }
        return list.get(0);
    }

    @Transactional(readOnly = true)
    public Long findVoteId(String unitCode, int year) {
        return jdbc.query("select id from vote_conference where unit_code = ? and campaign_year = ?",
                rs -> rs.next() ? rs.getLong(1) : null, unitCode, year);
    }

    @Transactional(readOnly = true)
    public List<CandidateView> candidates(long voteId) {
        return jdbc.query("select seq, member_id, member_code, full_name, position_title from vote_candidate where vote_id = ? order by seq",
                (rs, i) -> new CandidateView(rs.getInt("seq"), rs.getLong("member_id"), rs.getString("member_code"),
                        rs.getString("full_name"), rs.getString("position_title")), voteId);
    }

    /** The header and names for the entry page, for a user who may count. */
    @Transactional(readOnly = true)
    public BallotForm ballotForm(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        require(VoteAccessPolicy.Resource.BOARD_WORK, v, actor);
        String slot = actor.userId().equals(v.clerkA()) ? "A" : actor.userId().equals(v.clerkB()) ? "B" : null;
        int issued = count("select count(*) from vote_serial where vote_id = ?", voteId);
        return new BallotForm(v, candidates(voteId), issued,
                count("select count(*) from vote_ballot_entry where vote_id = ? and clerk = 'A'", voteId),
                count("select count(*) from vote_ballot_entry where vote_id = ? and clerk = 'B'", voteId), slot);
    }

    // ------------------------------------------------------------------ serials, entries, corrections

    public int issueSerials(long voteId, List<String> serials, Actor actor) {
        VoteHeader v = header(voteId);
        requireBoardWork(v, actor);
        Set<String> seen = new HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (String raw : serials) {
            String s = serial(raw);
            if (!seen.add(s)) {
                throw new ConflictException("serials", "Số phiếu " + s + " bị trùng trong danh sách phát");
            }
            rows.add(new Object[] {voteId, s});
        }
        if (rows.isEmpty()) {
            throw new DomainException("serials", "Chưa có số phiếu nào để phát");
        }
        List<String> already = new ArrayList<>();
        for (List<Object[]> chunk : chunks(rows, 500)) {
            String in = String.join(",", chunk.stream().map(r -> "?").toList());
            List<Object> args = new ArrayList<>();
            args.add(voteId);
            chunk.forEach(r -> args.add(r[1]));
            already.addAll(jdbc.queryForList("select serial from vote_serial where vote_id = ? and serial in (" + in + ")",
                    String.class, args.toArray()));
        }
        if (!already.isEmpty()) {
            throw new ConflictException("serials", "Các số phiếu đã phát rồi: " + String.join(", ", already.stream().limit(20).toList()));
        }
        jdbc.batchUpdate("insert into vote_serial (vote_id, serial) values (?,?)", rows);
        if (PREPARING.equals(v.status())) {
            jdbc.update("update vote_conference set status = ? where id = ?", ENTRY, voteId);
        }
        log(voteId, actor.userId(), "ISSUE", null, null, "Phát " + rows.size() + " phiếu: " + rows.get(0)[1] + " … " + rows.get(rows.size() - 1)[1]);
        return rows.size();
    }

    /** One clerk's reading of one ballot; returns the validity verdict for the screen. */
    public EntryResult enter(long voteId, String clerk, BallotInput input, Actor actor) {
        VoteHeader v = header(voteId);
        requireBoardWork(v, actor);
        String slot = clerkSlot(clerk);
        claimSlot(v, slot, actor.userId());
        List<CandidateView> candidates = candidates(voteId);
        Ballot ballot = toBallot(input, candidates);
        Instant at = CampaignTime.now();
        try {
            jdbc.update("insert into vote_ballot_entry (vote_id, clerk, serial, marks, signed, entered_by, entered_at) values (?,?,?,?,?,?,?)",
                    voteId, slot, ballot.serial(), ballot.encodeMarks(), ballot.signed(), actor.userId(), Timestamp.from(at));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("serial", "Phiếu số " + ballot.serial() + " đã được nhập ở lượt " + slot
                    + ": muốn sửa, dùng chức năng sửa phiếu (có ghi vết)");
        }
        reopenIfCounted(v);
        log(voteId, actor.userId(), "ENTER", slot, ballot.serial(), describe(ballot));
        return new EntryResult(ballot.serial(), slot, verdict(v, ballot, candidates));
    }

    /** The counting board's reading after re-checking the paper ballot: replaces both entries, with a trace. */
    public EntryResult correct(long voteId, BallotInput input, String reason, Actor actor) {
        VoteHeader v = header(voteId);
        requireBoardWork(v, actor);
        if (reason == null || reason.isBlank()) {
            throw new DomainException("reason", "Cần ghi lý do sửa phiếu (đã đối chiếu phiếu giấy)");
        }
        List<CandidateView> candidates = candidates(voteId);
        Ballot ballot = toBallot(input, candidates);
        Map<String, String> before = new LinkedHashMap<>();
        jdbc.query("select clerk, marks, signed from vote_ballot_entry where vote_id = ? and serial = ? order by clerk",
                rs -> { before.put(rs.getString(1), rs.getString(2) + (rs.getBoolean(3) ? " (ký tên)" : "")); },
                voteId, ballot.serial());
        Timestamp at = now();
        jdbc.update("delete from vote_ballot_entry where vote_id = ? and serial = ?", voteId, ballot.serial());
        for (String slot : List.of("A", "B")) {
            jdbc.update("insert into vote_ballot_entry (vote_id, clerk, serial, marks, signed, entered_by, entered_at) values (?,?,?,?,?,?,?)",
                    voteId, slot, ballot.serial(), ballot.encodeMarks(), ballot.signed(), actor.userId(), at);
        }
        reopenIfCounted(v);
        log(voteId, actor.userId(), "CORRECT", null, ballot.serial(), "Trước: " + (before.isEmpty() ? "(chưa nhập)" : before)
                + "; sau: " + describe(ballot) + "; lý do: " + reason.trim());
        return new EntryResult(ballot.serial(), "A+B", verdict(v, ballot, candidates));
    }

    /** Every serial where the two clerks' readings differ or only one clerk entered the ballot. */
    @Transactional(readOnly = true)
    public List<Disagreement> disagreements(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        require(VoteAccessPolicy.Resource.BOARD_WORK, v, actor);
        return disagreements(voteId);
    }

    private List<Disagreement> disagreements(long voteId) {
        Map<String, String[]> bySerial = new java.util.TreeMap<>();
        jdbc.query("select a.serial, a.marks, a.signed, b.marks, b.signed from vote_ballot_entry a left join vote_ballot_entry b"
                        + " on b.vote_id = a.vote_id and b.clerk = 'B' and b.serial = a.serial where a.vote_id = ? and a.clerk = 'A'"
                        + " and (b.id is null or b.marks <> a.marks or b.signed <> a.signed)",
                rs -> { bySerial.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(4)}); }, voteId);
        jdbc.query("select b.serial, b.marks from vote_ballot_entry b left join vote_ballot_entry a on a.vote_id = b.vote_id"
                        + " and a.clerk = 'A' and a.serial = b.serial where b.vote_id = ? and b.clerk = 'B' and a.id is null",
                rs -> { bySerial.put(rs.getString(1), new String[] {null, rs.getString(2)}); }, voteId);
        List<Disagreement> out = new ArrayList<>();
        bySerial.forEach((serial, m) -> out.add(new Disagreement(serial,
                m[0] == null ? null : MarksFormat.keysOf(m[0]), m[1] == null ? null : MarksFormat.keysOf(m[1]),
                m[0] == null ? "Chỉ lượt B đã nhập" : m[1] == null ? "Chỉ lượt A đã nhập"
                        : m[0].equals(m[1]) ? "Khác nhau ở chữ ký" : "Hai lượt nhập khác nhau")));
        return out;
    }

    // ------------------------------------------------------------------ tally, seal

    /** Counts the ballots (only when both entries agree) and stores the results with their consequences. */
    public TallyView count(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        requireBoardWork(v, actor);
        if (access(VoteAccessPolicy.Resource.RESULTS, v, actor) != VoteAccessPolicy.Access.FULL) {
            throw new AccessRefusedException(VoteAccessPolicy.refusal(VoteAccessPolicy.Resource.RESULTS, v.unitName()));
        }
        List<CandidateView> candidates = candidates(voteId);
        int issued = count("select count(*) from vote_serial where vote_id = ?", voteId);
        // one pass over clerk A's rows joined (unique index vote_id, clerk, serial) with clerk B's reading and the
        // issued serial: the entries are compared and the agreed ballots counted as the rows stream
        BallotTally tally = new BallotTally(candidates.size(), v.scope());
        // serials are unique per clerk: B has a ballot A lacks exactly when B has more rows than A has matches
        int clerkB = count("select count(*) from vote_ballot_entry where vote_id = ? and clerk = 'B'", voteId);
        int[] differing = {0};
        int[] matched = {0};
        jdbc.query("select a.marks, a.signed, b.marks, b.signed, s.id from vote_ballot_entry a"
                + " left join vote_ballot_entry b on b.vote_id = a.vote_id and b.clerk = 'B' and b.serial = a.serial"
                + " left join vote_serial s on s.vote_id = a.vote_id and s.serial = a.serial"
                + " where a.vote_id = ? and a.clerk = 'A'", rs -> {
            String marks = rs.getString(1);
            String other = rs.getString(3);
            matched[0] += other == null ? 0 : 1;
            if (other == null || !other.equals(marks) || rs.getBoolean(2) != rs.getBoolean(4)) {
                differing[0]++;
            } else if (differing[0] == 0) {
                tally.add(marks, rs.getObject(5) != null);
            }
        }, voteId);
        differing[0] += clerkB - matched[0];
        if (differing[0] > 0) {
            List<String> diffs = disagreements(voteId).stream().map(Disagreement::serial).toList();
            throw new ConflictException("serials", "Hai lượt nhập chưa khớp ở " + diffs.size() + " phiếu: "
                    + String.join(", ", diffs.stream().limit(50).toList())
                    + (diffs.size() > 50 ? ", …" : "") + ". Đối chiếu phiếu giấy và sửa trước khi kiểm phiếu.");
        }
        if (tally.collected() == 0) {
            throw new ConflictException("ballots", "Chưa nhập phiếu nào");
        }
        List<BallotTally.CandidateResult> results;
        try {
            results = tally.results(candidates.stream()
                    .map(c -> new BallotTally.Candidate(c.memberCode(), c.fullName(), c.positionTitle())).toList(), issued);
        } catch (BallotTally.TallyInvariantException e) {
            throw new ConflictException("ballots", e.getMessage());
        }
        jdbc.update("delete from vote_result where vote_id = ?", voteId);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            BallotTally.CandidateResult r = results.get(i);
            CandidateView c = candidates.get(i);
            var assessment = assess(c.memberId(), v.year(), r);
            rows.add(new Object[] {voteId, i, c.memberId(), r.issued(), r.collected(), r.valid(), r.high(), r.medium(), r.low(),
                    r.highPercent(), r.mediumPercent(), r.lowPercent(), assessment.notCompletingTasks(),
                    assessment.outOfSuccessionPlan(), assessment.proposeRelief(), assessment.explanation()});
        }
        jdbc.batchUpdate("insert into vote_result (vote_id, seq, member_id, ballots_issued, ballots_collected, ballots_valid,"
                + " high_count, medium_count, low_count, high_percent, medium_percent, low_percent, not_completing, out_of_plan,"
                + " propose_relief, consequences) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows);
        jdbc.update("update vote_conference set status = ?, counted_at = ?, foreign_ballots = ? where id = ?", COUNTED, now(),
                tally.foreign(), voteId);
        log(voteId, actor.userId(), "COUNT", null, null, "Kiểm phiếu: phát " + issued + ", thu " + tally.collected()
                + ", hợp lệ toàn phiếu " + tally.wholeBallotsValid() + " (phạm vi phiếu hỏng: " + v.scope() + ")"
                + (tally.foreign() == 0 ? "" : "; " + foreignNote(tally.foreign())));
        return storedTally(header(voteId), candidates);
    }

    private ConfidenceConsequences.Assessment assess(long memberId, int year, BallotTally.CandidateResult r) {
        return assessor.assess(memberId, year, r.low(), r.collected());
    }

    /** The warning of the minutes and the log when foreign ballots were found (C.III.2.2: counted as invalid). */
    public static String foreignNote(int foreign) {
        return "Phát hiện " + foreign + " phiếu không do ban kiểm phiếu phát ra: tính vào số phiếu thu về và là phiếu không hợp lệ "
                + "(HD 22-HD/ĐU, C.III.2.2)";
    }

    /** The stored tally, as far as the user may read it (403 otherwise). */
    @Transactional(readOnly = true)
    public TallyView tally(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        List<CandidateView> candidates = candidates(voteId);
        VoteAccessPolicy.Access access = require(VoteAccessPolicy.Resource.RESULTS, v, actor);
        if (!COUNTED.equals(v.status()) && !SEALED.equals(v.status())) {
            throw new ConflictException("status", "Chưa kiểm phiếu");
        }
        TallyView t = storedTally(v, candidates);
        if (access == VoteAccessPolicy.Access.OWN_LINE) {
            return new TallyView(t.vote(), t.lines().stream().filter(l -> l.memberCode().equals(actor.userId())).toList());
        }
        return t;
    }

    /** For the minutes: the full tally, only for FULL readers. */
    @Transactional(readOnly = true)
    public MinutesData minutesData(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        List<CandidateView> candidates = candidates(voteId);
        require(VoteAccessPolicy.Resource.MINUTES, v, actor);
        if (!COUNTED.equals(v.status()) && !SEALED.equals(v.status())) {
            throw new ConflictException("status", "Chưa kiểm phiếu");
        }
        int issued = count("select count(*) from vote_serial where vote_id = ?", voteId);
        int collected = count("select count(*) from vote_ballot_entry where vote_id = ? and clerk = 'A'", voteId);
        return new MinutesData(storedTally(v, candidates), issued, collected, v.foreignBallots(), board(voteId), log(voteId));
    }

    /** The entry log (every ballot's marks): the MINUTES rule. */
    @Transactional(readOnly = true)
    public List<LogLine> log(long voteId, Actor actor) {
        require(VoteAccessPolicy.Resource.MINUTES, header(voteId), actor);
        return log(voteId);
    }

    private TallyView storedTally(VoteHeader v, List<CandidateView> candidates) {
        Map<Long, CandidateView> byMember = new HashMap<>();
        candidates.forEach(c -> byMember.put(c.memberId(), c));
        List<TallyLine> lines = jdbc.query("select * from vote_result where vote_id = ? order by seq", (rs, i) -> {
            CandidateView c = byMember.get(rs.getLong("member_id"));
            return new TallyLine(c.memberCode(), c.fullName(), c.positionTitle(), rs.getInt("ballots_issued"),
                    rs.getInt("ballots_collected"), rs.getInt("ballots_valid"), rs.getInt("high_count"), rs.getBigDecimal("high_percent"),
                    rs.getInt("medium_count"), rs.getBigDecimal("medium_percent"), rs.getInt("low_count"), rs.getBigDecimal("low_percent"),
                    rs.getBoolean("not_completing"), rs.getBoolean("out_of_plan"), rs.getBoolean("propose_relief"), rs.getString("consequences"));
        }, v.id());
        return new TallyView(v, lines);
    }

    /**
     * THE sealing of a vote (the one place where a vote becomes final): no edit afterwards, the counts written into
     * the members' history. A hook for what follows a seal (C.III.5 re-ranking) belongs at the end of this method.
     */
    public void seal(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        requireBoardWork(v, actor);
        if (!COUNTED.equals(v.status())) {
            throw new ConflictException("status", "Phải kiểm phiếu (hai lượt nhập khớp nhau) trước khi niêm phong");
        }
        OrgUnit unit = organization.unit(v.unitCode());
        for (TallyLine l : storedTally(v, candidates(voteId)).lines()) {
            long memberId = organization.member(l.memberCode()).getId();
            history.findByMemberIdAndYear(memberId, v.year()).stream()
                    .filter(h -> h.getPlaceUnitId().equals(unit.getId())).forEach(history::delete);
            history.save(new ConfidenceResultRecord(memberId, v.year(), unit.getId(), l.positionTitle(), l.issued(), l.collected(),
                    l.valid(), l.high(), l.medium(), l.low(), HistorySource.PROCESS));
        }
        jdbc.update("update vote_conference set status = ?, sealed_at = ?, sealed_by = ? where id = ?", SEALED, now(), actor.userId(), voteId);
        log(voteId, actor.userId(), "SEAL", null, null, "Niêm phong phiếu, khóa mọi thay đổi");
    }

    @Transactional(readOnly = true)
    public boolean isSealed(long voteId) {
        return SEALED.equals(header(voteId).status());
    }

    // ------------------------------------------------------------------ information requests, vote date

    public long requestInformation(long voteId, String candidateCode, String question, Actor actor) {
        VoteHeader v = header(voteId);
        requireNotSealed(v);
        if (!actor.admin() && !actor.groups().contains(v.voterGroup())) {
            throw new AccessRefusedException("Chỉ người ghi phiếu (ủy viên ban chấp hành) được đặt yêu cầu cung cấp thông tin");
        }
        if (candidates(voteId).stream().noneMatch(c -> c.memberCode().equals(candidateCode))) {
            throw new DomainException("candidateCode", "Đồng chí có mã " + candidateCode + " không có tên trên phiếu tín nhiệm này");
        }
        if (question == null || question.isBlank()) {
            throw new DomainException("question", "Cần ghi nội dung yêu cầu cung cấp thông tin");
        }
        VoteWindows w = new VoteWindows(v.voteDate(), zone);
        if (!w.requestsOpen(CampaignTime.now())) {
            throw new DomainException("question", "Đã hết hạn đặt yêu cầu cung cấp thông tin: chậm nhất là 15 ngày trước ngày lấy phiếu ("
                    + fmt(w.requestsLastDay()) + ", ngày lấy phiếu " + fmt(v.voteDate()) + ")");
        }
        jdbc.update("insert into vote_information_request (vote_id, candidate_code, requested_by, requested_at, question) values (?,?,?,?,?)",
                voteId, candidateCode, actor.userId(), now(), question.trim());
        log(voteId, actor.userId(), "REQUEST", null, null, "Yêu cầu cung cấp thông tin về " + candidateCode);
        return jdbc.queryForObject("select max(id) from vote_information_request where vote_id = ?", Long.class, voteId);
    }

    public void answerInformation(long voteId, long requestId, String answer, Actor actor) {
        VoteHeader v = header(voteId);
        requireNotSealed(v);
        if (!actor.admin() && !actor.groups().contains(answerGroup(v))) {
            throw new AccessRefusedException("Chỉ cơ quan tổ chức cán bộ (" + answerGroup(v) + ") trả lời yêu cầu cung cấp thông tin");
        }
        VoteWindows w = new VoteWindows(v.voteDate(), zone);
        if (!w.answersOpen(CampaignTime.now())) {
            throw new DomainException("answer", "Đã hết hạn trả lời: chậm nhất 3 ngày trước ngày lấy phiếu (" + fmt(w.answersLastDay()) + ")");
        }
        if (answer == null || answer.isBlank()) {
            throw new DomainException("answer", "Cần ghi nội dung trả lời");
        }
        int n = jdbc.update("update vote_information_request set answer = ?, answered_by = ?, answered_at = ? where id = ? and vote_id = ?",
                answer.trim(), actor.userId(), now(), requestId, voteId);
        if (n == 0) {
            throw new vn.tongket.organization.UnknownReferenceException("requestId", "Không tìm thấy yêu cầu số " + requestId);
        }
        log(voteId, actor.userId(), "ANSWER", null, null, "Trả lời yêu cầu số " + requestId);
    }

    @Transactional(readOnly = true)
    public List<InformationRequest> informationRequests(long voteId, Actor actor) {
        VoteHeader v = header(voteId);
        boolean board = actor.admin() || actor.groups().contains(answerGroup(v));
        return jdbc.query("select * from vote_information_request where vote_id = ? order by id", (rs, i) -> new InformationRequest(
                rs.getLong("id"), rs.getString("candidate_code"), rs.getString("requested_by"), rs.getString("question"),
                rs.getString("answer")), voteId).stream()
                .filter(r -> board || r.requestedBy().equals(actor.userId()) || r.candidateCode().equals(actor.userId())).toList();
    }

    /**
     * Who collects and answers information requests (C.III.2.4.2): the Ban Tổ chức ĐUK for the bloc's BTV and for
     * mass organizations; the committee of a grassroots organization (its BTV) for its own BTV members.
     */
    public static String answerGroup(VoteHeader v) {
        return UnitKind.GRASSROOTS_COMMITTEE.name().equals(v.unitKind())
                ? CommitteeGroups.standingCommittee(v.unitCode()) : CommitteeGroups.ORGANIZATION_BOARD;
    }

    /** Moves the vote date within the calendar (refusal names why); returns a note when the 15-day window has passed. */
    public String moveVoteDate(long voteId, LocalDate newDate, Actor actor) {
        VoteHeader v = header(voteId);
        requireNotSealed(v);
        if (!actor.admin() && !actor.groups().contains(CommitteeGroups.ORGANIZATION_BOARD) && !actor.groups().contains(v.superiorGroup())) {
            throw new AccessRefusedException("Chỉ Ban Tổ chức hoặc cấp ủy cấp trên được dời ngày lấy phiếu");
        }
        if (count("select count(*) from vote_ballot_entry where vote_id = ?", voteId) > 0) {
            throw new ConflictException("voteDate", "Đã nhập phiếu: không dời ngày lấy phiếu được nữa");
        }
        checkVoteDate(newDate, v.year(), true);
        jdbc.update("update vote_conference set vote_date = ? where id = ?", newDate, voteId);
        log(voteId, actor.userId(), "MOVE_DATE", null, null, "Dời ngày lấy phiếu từ " + fmt(v.voteDate()) + " sang " + fmt(newDate));
        return VoteDateRule.requestsWindowNote(newDate, today());
    }

    // ------------------------------------------------------------------ overall judgement (two places, C.III.2.3)

    /**
     * The competent level's overall judgement of a cadre voted on in two places ("việc đánh giá tín nhiệm đối với cán
     * bộ sẽ do cấp có thẩm quyền quyết định, trên cơ sở xem xét tổng thể kết quả phiếu tín nhiệm ở từng nơi"): per person
     * and year, with its reasons; the evaluation and the reports use it instead of the per-place figures.
     */
    public OverallJudgement recordOverallJudgement(long voteId, String memberCode, boolean notCompleting, boolean proposeRelief,
                                                   String reasons, String decisionNo, Actor actor) {
        VoteHeader v = header(voteId);
        String competent = CommitteeGroups.standingCommittee(organization.bloc().getCode());
        if (!actor.groups().contains(competent)) {
            throw new AccessRefusedException("Chỉ cấp có thẩm quyền (Ban Thường vụ Đảng ủy Khối) quyết định đánh giá tín nhiệm chung "
                    + "cho cán bộ lấy phiếu ở 2 nơi (HD 22-HD/ĐU, C.III.2.3)");
        }
        if (!twoPlaceMembersReady(voteId).contains(memberCode)) {
            throw new DomainException("memberCode", "Đồng chí có mã " + memberCode + " không phải cán bộ được lấy phiếu ở 2 nơi "
                    + "đã kiểm phiếu xong trong cuộc lấy phiếu này");
        }
        if (memberCode.equals(actor.userId())) {
            throw new AccessRefusedException("Cán bộ không tự quyết định đánh giá tín nhiệm của mình");
        }
        if (reasons == null || reasons.isBlank() || reasons.length() > 2000) {
            throw new DomainException("reasons", "Cần ghi lý do của đánh giá chung (tối đa 2000 ký tự)");
        }
        if (decisionNo == null || decisionNo.isBlank() || decisionNo.length() > 100) {
            throw new DomainException("decisionNo", "Cần số văn bản kết luận (tối đa 100 ký tự)");
        }
        PartyMember m = organization.member(memberCode);
        jdbc.update("delete from vote_overall_judgement where member_id = ? and campaign_year = ?", m.getId(), v.year());
        jdbc.update("insert into vote_overall_judgement (member_id, member_code, campaign_year, not_completing, propose_relief,"
                        + " reasons, decision_no, decided_by, decided_at) values (?,?,?,?,?,?,?,?,?)", m.getId(), m.getCode(), v.year(),
                notCompleting, proposeRelief, reasons.trim(), decisionNo.trim(), actor.userId(), now());
        log(voteId, actor.userId(), "OVERALL", null, null, "Đánh giá tín nhiệm chung cho " + memberCode + " theo " + decisionNo.trim());
        return overallJudgement(m.getId(), v.year()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public long memberId(String code) {
        return organization.member(code).getId();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<OverallJudgement> overallJudgement(long memberId, int year) {
        return jdbc.query("select * from vote_overall_judgement where member_id = ? and campaign_year = ?", (rs, i) ->
                new OverallJudgement(rs.getString("member_code"), rs.getInt("campaign_year"), rs.getBoolean("not_completing"),
                        rs.getBoolean("propose_relief"), rs.getString("reasons"), rs.getString("decision_no"),
                        rs.getString("decided_by")), memberId, year).stream().findFirst();
    }

    // ------------------------------------------------------------------ helpers

    @Transactional(readOnly = true)
    public List<LogLine> log(long voteId) {
        return jdbc.query("select logged_at, actor, action, clerk, serial, detail from vote_entry_log where vote_id = ? order by id",
                (rs, i) -> new LogLine(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)), voteId);
    }

    private void log(long voteId, String actor, String action, String clerk, String serial, String detail) {
        jdbc.update("insert into vote_entry_log (vote_id, logged_at, actor, action, clerk, serial, detail) values (?,?,?,?,?,?,?)",
                voteId, now(), actor, action, clerk, serial, detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000));
    }

    private void requireNotSealed(VoteHeader v) {
        if (SEALED.equals(v.status())) {
            throw new ConflictException("status", "Phiếu đã niêm phong: không được thay đổi (cuộc lấy phiếu " + v.unitName() + " năm " + v.year() + ")");
        }
    }

    /**
     * Issue, enter, correct, count, seal: a member of the approved counting board, not a candidate, once the
     * conference is held (the count task is open) and before the seal.
     */
    private void requireBoardWork(VoteHeader v, Actor actor) {
        require(VoteAccessPolicy.Resource.BOARD_WORK, v, actor);
        requireNotSealed(v);
        if (!v.conferenceOpened()) {
            throw new ConflictException("status", "Chưa mở nhập phiếu: phát, nhập và kiểm phiếu chỉ sau khi ban kiểm phiếu được phê "
                    + "duyệt và hội nghị lấy phiếu khai mạc (cuộc lấy phiếu " + v.unitName() + " năm " + v.year() + ")");
        }
    }

    private void claimSlot(VoteHeader v, String slot, String user) {
        String owner = "A".equals(slot) ? v.clerkA() : v.clerkB();
        String other = "A".equals(slot) ? v.clerkB() : v.clerkA();
        if (user.equals(other)) {
            throw new ConflictException("clerk", "Hai lượt nhập phải do hai người khác nhau: " + user + " đã nhập lượt "
                    + ("A".equals(slot) ? "B" : "A"));
        }
        if (owner == null) {
            jdbc.update("update vote_conference set clerk_" + slot.toLowerCase() + " = ? where id = ? and clerk_" + slot.toLowerCase()
                    + " is null", user, v.id());
            String now = jdbc.queryForObject("select clerk_" + slot.toLowerCase() + " from vote_conference where id = ?", String.class, v.id());
            if (!user.equals(now)) {
                throw new ConflictException("clerk", "Lượt nhập " + slot + " đã do " + now + " đảm nhận");
            }
        } else if (!owner.equals(user)) {
            throw new ConflictException("clerk", "Lượt nhập " + slot + " đã do " + owner + " đảm nhận");
        }
    }

    private void reopenIfCounted(VoteHeader v) {
        if (COUNTED.equals(v.status()) || PREPARING.equals(v.status())) {
            jdbc.update("update vote_conference set status = ? where id = ?", ENTRY, v.id());
        }
    }

    private static String clerkSlot(String clerk) {
        String c = clerk == null ? "" : clerk.trim().toUpperCase();
        if (!c.equals("A") && !c.equals("B")) {
            throw new DomainException("clerk", "Lượt nhập phải là A hoặc B");
        }
        return c;
    }

    static String serial(String raw) {
        String s = raw == null ? "" : raw.trim();
        if (!s.matches("[A-Za-z0-9-]{1,20}")) {
            throw new DomainException("serial", "Số phiếu “" + raw + "” không hợp lệ (chữ, số, gạch nối; tối đa 20 ký tự)");
        }
        return s;
    }

    private Ballot toBallot(BallotInput input, List<CandidateView> candidates) {
        if (input.marks() == null || input.marks().size() != candidates.size()) {
            throw new DomainException("marks", "Phiếu có " + candidates.size() + " người: cần đúng " + candidates.size()
                    + " ô đánh dấu, nhận " + (input.marks() == null ? 0 : input.marks().size()));
        }
        List<CandidateMark> marks = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            marks.add(MarksFormat.parse(input.marks().get(i), candidates.get(i).fullName()));
        }
        return new Ballot(serial(input.serial()), marks, input.otherText(), input.signed());
    }

    private BallotValidity.Verdict verdict(VoteHeader v, Ballot ballot, List<CandidateView> candidates) {
        boolean issued = count("select count(*) from vote_serial where vote_id = ? and serial = ?", v.id(), ballot.serial()) > 0;
        return new BallotValidity(v.scope()).check(ballot, issued, candidates.stream().map(CandidateView::fullName).toList());
    }

    private static String describe(Ballot b) {
        return "[" + String.join("|", b.marks().stream().map(MarksFormat::keys).toList()) + "]"
                + (b.otherTextAdded() ? " ghi thêm ngoài danh sách" : "") + (b.signed() ? " có ký tên" : "");
    }

    private int count(String sql, Object... args) {
        Integer n = jdbc.queryForObject(sql, Integer.class, args);
        return n == null ? 0 : n;
    }

    private static Timestamp now() {
        return CampaignTime.nowTimestamp();
    }

    static String fmt(LocalDate d) {
        return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    private static <T> List<List<T>> chunks(List<T> list, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            out.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return out;
    }
}
