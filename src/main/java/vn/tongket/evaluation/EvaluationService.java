package vn.tongket.evaluation;

import vn.tongket.common.CampaignTime;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.common.ReviewConclusionSource;
import vn.tongket.common.ReviewConclusionSource.ReviewConclusion;
import vn.tongket.identity.CurrentUser;
import vn.tongket.identity.GroupMembership;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.Position;
import vn.tongket.organization.UnknownReferenceException;

/** Evaluations of leadership collectives and cadres: gathering inputs, texts, the decision, access. */
@Service
@Transactional
public class EvaluationService {

    static final ZoneId ZONE = CampaignTime.zone();

    private final OrganizationService organization;
    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final MemberRankingRepository rankings;
    private final ConfidenceResultRepository confidence;
    private final ObjectProvider<ReviewConclusionSource> reviews;
    private final LeaderEvaluationRepository evaluations;
    private final LeaderEvaluationEntryRepository entries;
    private final GroupMembership membership;
    private final EvaluationAccess access;
    private final vn.tongket.vote.ConfidenceJudgements judgements;

    public EvaluationService(OrganizationService organization, OrgUnitRepository units, PartyMemberRepository members,
                             MemberRankingRepository rankings, ConfidenceResultRepository confidence,
                             ObjectProvider<ReviewConclusionSource> reviews, LeaderEvaluationRepository evaluations,
                             LeaderEvaluationEntryRepository entries, GroupMembership membership,
                             EvaluationAccess access, vn.tongket.vote.ConfidenceJudgements judgements) {
        this.membership = membership;
        this.access = access;
        this.judgements = judgements;
        this.organization = organization;
        this.units = units;
        this.members = members;
        this.rankings = rankings;
        this.confidence = confidence;
        this.reviews = reviews;
        this.evaluations = evaluations;
        this.entries = entries;
    }

    /** What the process needs to route its tasks (ids and group ids only; never the evaluation's content). */
    public record Routing(Long evaluationId, boolean cadre, String collectiveGroup, String branchGroup,
                          String decidingGroup, String acknowledgeUsers) {
    }

    // ---------------------------------------------------------------- targets

    /** Every collective and cadre to evaluate under a root unit (the bloc, or one grassroots unit), collectives first. */
    @Transactional(readOnly = true)
    public List<EvaluationTarget> targets(String rootUnitCode) {
        OrgUnit root = organization.unit(rootUnitCode);
        List<EvaluationTarget> collectives = new ArrayList<>();
        List<EvaluationTarget> cadres = new ArrayList<>();
        for (OrgUnit u : organization.subtree(root)) {
            if (EvaluationScope.evaluatedCollective(u)) {
                collectives.add(new EvaluationTarget(u.getCode(), null));
            }
            organization.currentPositions(u).stream().filter(EvaluationScope::evaluatedPost)
                    .sorted(Comparator.comparing(Position::getRole))
                    .map(p -> new EvaluationTarget(u.getCode(), p.getMember().getCode()))
                    .filter(t -> !cadres.contains(t))
                    .forEach(cadres::add);
        }
        collectives.addAll(cadres);
        return collectives;
    }

    // ---------------------------------------------------------------- gathering

