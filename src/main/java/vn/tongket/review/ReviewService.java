package vn.tongket.review;

import vn.tongket.common.CampaignTime;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitKind;
import vn.tongket.review.ReviewPlaces.Phase;
import vn.tongket.review.ReviewPlaces.PlaceKind;
import vn.tongket.review.ReviewPlaces.Slot;

/** The review's use cases: plan a reviewing body's review from the organization model and record its results. */
@Service
@Transactional
public class ReviewService {

    /** What the process needs to know after planning (ids and small values only). */
    public record Plan(long sessionId, String unitName, String committeeGroup, String superiorGroup, String head,
                       boolean hasCollectiveReview, Long collectiveItemId, Map<String, String> deputies,
                       Map<Phase, Integer> phaseSizes, int cellCount) {
    }

    /** One review (person or collective, in one place) as the process tasks need it. */
    public record ItemView(long id, String memberCode, String subject, String chair, String placeGroup,
                           String placeName, boolean selfReviewSubmitted) {
    }

    public record CellView(String cellCode, String cellName, String reporter) {
    }

    private final OrganizationService organization;
    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final PositionRepository positions;
    private final ReviewSessionRepository sessions;
    private final ReviewItemRepository items;
    private final SelfReviewRepository selfReviews;
    private final CellReportRepository cellReports;
    private final MemberRankingRepository rankings;

    public ReviewService(OrganizationService organization, OrgUnitRepository units, PartyMemberRepository members,
                         PositionRepository positions, ReviewSessionRepository sessions, ReviewItemRepository items,
                         SelfReviewRepository selfReviews, CellReportRepository cellReports,
                         MemberRankingRepository rankings) {
        this.organization = organization;
        this.units = units;
        this.members = members;
        this.positions = positions;
        this.sessions = sessions;
        this.items = items;
        this.selfReviews = selfReviews;
        this.cellReports = cellReports;
        this.rankings = rankings;
    }

    // ---- planning ----

    /** Groups allowed to start the review of a unit: its committees, the Ban Tổ chức, administrators. */
    public static List<String> startingGroups(OrgUnit unit) {
        return List.of(CommitteeGroups.leadingCommittee(unit), CommitteeGroups.executiveCommittee(unit.getCode()),
                CommitteeGroups.standingCommittee(unit.getCode()), CommitteeGroups.branchCommittee(unit.getCode()),
                CommitteeGroups.ORGANIZATION_BOARD, CommitteeGroups.ADMIN);
    }

    /** Refuses a start by a user outside the unit's committees, the Ban Tổ chức and administrators. */
    @Transactional(readOnly = true)
    public void checkMayStart(String unitCode, String userId, Collection<String> groups) {
        OrgUnit unit = organization.unit(unitCode);
        if (userId != null && (groups == null || groups.stream().noneMatch(startingGroups(unit)::contains))) {
            throw new AccessRefusedException("Chỉ cấp ủy của " + unit.getName()
                    + ", Ban Tổ chức Đảng ủy Khối hoặc quản trị viên được bắt đầu kiểm điểm của đơn vị này");
        }
    }