    /** Creates (or refreshes, when the gathering is retried) the evaluation and gathers its inputs. */
    public Routing gather(String unitCode, String memberCode, int year, String processInstanceId) {
        OrgUnit unit = organization.unit(unitCode);
        OrgUnit bloc = organization.bloc();
        boolean cadre = memberCode != null && !memberCode.isBlank();
        String key = cadre ? new EvaluationTarget(unitCode, memberCode).businessKey(year) : unitCode + ":" + year;
        LeaderEvaluation e = evaluations.findBySubjectKey(key).orElse(null);
        if (e != null && e.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("memberCode", "Đã có kết quả đánh giá năm " + year + " cho " + key);
        }
        if (cadre) {
            PartyMember m = organization.member(memberCode);
            Position post = organization.currentPositions(m).stream()
                    .filter(p -> p.getUnit().getId().equals(unit.getId()) && EvaluationScope.evaluatedPost(p))
                    .min(Comparator.comparing(Position::getRole))
                    .orElseThrow(() -> new DomainException("memberCode", "Đồng chí " + m.getFullName()
                            + " không giữ chức vụ thuộc diện đánh giá cán bộ lãnh đạo tại " + unit.getName()));
            if (e == null) {
                e = new LeaderEvaluation(key, year, SubjectKind.CADRE, unit.getId(), m.getId(), now());
            }
            e.setPositionRole(post.getRole());
            e.setPositionTitle(post.displayTitle());
            e.setCollectiveGroup(EvaluationScope.collectiveGroupOf(post));
            e.setBranchGroup(EvaluationScope.branchGroupOf(m.getUnit()));
            EvaluationScope.DecidingBody body = EvaluationScope.decidingBodyOf(post, bloc, organization.grassrootsOf(unit));
            e.setDecidingGroup(body.group());
            e.setDecidingLevel(body.name());
            e.setProcessInstanceId(processInstanceId);
            e = evaluations.save(e);
            gatherMemberInputs(e, m, year);
            return new Routing(e.getId(), true, e.getCollectiveGroup(), e.getBranchGroup(), e.getDecidingGroup(), m.getCode());
        }
        if (!EvaluationScope.evaluatedCollective(unit)) {
            throw new DomainException("unitCode", unit.getName() + " không phải tổ chức cơ sở đảng hay đoàn thể "
                    + "trực thuộc: tập thể lãnh đạo không thuộc diện Đảng ủy Khối đánh giá");
        }
        List<PartyMember> committee = unit.isHasStandingCommittee() ? organization.standingCommitteeMembers(unit)
                : organization.executiveCommitteeMembers(unit);
        if (committee.isEmpty()) {
            throw new DomainException("unitCode", unit.getName() + " chưa có thành viên cấp ủy trong mô hình tổ chức");
        }
        if (e == null) {
            e = new LeaderEvaluation(key, year, SubjectKind.COLLECTIVE, unit.getId(), null, now());
        }
        e.setCollectiveGroup(CommitteeGroups.leadingCommittee(unit));
        EvaluationScope.DecidingBody body = EvaluationScope.decidingBodyOf(unit, bloc);
        e.setDecidingGroup(body.group());
        e.setDecidingLevel(body.name());
        e.setProcessInstanceId(processInstanceId);
        e = evaluations.save(e);
        String users = String.join(",", committee.stream().map(PartyMember::getCode).toList());
        return new Routing(e.getId(), false, e.getCollectiveGroup(), null, e.getDecidingGroup(), users);
    }

    private void gatherMemberInputs(LeaderEvaluation e, PartyMember m, int year) {
        MemberRankingRecord ranking = rankings.findByMemberIdAndYear(m.getId(), year).orElse(null);
        e.setSelfCategory(ranking == null ? null : ranking.getSelfCategory());
        e.setRankingCategory(ranking == null ? null
                : ranking.getFinalCategory() != null ? ranking.getFinalCategory() : ranking.getBranchCategory());

        List<ConfidenceResultRecord> votes = confidence.findByMemberIdAndYear(m.getId(), year);
        int collected = 0, high = 0, medium = 0, low = 0;
        List<String> consequences = new ArrayList<>();
        for (ConfidenceResultRecord v : votes) {
            collected += v.getBallotsCollected();
            high += v.getHighCount();
            medium += v.getMediumCount();
            low += v.getLowCount();
            // C.III.5 through the vote's one implementation (the same text as the minutes and the reports)
            consequences.add(placeName(v.getPlaceUnitId()) + ": " + judgements.assess(v).summary());
        }
        boolean overHalf = judgements.notCompleting(m.getId(), year, votes);
        judgements.overall(m.getId(), year).ifPresent(j -> consequences.add(0, vn.tongket.vote.ConfidenceJudgements.describe(j)));
        e.setVotePlaces(votes.size());
        e.setBallotsCollected(collected);
        e.setHighCount(high);
        e.setMediumCount(medium);
        e.setLowCount(low);
        e.setLowOverHalf(overHalf);
        e.setVoteConsequence(consequences.isEmpty() ? null : truncate(String.join("; ", consequences), 500));

        entries.deleteByEvaluationIdAndStep(e.getId(), EntryStep.REVIEW_CONCLUSION);
        ReviewConclusionSource source = reviews.getIfAvailable();
        List<ReviewConclusion> conclusions = source == null ? List.of() : source.conclusionsOf(m.getCode(), year);
        for (ReviewConclusion c : conclusions) {
            String text = c.paused() ? "Tạm dừng kiểm điểm" : Objects.requireNonNullElse(c.conclusion(), "");
            if (text.isBlank()) {
                text = "(chưa có kết luận)";
            }
            entries.save(new LeaderEvaluationEntry(e.getId(), EntryStep.REVIEW_CONCLUSION, null, c.placeName(),
                    truncate(text, LeaderEvaluationEntry.MAX_LENGTH), c.selfRanking(), now()));
        }
        e.setReviewCount(conclusions.size());
        e.setReviewPaused(conclusions.stream().anyMatch(ReviewConclusion::paused));
    }

    // ---------------------------------------------------------------- steps

    /** Saves the text of a step (replacing an earlier one) for the person or group whose step it is. */
    public void writeEntry(Long evaluationId, EntryStep step, String content, String proposedCategory, CurrentUser user) {
        LeaderEvaluation e = find(evaluationId);
        if (!step.writable()) {
            throw new DomainException("step", "Không thể nhập " + step.label() + ": dữ liệu được tổng hợp tự động");
        }
        if (!mayWrite(e, step, user)) {
            throw new AccessRefusedException("Không có quyền nhập " + step.label().toLowerCase() + " cho đánh giá này");
        }
        if (e.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("step", "Đánh giá đã có kết quả, không thể sửa nội dung");
        }
        if (content == null || content.isBlank()) {
            throw new DomainException("content", "Chưa nhập nội dung " + step.label().toLowerCase());
        }
        if (content.length() > LeaderEvaluationEntry.MAX_LENGTH) {
            throw new DomainException("content", "Nội dung quá dài (tối đa " + LeaderEvaluationEntry.MAX_LENGTH + " ký tự)");
        }
        recordEntry(e.getId(), step, content, proposedCategory, user.userId());
    }

    /**
     * Saves a step's text without the author checks of {@link #writeEntry} (for the simulation and imports; never
     * exposed over REST). Replaces an earlier text of the same step.
     */
    public void recordEntry(Long evaluationId, EntryStep step, String content, String proposedCategory, String author) {
        String proposed = proposedCategory == null || proposedCategory.isBlank() ? null
                : LeaderCategory.parse(proposedCategory).name();
        String text = content.trim();
        entries.deleteByEvaluationIdAndStep(evaluationId, step);
        entries.save(new LeaderEvaluationEntry(evaluationId, step, author, null,
                truncate(text, LeaderEvaluationEntry.MAX_LENGTH), proposed, now()));
    }

    // ---------------------------------------------------------------- decisions taken on the process's tasks

    /**
     * The evaluation a process instance works on: the one the gathering created for it (our table), never an id
     * taken from a variable. A variable {@code evaluationId} that names another evaluation is refused.
     */
    @Transactional(readOnly = true)
    public LeaderEvaluation ofProcess(String processInstanceId, Object evaluationIdVariable) {
        LeaderEvaluation e = evaluations.findByProcessInstanceId(processInstanceId).orElseThrow(() ->
                new UnknownReferenceException("evaluationId", "Quy trình " + processInstanceId
                        + " chưa có bản đánh giá (bước tổng hợp chưa chạy)"));
        if (evaluationIdVariable != null && !String.valueOf(e.getId()).equals(String.valueOf(evaluationIdVariable).trim())) {
            throw new AccessRefusedException("Mã bản đánh giá " + evaluationIdVariable
                    + " không phải bản đánh giá của quy trình này: không ghi nhận");
        }
        return e;
    }