    public Plan plan(String unitCode, int year, String processInstanceId, boolean replaceEnded) {
        OrgUnit unit = organization.unit(unitCode);
        if (unit.getKind() == UnitKind.CELL) {
            throw new DomainException("unitCode", "Tổ đảng " + unit.getName() + " kiểm điểm trong đợt kiểm điểm của chi bộ "
                    + unit.getParent().getName() + ": hãy bắt đầu kiểm điểm của chi bộ");
        }
        sessions.findByUnitCodeAndYear(unitCode, year).ifPresent(old -> {
            if (!replaceEnded) {
                throw new ConflictException("unitCode", "Kiểm điểm năm " + year + " của " + unit.getName() + " đã được bắt đầu");
            }
            cellReports.deleteBySession(old.getId());
            items.deleteBySession(old.getId());
            sessions.delete(old);
            sessions.flush();
        });
        ReviewPlaces places = snapshot();
        Map<String, PartyMember> byCode = new HashMap<>();
        members.findAllCurrent().forEach(m -> byCode.put(m.getCode(), m));
        boolean collective = places.hasCollectiveReview(unitCode);
        String head = places.headOf(unitCode).orElse(null);
        ReviewSession session = new ReviewSession(unitCode, unit.getName(), year, collective,
                CommitteeGroups.leadingCommittee(unit), CommitteeGroups.superiorCommittee(unit), head, now());
        session.setProcessInstanceId(processInstanceId);
        session = sessions.save(session);

        Long collectiveItemId = null;
        int seq = 0;
        if (collective) {
            ReviewItem c = new ReviewItem(session.getId(), ReviewItem.COLLECTIVE_PHASE, 0, seq++, null, null,
                    unit.getKind().isBranch() ? PlaceKind.BRANCH.name() : PlaceKind.COMMITTEE.name(), unitCode,
                    collectiveName(unit), session.getCommitteeGroup(), ReviewPlaces.Rank.HEAD.name());
            c.setChairCode(head);
            collectiveItemId = items.save(c).getId();
        }
        Map<Phase, Integer> sizes = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            sizes.put(p, 0);
        }
        List<ReviewItem> planned = new ArrayList<>();
        for (Slot slot : places.reviewedBy(unitCode)) {
            PartyMember m = byCode.get(slot.memberCode());
            int index = sizes.merge(slot.phase(), 1, Integer::sum) - 1;
            ReviewItem item = new ReviewItem(session.getId(), slot.phase().name(), index, seq++, slot.memberCode(),
                    m == null ? slot.memberCode() : m.getFullName(), slot.place().kind().name(), slot.place().unitCode(),
                    placeName(places, slot.place()), placeGroup(places, slot.place()), slot.rank().name());
            item.setChairCode(places.chairOf(slot, null).orElse(null));
            planned.add(item);
        }
        items.saveAll(planned);
        List<String> cells = unit.getKind().isBranch() ? places.cellsReviewedIn(unitCode) : List.of();
        for (String cell : cells) {
            ReviewPlaces.Unit cu = places.unit(cell);
            String reporter = places.headOf(cell).orElse(head);
            cellReports.save(new CellReport(session.getId(), cell, cu.name(), reporter));
        }
        Map<String, String> deputies = new LinkedHashMap<>();
        for (String d : places.deputiesOf(unitCode)) {
            PartyMember m = byCode.get(d);
            deputies.put(d, m == null ? d : m.getFullName());
        }
        return new Plan(session.getId(), unit.getName(), session.getCommitteeGroup(), session.getSuperiorGroup(), head,
                collective, collectiveItemId, deputies, sizes, cells.size());
    }

    private ReviewPlaces snapshot() {
        List<ReviewPlaces.Unit> us = units.findByActiveTrueOrderByCode().stream()
                .map(u -> new ReviewPlaces.Unit(u.getCode(), u.getName(), u.getKind(),
                        u.getParent() == null ? null : u.getParent().getCode(), u.isHasStandingCommittee()))
                .toList();
        List<ReviewPlaces.Member> ms = members.findAllCurrent().stream()
                .map(m -> new ReviewPlaces.Member(m.getCode(), m.getFullName(), m.getUnit().getCode(),
                        m.getCell() == null ? null : m.getCell().getCode()))
                .toList();
        List<ReviewPlaces.Post> ps = positions.findAllCurrent().stream()
                .map(p -> new ReviewPlaces.Post(p.getMember().getCode(), p.getUnit().getCode(), p.getRole()))
                .toList();
        return new ReviewPlaces(us, ms, ps);
    }

    private static String collectiveName(OrgUnit unit) {
        if (unit.getKind().isBranch()) {
            return "Chi ủy " + unit.getName();
        }
        return (unit.isHasStandingCommittee() ? "Ban Thường vụ " : "Ban Chấp hành ") + unit.getName();
    }

    private static String placeName(ReviewPlaces places, ReviewPlaces.Place place) {
        ReviewPlaces.Unit u = places.unit(place.unitCode());
        return switch (place.kind()) {
            case COMMITTEE -> (u.kind() == UnitKind.GRASSROOTS_COMMITTEE || !u.hasStandingCommittee()
                    ? "Ban Chấp hành " : "Ban Thường vụ ") + u.name();
            case AGENCY_LEADERSHIP -> "Tập thể lãnh đạo cơ quan (" + u.name() + ")";
            case BRANCH, CELL -> u.name();
        };
    }

    private static String placeGroup(ReviewPlaces places, ReviewPlaces.Place place) {
        ReviewPlaces.Unit u = places.unit(place.unitCode());
        return switch (place.kind()) {
            case COMMITTEE -> u.kind() == UnitKind.GRASSROOTS_COMMITTEE || !u.hasStandingCommittee()
                    ? CommitteeGroups.executiveCommittee(u.code()) : CommitteeGroups.standingCommittee(u.code());
            case AGENCY_LEADERSHIP -> CommitteeGroups.agencyLeadership(u.code());
            case BRANCH -> CommitteeGroups.branchCommittee(u.code());
            case CELL -> CommitteeGroups.branchCommittee(u.parentCode());
        };
    }

    /** Groups that may read the review report of a unit: its committees, the superior committee, the Ban Tổ chức. */
    @Transactional(readOnly = true)
    public List<String> reportReaders(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        return List.of(CommitteeGroups.leadingCommittee(unit), CommitteeGroups.executiveCommittee(unit.getCode()),
                CommitteeGroups.standingCommittee(unit.getCode()), CommitteeGroups.branchCommittee(unit.getCode()),
                CommitteeGroups.superiorCommittee(unit), CommitteeGroups.ORGANIZATION_BOARD);
    }

    // ---- collective review ----

    public void saveDraft(long sessionId, String draft) {
        session(sessionId).setReportDraft(required(draft, "collectiveReportDraft", "Báo cáo kiểm điểm tập thể"));
    }

    public void recordDistribution(long sessionId, Instant at) {
        session(sessionId).setDistributedAt(local(at));
    }

    public void saveFocusPoints(long sessionId, String text) {
        session(sessionId).setFocusPoints(text);
    }

    public void saveMeeting(long sessionId, Instant meetingAt) {
        session(sessionId).setMeetingAt(local(meetingAt));
    }

    /** The collective assigns a deputy to chair the head's own review (A.I.3.3.b). */
    public void assignHeadChair(long sessionId, String deputyCode) {
        ReviewSession s = session(sessionId);
        if (deputyCode == null || deputyCode.isBlank()) {
            return;
        }
        OrgUnit unit = organization.unit(s.getUnitCode());
        boolean deputy = positions.findCurrentByUnit(unit.getId()).stream()
                .anyMatch(p -> p.getMember().getCode().equals(deputyCode) && isDeputyRole(p));
        if (!deputy) {
            throw new DomainException("headReviewChair", "Người chủ trì kiểm điểm người đứng đầu phải là một đồng chí cấp phó của "
                    + s.getUnitName());
        }
        s.setHeadChairCode(deputyCode);
        for (ReviewItem i : items.findBySessionIdOrderBySeq(sessionId)) {
            if (!i.isCollective() && i.getMemberCode().equals(s.getHeadCode()) && i.getPlaceUnitCode().equals(s.getUnitCode())
                    && !PlaceKind.AGENCY_LEADERSHIP.name().equals(i.getPlaceKind())) {
                i.setChairCode(deputyCode);
            }
        }
    }

    private static boolean isDeputyRole(Position p) {
        return p.getRole() == vn.tongket.organization.PositionRole.DEPUTY_SECRETARY
                || p.getRole() == vn.tongket.organization.PositionRole.DEPUTY_HEAD;
    }

    // ---- individual reviews ----

    public ItemView prepareItem(long sessionId, String phase, int index) {
        ReviewItem i = items.findBySessionIdAndPhaseAndPhaseIndex(sessionId, phase, index)
                .orElseThrow(() -> new IllegalStateException("No review item " + phase + "#" + index + " in session " + sessionId));
        i.setStatus(ReviewItem.Status.IN_PROGRESS);
        return view(i, session(sessionId).getYear());
    }

    @Transactional(readOnly = true)
    public ItemView item(long itemId) {
        ReviewItem i = item0(itemId);
        return view(i, session(i.getSessionId()).getYear());
    }

    private ItemView view(ReviewItem i, int year) {
        boolean submitted = !i.isCollective() && selfReviews.findByMemberCodeAndYear(i.getMemberCode(), year).isPresent();
        return new ItemView(i.getId(), i.getMemberCode(), i.subject(), i.getChairCode(), i.getPlaceGroup(), i.getPlaceName(), submitted);
    }

    /** Stores the member's one self-review of the year (again if corrected) and their self-ranking for the ranking. */
    public void saveSelfReview(String memberCode, int year, Map<String, Object> form) {
        MemberCategory category = category(form.get("selfCategory"));
        SelfReview r = selfReviews.findByMemberCodeAndYear(memberCode, year).orElseGet(() -> new SelfReview(memberCode, year));
        r.setPoliticalIdeology(required(form.get("srPoliticalIdeology"), "srPoliticalIdeology", "Về tư tưởng chính trị"));
        r.setEthicsLifestyle(required(form.get("srEthicsLifestyle"), "srEthicsLifestyle", "Về phẩm chất đạo đức, lối sống"));
        r.setDuties(required(form.get("srDuties"), "srDuties", "Về thực hiện chức trách, nhiệm vụ"));
        r.setDisciplineAwareness(required(form.get("srDiscipline"), "srDiscipline", "Về ý thức tổ chức kỷ luật"));
        r.setLeaderPoints(text(form.get("srLeaderPoints")));
        r.setFixesSincePrevious(text(form.get("srFixes")));
        r.setSelfCategory(category);
        r.setSubmittedAt(now());
        selfReviews.save(r);
        PartyMember m = organization.member(memberCode);
        MemberRankingRecord rec = rankings.findByMemberIdAndYear(m.getId(), year)
                .orElseGet(() -> new MemberRankingRecord(m.getId(), year, HistorySource.PROCESS));
        rec.setSelfCategory(category);
        rankings.save(rec);
    }

    /** The member's self-review as read-only form fields ({@code sr*}) for the review meeting's form. */
    @Transactional(readOnly = true)
    public Map<String, Object> selfReviewFields(String memberCode, int year) {
        Map<String, Object> out = new LinkedHashMap<>();
        selfReviews.findByMemberCodeAndYear(memberCode, year).ifPresent(r -> {
            out.put("srPoliticalIdeology", r.getPoliticalIdeology());
            out.put("srEthicsLifestyle", r.getEthicsLifestyle());
            out.put("srDuties", r.getDuties());
            out.put("srDiscipline", r.getDisciplineAwareness());
            out.put("srLeaderPoints", r.getLeaderPoints());
            out.put("srFixes", r.getFixesSincePrevious());
            out.put("selfCategory", r.getSelfCategory().name());
            out.put("srConclusions", r.getChairConclusions());
        });
        return out;
    }

    @Transactional(readOnly = true)
    public boolean hasSelfReview(String memberCode, int year) {
        return selfReviews.findByMemberCodeAndYear(memberCode, year).isPresent();
    }

    /** The chair reported signs of violation: the superior committee decides (A.I.3.3, "Lưu ý"). */
    public void flag(long itemId, String chairNote) {
        ReviewItem i = item0(itemId);
        i.setViolationSigns(true);
        i.setStatus(ReviewItem.Status.FLAGGED);
        if (chairNote != null && !chairNote.isBlank()) {
            i.setConclusion(chairNote);
        }
    }

    public void recordDecision(long itemId, boolean paused, String instruction) {
        ReviewItem i = item0(itemId);
        i.setPaused(paused);
        i.setStatus(paused ? ReviewItem.Status.PAUSED : ReviewItem.Status.IN_PROGRESS);
        i.setSuperiorInstruction(text(instruction));
    }

    public void recordInspection(long itemId, String conclusion) {
        item0(itemId).setInspectionConclusion(required(conclusion, "inspectionConclusion", "Kết luận kiểm tra"));
    }

    /** The chair's conclusion, appended to the member's self-review; for the collective, its final report too. */
    public void conclude(long itemId, String conclusion, String discipline, String finalReport) {
        ReviewItem i = item0(itemId);
        ReviewSession s = session(i.getSessionId());
        i.setConclusion(required(conclusion, "itemConclusion", "Kết luận của người chủ trì"));
        i.setDiscipline(text(discipline));
        i.setPaused(false);
        i.setStatus(ReviewItem.Status.CONCLUDED);
        i.setConcludedAt(now());
        if (i.isCollective()) {
            if (finalReport != null && !finalReport.isBlank()) {
                s.setFinalReport(finalReport);
            }
            return;
        }
        String text = i.getDiscipline() == null ? i.getConclusion()
                : i.getConclusion() + " — Xem xét kỷ luật: " + i.getDiscipline();
        selfReviews.findByMemberCodeAndYear(i.getMemberCode(), s.getYear()).ifPresent(r -> r.appendConclusion(i.getPlaceName(), text));
    }

    // ---- cells ----

    @Transactional(readOnly = true)
    public CellView cell(long sessionId, int index) {
        CellReport c = cellReports.findBySessionIdOrderByCellCode(sessionId).get(index);
        return new CellView(c.getCellCode(), c.getCellName(), c.getReporterCode());
    }

    public void saveCellReport(long sessionId, String cellCode, String report) {
        CellReport c = cellReports.findBySessionIdOrderByCellCode(sessionId).stream()
                .filter(x -> x.getCellCode().equals(cellCode)).findFirst()
                .orElseThrow(() -> new DomainException("cellCode", "Không có tổ đảng " + cellCode + " trong đợt kiểm điểm này"));
        c.setReport(required(report, "cellReport", "Báo cáo kết quả kiểm điểm của tổ đảng"));
        c.setReportedAt(now());
    }

    // ---- deadline and report ----

    /** What is late at the deadline, and who: a short text for the superior committee's task (also stored). */
    public String lateSummary(long sessionId, int maxLines) {
        ReviewSession s = session(sessionId);
        List<ReviewItem> open = items.findBySessionIdOrderBySeq(sessionId).stream()
                .filter(i -> i.getStatus() != ReviewItem.Status.CONCLUDED).toList();
        StringBuilder sb = new StringBuilder();
        if (s.isHasCollectiveReview() && s.getMeetingAt() == null) {
            sb.append("- Kiểm điểm tập thể chưa họp (").append(s.getDistributedAt() == null
                    ? "báo cáo chưa gửi các ủy viên" : "chưa xếp lịch họp").append(")\n");
        }
        int shown = 0;
        for (ReviewItem i : open) {
            if (shown++ == maxLines) {
                sb.append("… và ").append(open.size() - maxLines).append(" trường hợp khác\n");
                break;
            }
            sb.append("- ").append(i.subject()).append(" tại ").append(i.getPlaceName()).append(": ")
                    .append(statusLabel(i.getStatus())).append('\n');
        }
        String text = sb.length() == 0 ? "Không có nội dung trễ hạn" : "Chưa hoàn thành " + open.size()
                + " nội dung kiểm điểm của " + s.getUnitName() + ":\n" + sb;
        s.setLateSummary(text);
        return text;
    }

    static String statusLabel(ReviewItem.Status status) {
        return switch (status) {
            case PLANNED -> "chưa đến lượt kiểm điểm";
            case IN_PROGRESS -> "đang kiểm điểm";
            case FLAGGED -> "có dấu hiệu vi phạm, chờ cấp ủy cấp trên chỉ đạo";
            case PAUSED -> "tạm dừng, chờ kết luận kiểm tra";
            case CONCLUDED -> "đã kết luận";
        };
    }

    public void markReported(long sessionId) {
        session(sessionId).setReportedAt(now());
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public ReviewSession session(String unitCode, int year) {
        return sessions.findByUnitCodeAndYear(unitCode, year)
                .orElseThrow(() -> new vn.tongket.organization.UnknownReferenceException("unitCode",
                        "Chưa có kiểm điểm năm " + year + " của đơn vị " + unitCode));
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> items(long sessionId) {
        return items.findBySessionIdOrderBySeq(sessionId);
    }

    @Transactional(readOnly = true)
    public List<CellReport> cellReports(long sessionId) {
        return cellReports.findBySessionIdOrderByCellCode(sessionId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<SelfReview> selfReview(String memberCode, int year) {
        return selfReviews.findByMemberCodeAndYear(memberCode, year);
    }

    ReviewSession session(long id) {
        return sessions.findById(id).orElseThrow(() -> new IllegalStateException("No review session " + id));
    }

    private ReviewItem item0(long id) {
        return items.findById(id).orElseThrow(() -> new IllegalStateException("No review item " + id));
    }

    private static MemberCategory category(Object value) {
        if (value == null || value.toString().isBlank()) {
            throw new DomainException("selfCategory", "Chưa chọn mức tự xếp loại");
        }
        try {
            return MemberCategory.valueOf(value.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException("selfCategory", "Mức tự xếp loại không hợp lệ: " + value);
        }
    }

    private static String required(Object value, String field, String label) {
        String s = text(value);
        if (s == null) {
            throw new DomainException(field, "Chưa nhập: " + label);
        }
        return s;
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static LocalDateTime local(Instant t) {
        return t == null ? null : LocalDateTime.ofInstant(t, ReviewTexts.ZONE);
    }

    private static LocalDateTime now() {
        return CampaignTime.nowLocal();
    }
}