    /** The routing of a process's tasks, from our table and the organization model (BPMN expressions). */
    @Transactional(readOnly = true)
    public Routing routing(String processInstanceId) {
        LeaderEvaluation e = ofProcess(processInstanceId, null);
        if (e.getKind() == SubjectKind.CADRE) {
            return new Routing(e.getId(), true, e.getCollectiveGroup(), e.getBranchGroup(), e.getDecidingGroup(),
                    memberCode(e.getMemberId()));
        }
        OrgUnit unit = units.findById(e.getUnitId()).orElseThrow();
        List<PartyMember> committee = unit.isHasStandingCommittee() ? organization.standingCommitteeMembers(unit)
                : organization.executiveCommitteeMembers(unit);
        return new Routing(e.getId(), false, e.getCollectiveGroup(), null, e.getDecidingGroup(),
                String.join(",", committee.stream().map(PartyMember::getCode).toList()));
    }

    /**
     * Refuses to leave a step whose text was not written, or by someone whose step it is not (task listener on
     * complete). {@code userId} null: the engine's own call (no authenticated user).
     */
    @Transactional(readOnly = true)
    public void requireEntry(String processInstanceId, Object evaluationIdVariable, EntryStep step, String userId) {
        LeaderEvaluation e = ofProcess(processInstanceId, evaluationIdVariable);
        if (userId != null && !mayWrite(e, step, membership.asCurrentUser(userId))) {
            throw new AccessRefusedException("Đồng chí không có quyền hoàn thành bước " + step.label().toLowerCase()
                    + " của bản đánh giá này");
        }
        if (e.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("step", "Đánh giá đã có kết quả, không thể hoàn thành lại bước "
                    + step.label().toLowerCase());
        }
        requireEntry(e.getId(), step);
    }

    /** Refuses to leave a step whose text was not written. */
    @Transactional(readOnly = true)
    public void requireEntry(Long evaluationId, EntryStep step) {
        if (!entries.existsByEvaluationIdAndStep(evaluationId, step)) {
            throw new DomainException("content", "Chưa nhập " + step.label().toLowerCase()
                    + " tại trang Đánh giá cán bộ (/evaluation/index.html) trước khi hoàn thành công việc");
        }
    }

    /**
     * The competent level's decision on the process's own evaluation: only a member (organization model, now) of
     * the deciding body, never the evaluated cadre, only while the evaluation is open; refuses a category the votes
     * forbid (more than half LOW). {@code userId} null: the engine's own call.
     */
    public LeaderCategory decide(String processInstanceId, Object evaluationIdVariable, Object categoryCode, String userId) {
        LeaderEvaluation e = ofProcess(processInstanceId, evaluationIdVariable);
        checkDecider(e, userId);
        return decide(e, categoryCode, userId);
    }

    void checkDecider(LeaderEvaluation e, String userId) {
        if (e.getStatus() != EvaluationStatus.OPEN) {
            throw new ConflictException("leaderCategory", "Bản đánh giá " + e.getSubjectKey() + " đã có kết quả ("
                    + e.getStatus().label() + "): không thể đánh giá, xếp loại lại");
        }
        if (userId == null) {
            return;
        }
        if (e.getMemberId() != null && memberCode(e.getMemberId()).equals(userId)) {
            throw new AccessRefusedException("Cán bộ không tự đánh giá, xếp loại chính mình: việc này do "
                    + e.getDecidingLevel() + " quyết định");
        }
        if (!membership.isMember(userId, e.getDecidingGroup())) {
            throw new AccessRefusedException("Chỉ thành viên " + e.getDecidingLevel()
                    + " được đánh giá, xếp loại bản đánh giá này");
        }
    }

    /** The decision on an evaluation found by id (the simulation; never exposed over REST). */
    public LeaderCategory decide(Long evaluationId, Object categoryCode, String userId) {
        LeaderEvaluation e = find(evaluationId);
        checkDecider(e, userId);
        return decide(e, categoryCode, userId);
    }

    private LeaderCategory decide(LeaderEvaluation e, Object categoryCode, String userId) {
        LeaderCategory category = LeaderCategory.parse(categoryCode);
        if (e.getKind() == SubjectKind.CADRE) {
            List<LeaderCategoryRule.VoteFigures> votes = confidence.findByMemberIdAndYear(e.getMemberId(), e.getYear())
                    .stream().map(v -> new LeaderCategoryRule.VoteFigures(placeName(v.getPlaceUnitId()),
                            v.getLowCount(), v.getBallotsCollected())).toList();
            var overall = judgements.overall(e.getMemberId(), e.getYear());
            if (overall.isEmpty()) {
                LeaderCategoryRule.check(category, votes);
            } else if (overall.get().notCompletingTasks() && category != LeaderCategory.NOT_COMPLETED) {
                // a cadre voted in two places: the competent level's overall judgement decides (C.III.2.3)
                throw new DomainException("leaderCategory", "Không thể xếp loại \"" + category.label() + "\": "
                        + vn.tongket.vote.ConfidenceJudgements.describe(overall.get()) + " (HD 22-HD/ĐU, C.III.2.3 và C.III.5)");
            }
        }
        e.setCategory(category);
        e.setDecidedBy(userId);
        e.setDecidedAt(now());
        e.setStatus(EvaluationStatus.DECIDED);
        return category;
    }

    /**
     * The person (cadre) or a member of the collective acknowledges the decided result of the process's own
     * evaluation. {@code userId} null: the engine's own call.
     */
    public void acknowledge(String processInstanceId, Object evaluationIdVariable, String userId) {
        LeaderEvaluation e = ofProcess(processInstanceId, evaluationIdVariable);
        if (e.getStatus() != EvaluationStatus.DECIDED) {
            throw new ConflictException("acknowledged", "Bản đánh giá " + e.getSubjectKey() + " chưa có kết quả hoặc đã "
                    + "được nhận thông báo (" + e.getStatus().label() + ")");
        }
        if (userId != null) {
            boolean own = e.getKind() == SubjectKind.CADRE ? memberCode(e.getMemberId()).equals(userId)
                    : membership.isMember(userId, e.getCollectiveGroup());
            if (!own) {
                throw new AccessRefusedException("Chỉ người được đánh giá (hoặc thành viên tập thể được đánh giá) "
                        + "nhận thông báo kết quả này");
            }
        }
        e.setAcknowledgedBy(userId);
        e.setAcknowledgedAt(now());
        e.setStatus(EvaluationStatus.ACKNOWLEDGED);
    }

    public void remind(Long evaluationId) {
        LeaderEvaluation e = find(evaluationId);
        e.setReminderCount(e.getReminderCount() + 1);
    }

    /** 20/01/N+1 passed without a decision. */
    public void markLate(Long evaluationId) {
        LeaderEvaluation e = find(evaluationId);
        if (e.getStatus() == EvaluationStatus.OPEN) {
            e.setLate(true);
        }
    }

    /** 30/01/N+1 passed without a decision: missing from the report to the BTV. */
    public void markReportLate(Long evaluationId) {
        LeaderEvaluation e = find(evaluationId);
        if (e.getStatus() == EvaluationStatus.OPEN) {
            e.setReportLate(true);
        }
    }

    // ---------------------------------------------------------------- reading (confidential)

    /** One text as shown to a reader. */
    public record EntryView(String step, String stepLabel, String author, String placeName, String content,
                            String proposedCategory, LocalDateTime createdAt) {
    }

    /** The whole evaluation, for the readers allowed (the cadre, the deciding body, Ban Tổ chức, admin). */
    public record EvaluationView(Long id, String subjectKey, int year, String kind, String unitCode, String unitName,
                                 String memberCode, String memberName, String positionTitle, String decidingLevel,
                                 String selfCategory, String rankingCategory, int votePlaces, int ballotsCollected,
                                 int highCount, int mediumCount, int lowCount, boolean lowOverHalf,
                                 String voteConsequence, int reviewCount, boolean reviewPaused, String category,
                                 String categoryLabel, String status, boolean late, boolean reportLate,
                                 LocalDateTime decidedAt, LocalDateTime acknowledgedAt, List<EntryView> entries) {
    }

    @Transactional(readOnly = true)
    public EvaluationView view(Long evaluationId, CurrentUser user) {
        LeaderEvaluation e = find(evaluationId);
        if (!mayRead(e, user)) {
            throw new AccessRefusedException("Kết quả đánh giá cán bộ là tài liệu mật: chỉ cán bộ được đánh giá, "
                    + "cấp có thẩm quyền, Ban Tổ chức và quản trị viên được xem");
        }
        return toView(e);
    }

    /** The evaluations of a year the user may read. */
    @Transactional(readOnly = true)
    public List<EvaluationView> readable(int year, CurrentUser user) {
        return evaluations.findByYearOrderBySubjectKey(year).stream().filter(e -> mayRead(e, user)).map(this::toView).toList();
    }

    public boolean mayRead(LeaderEvaluation e, CurrentUser user) {
        return access.mayRead(e.getDecidingGroup(), e.getMemberId() == null ? null : memberCode(e.getMemberId()), user);
    }

    boolean mayWrite(LeaderEvaluation e, EntryStep step, CurrentUser user) {
        boolean cadre = e.getKind() == SubjectKind.CADRE;
        return switch (step) {
            case SELF_ASSESSMENT -> cadre && memberCode(e.getMemberId()).equals(user.userId());
            case COLLECTIVE_COMMENT -> cadre && user.inGroup(e.getCollectiveGroup());
            case BRANCH_COMMENT -> cadre && user.inGroup(e.getBranchGroup());
            case COLLECTIVE_REPORT -> !cadre && user.inGroup(e.getCollectiveGroup());
            // the competent level, never the cadre himself (a cadre may sit on the body that decides on him)
            case DECISION -> user.inGroup(e.getDecidingGroup())
                    && !(cadre && memberCode(e.getMemberId()).equals(user.userId()));
            case REVIEW_CONCLUSION -> false;
        };
    }

    private EvaluationView toView(LeaderEvaluation e) {
        OrgUnit unit = units.findById(e.getUnitId()).orElseThrow();
        PartyMember m = e.getMemberId() == null ? null : members.findById(e.getMemberId()).orElseThrow();
        Map<EntryStep, LeaderEvaluationEntry> latest = new LinkedHashMap<>();
        List<EntryView> texts = new ArrayList<>();
        for (LeaderEvaluationEntry x : entries.findByEvaluationIdOrderById(e.getId())) {
            latest.put(x.getStep(), x);
            texts.add(new EntryView(x.getStep().name(), x.getStep().label(), x.getAuthor(), x.getPlaceName(),
                    x.getContent(), x.getProposedCategory(), x.getCreatedAt()));
        }
        return new EvaluationView(e.getId(), e.getSubjectKey(), e.getYear(), e.getKind().name(), unit.getCode(),
                unit.getName(), m == null ? null : m.getCode(), m == null ? null : m.getFullName(), e.getPositionTitle(),
                e.getDecidingLevel(), e.getSelfCategory() == null ? null : e.getSelfCategory().label(),
                e.getRankingCategory() == null ? null : e.getRankingCategory().label(), e.getVotePlaces(),
                e.getBallotsCollected(), e.getHighCount(), e.getMediumCount(), e.getLowCount(), e.isLowOverHalf(),
                e.getVoteConsequence(), e.getReviewCount(), e.isReviewPaused(),
                e.getCategory() == null ? null : e.getCategory().name(),
                e.getCategory() == null ? null : e.getCategory().label(), e.getStatus().name(), e.isLate(),
                e.isReportLate(), e.getDecidedAt(), e.getAcknowledgedAt(), texts);
    }

    @Transactional(readOnly = true)
    public LeaderEvaluation find(Long id) {
        return evaluations.findById(id)
                .orElseThrow(() -> new UnknownReferenceException("evaluationId", "Không tìm thấy bản đánh giá số " + id));
    }

    private String memberCode(Long memberId) {
        return members.findById(memberId).map(PartyMember::getCode).orElse("");
    }

    private String placeName(Long unitId) {
        return units.findById(unitId).map(OrgUnit::getName).orElse("#" + unitId);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    static LocalDateTime now() {
        return CampaignTime.nowLocal();
    }
}
