package vn.tongket.commendation;

import vn.tongket.common.CampaignTime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.calendar.CampaignCalendarService;
import vn.tongket.calendar.Deadline;
import vn.tongket.common.DomainException;
import vn.tongket.organization.AwardKind;
import vn.tongket.organization.CommendationRecord;
import vn.tongket.organization.CommendationRepository;
import vn.tongket.organization.EmulationTitleRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.UnitRankingRecord;
import vn.tongket.organization.UnitRankingRepository;

/**
 * The commendation use cases: eligibility list of a grassroots organization (read from the history tables),
 * the committee's selection within quota, the dossier, the cut-off, and the bloc-level decisions written to
 * commendation_history.
 */
@Service
@Transactional
public class CommendationService {

    /** A Camunda String variable holds at most 4000 characters. */
    static final int MAX_TEXT_VARIABLE = 3900;

    /** Result of computing a unit's eligibility list. */
    public record EligibilityList(long dossierId, int proposable, int candidates, String summary, List<Map<String, String>> options) {
    }

    /** Result of the committee's selection. */
    public record Selection(int proposals, int branches, int members, int organizations) {
    }

    /** Lists shown to the council and the BTV Đảng ủy Khối. */
    public record BlocLists(List<CommendationStore.Candidate> certificates, List<ProvinceRanking.Entry> province,
                            String summary, List<Map<String, String>> certificateOptions,
                            List<Map<String, String>> provinceOptions) {
    }

    /** Uploaded documents a dossier may hold, and the longest file name kept. */
    static final int MAX_ATTACHMENTS_PER_DOSSIER = 500; // a bloc dossier holds one or more files per proposed candidate
    static final int MAX_FILE_NAME = 150;

    private final OrganizationService organization;
    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final UnitRankingRepository unitRankings;
    private final MemberRankingRepository memberRankings;
    private final EmulationTitleRepository titles;
    private final CommendationRepository commendations;
    private final CampaignCalendarService calendars;
    private final CommendationStore store;
    private final ObjectMapper json;
    private final CommendationProperties properties;

    public CommendationService(OrganizationService organization, OrgUnitRepository units, PartyMemberRepository members,
                               UnitRankingRepository unitRankings, MemberRankingRepository memberRankings,
                               EmulationTitleRepository titles, CommendationRepository commendations,
                               CampaignCalendarService calendars, CommendationStore store, ObjectMapper json,
                               CommendationProperties properties) {
        this.organization = organization;
        this.units = units;
        this.members = members;
        this.unitRankings = unitRankings;
        this.memberRankings = memberRankings;
        this.titles = titles;
        this.commendations = commendations;
        this.calendars = calendars;
        this.store = store;
        this.json = json;
        this.properties = properties;
    }

    /** How a CommendationProcess instance is routed: bloc level or unit level, and the committees of its tasks. */
    public record Routing(boolean blocLevel, String committeeGroup, String blocCommitteeGroup) {
    }

    public Routing route(String unitCode) {
        OrgUnit unit = organization.unit(unitCode);
        boolean bloc = unit.getKind() == UnitKind.BLOC;
        if (!bloc && !unit.getKind().isGrassroots()) {
            throw new DomainException("unitCode", "Quy trình khen thưởng chạy cho tổ chức cơ sở đảng hoặc cho Đảng bộ Khối; "
                    + unit.getName() + " là " + unit.getKind().label());
        }
        return new Routing(bloc, vn.tongket.organization.CommitteeGroups.leadingCommittee(unit),
                vn.tongket.organization.CommitteeGroups.leadingCommittee(organization.bloc()));
    }

    /** The date waiting periods are compared with: the last day of the dossier (18/01/N+1, or its override). */
    public LocalDate referenceDate(int year) {
        return calendars.forYear(year).lastDay(Deadline.COMMENDATION_DOSSIER);
    }

    public CommendationEligibility rules(int year) {
        return new CommendationEligibility(year, referenceDate(year));
    }

    // ------------------------------------------------------------------ unit level

    /** One candidate evaluated for one award, with the ranking keys of the bloc-wide list. */
    public record Evaluated(Explanation explanation, Long unitId, Long memberId, String unitName, long rankPrimary,
                            long rankSecondary, String rankFigures) {
    }

    /** Every candidate of a grassroots organization for year N, and the bases of its 15 % quotas. */
    public record Evaluation(OrgUnit unit, int exemplaryBranches, int excellentMembers, LocalDate referenceDate,
                             List<Evaluated> candidates) {
    }

    /**
     * Evaluates (read only) every branch, the organization itself and every member of a grassroots organization
     * for the four awards, from unit_ranking_history, member_ranking_history, emulation_title_history and
     * commendation_history.
     */
    @Transactional(readOnly = true)
    public Evaluation evaluate(String unitCode, int year) {
        OrgUnit unit = organization.unit(unitCode);
        if (!unit.getKind().isGrassroots()) {
            throw new DomainException("unitCode", "Đơn vị " + unitCode + " không phải tổ chức cơ sở đảng (" + unit.getKind().label() + ")");
        }
        CommendationEligibility rules = rules(year);
        Map<Long, MemberCategory> categoriesN = new HashMap<>();
        for (MemberRankingRecord r : memberRankings.findByYear(year)) {
            categoriesN.put(r.getMemberId(), category(r));
        }
        List<OrgUnit> subtree = organization.subtree(unit);
        List<PartyMember> people = subtree.stream().filter(u -> u.getKind().isBranch())
                .flatMap(b -> members.findByUnitIdOrderByCode(b.getId()).stream())
                .filter(m -> m.getStatus() != MemberStatus.TRANSFERRED_OUT).toList();
        List<OrgUnit> branches = subtree.stream().filter(u -> u.getKind() == UnitKind.BRANCH).toList();
        int exemplaryBranches = (int) branches.stream()
                .filter(b -> unitRankings.findByUnitIdAndYear(b.getId(), year)
                        .map(r -> r.getCategory() == UnitCategory.EXEMPLARY_CLEAN_STRONG).orElse(false))
                .count();
        int excellentMembers = (int) people.stream().filter(m -> categoriesN.get(m.getId()) == MemberCategory.EXCELLENT).count();
        List<Evaluated> out = new ArrayList<>();
        for (OrgUnit b : branches) {
            UnitHistory h = unitHistory(b, year, members.findByUnitIdOrderByCode(b.getId()).stream()
                    .filter(m -> m.getStatus() != MemberStatus.TRANSFERRED_OUT)
                    .map(m -> categoriesN.get(m.getId())).toList());
            out.add(evaluated(rules.branchCertificate(h, Judgement.NOT_YET), b.getId(), null, parentName(b), h, null));
        }
        UnitHistory self = unitHistory(unit, year, List.of());
        out.add(evaluated(rules.organizationMerit(self, Judgement.NOT_YET), unit.getId(), null, unit.getName(), self, null));
        for (PartyMember m : people) {
            MemberHistory h = memberHistory(m, year);
            out.add(evaluated(rules.memberCertificate(h), null, m.getId(), m.getUnit().getName(), null, h));
            out.add(evaluated(rules.memberMerit(h), null, m.getId(), m.getUnit().getName(), null, h));
        }
        return new Evaluation(unit, exemplaryBranches, excellentMembers, rules.referenceDate(), out);
    }

    /** Computes (again) and stores the eligibility list of a grassroots organization in its dossier of year N. */
    public EligibilityList computeEligibility(String unitCode, int year, String processInstanceId) {
        Evaluation ev = evaluate(unitCode, year);
        OrgUnit unit = ev.unit();
        long dossierId = store.dossier(unit.getId(), year).map(d -> {
            if (d.status() != DossierStatus.OPEN) {
                throw new DomainException("unitCode", "Hồ sơ khen thưởng năm " + year + " của " + unit.getName()
                        + " đã ở trạng thái “" + d.status().label() + "”");
            }
            store.resetDossier(d.id(), processInstanceId, ev.exemplaryBranches(), ev.excellentMembers(), ev.referenceDate());
            return d.id();
        }).orElseGet(() -> store.insertDossier(unit.getId(), year, processInstanceId, ev.exemplaryBranches(),
                ev.excellentMembers(), ev.referenceDate()));
        for (Evaluated e : ev.candidates()) {
            Explanation x = e.explanation();
            store.insertCandidate(dossierId, x.award(), e.unitId(), e.memberId(), x.subjectCode(), x.subjectName(), e.unitName(),
                    x.status(), x.summary(), toJson(x), e.rankPrimary(), e.rankSecondary(), e.rankFigures());
        }
        List<CommendationStore.Candidate> all = store.candidates(dossierId);
        List<CommendationStore.Candidate> proposable = all.stream().filter(c -> c.eligibility().proposable()).toList();
        return new EligibilityList(dossierId, proposable.size(), all.size(),
                selectionSummary(store.dossier(dossierId).orElseThrow(), all), options(proposable));
    }

    /** The committee's selection: every proposal must be eligible, within the 15 % quotas, collectives judged. */
    public Selection applySelection(long dossierId, Collection<Long> selectedIds, String judgementNote) {
        CommendationStore.Dossier d = openDossier(dossierId);
        Map<Long, CommendationStore.Candidate> byId = store.candidates(dossierId).stream()
                .collect(Collectors.toMap(CommendationStore.Candidate::id, Function.identity()));
        List<CommendationStore.Candidate> selected = new ArrayList<>();
        for (Long id : Set.copyOf(selectedIds)) {
            CommendationStore.Candidate c = byId.get(id);
            if (c == null) {
                throw new DomainException("selectedCandidates", "Ứng viên " + id + " không thuộc hồ sơ này");
            }
            if (!c.eligibility().proposable()) {
                throw new DomainException("selectedCandidates", c.subjectName() + " không đủ tiêu chuẩn "
                        + c.award().label() + ": " + c.summary());
            }
            selected.add(c);
        }
        int branches = count(selected, Award.BRANCH_CERTIFICATE);
        int memberCertificates = count(selected, Award.MEMBER_CERTIFICATE);
        int organizations = count(selected, Award.ORGANIZATION_MERIT);
        CommendationQuota.checkBranches(branches, d.exemplaryBranches(), d.year());
        CommendationQuota.checkMembers(memberCertificates, d.excellentMembers(), d.year());
        boolean collectives = branches + organizations > 0;
        if (collectives && (judgementNote == null || judgementNote.isBlank())) {
            throw new DomainException("judgementNote", "Cần ghi nhận xét của cấp ủy về hoạt động, nhân tố mới, điển hình tiên tiến "
                    + "của tổ chức đảng được đề nghị khen thưởng");
        }
        CommendationEligibility rules = new CommendationEligibility(d.year(), d.referenceDate());
        store.clearProposals(dossierId);
        for (CommendationStore.Candidate c : selected) {
            Explanation e = explanation(c);
            if (!c.award().forMember()) {
                e = rules.withJudgement(e, Judgement.yes(judgementNote));
            }
            store.updateProposal(c.id(), true, e.status(), e.summary(), toJson(e));
        }
        store.updateJudgementNote(dossierId, judgementNote);
        int memberCount = (int) selected.stream().filter(c -> c.award().forMember()).count();
        return new Selection(selected.size(), branches, memberCount, organizations);
    }

    public List<DossierChecklist.Line> checklist(long dossierId) {
        CommendationStore.Dossier d = dossier(dossierId);
        List<DossierChecklist.Proposal> proposals = store.candidates(dossierId).stream().filter(CommendationStore.Candidate::proposed)
                .map(c -> new DossierChecklist.Proposal(c.id(), c.award(), c.subjectName())).toList();
        List<DossierChecklist.Provided> provided = store.attachments(dossierId).stream()
                .map(a -> new DossierChecklist.Provided(a.item(), a.candidateId(), a.copies())).toList();
        return DossierChecklist.lines(d.year(), proposals, provided);
    }

    public long addAttachment(long dossierId, String itemCode, Long candidateId, Integer copies, String fileName,
                              String contentType, byte[] content, String userId) {
        openDossier(dossierId);
        DossierItem item;
        try {
            item = DossierItem.valueOf(itemCode == null ? "" : itemCode.trim());
        } catch (IllegalArgumentException e) {
            throw new DomainException("item", "Mục hồ sơ không hợp lệ: " + itemCode);
        }
        if (item.generated()) {
            throw new DomainException("item", "Tờ trình và danh sách trích ngang do hệ thống lập, không cần tải lên");
        }
        if (content == null || content.length == 0) {
            throw new DomainException("file", "Chưa chọn tệp hoặc tệp rỗng");
        }
        if (content.length > properties.getMaxAttachmentBytes()) {
            throw new DomainException("file", "Tệp quá lớn: " + content.length + " byte, tối đa "
                    + properties.getMaxAttachmentBytes() + " byte");
        }
        // the type comes from the content, never from the client (it is served back with this type)
        contentType = vn.tongket.common.UploadedFileType.require(content, fileName, "file").mediaType();
        if (store.attachments(dossierId).size() >= MAX_ATTACHMENTS_PER_DOSSIER) {
            throw new DomainException("file", "Hồ sơ đã có " + MAX_ATTACHMENTS_PER_DOSSIER + " tài liệu, không tải thêm được");
        }
        if (item.scope() == DossierItem.Scope.DOSSIER) {
            candidateId = null;
        } else {
            if (candidateId == null) {
                throw new DomainException("candidateId", "Mục “" + item.label() + "” cần chọn tổ chức đảng hoặc đảng viên được đề nghị");
            }
            Long id = candidateId;
            CommendationStore.Candidate c = store.candidate(id).filter(x -> x.dossierId() == dossierId && x.proposed())
                    .orElseThrow(() -> new DomainException("candidateId", "Ứng viên " + id + " không được đề nghị trong hồ sơ này"));
            if (item.scope() == DossierItem.Scope.MEMBER_CANDIDATE && !c.award().forMember()) {
                throw new DomainException("candidateId", "Giấy chứng nhận Chiến sỹ thi đua chỉ dành cho đảng viên được đề nghị");
            }
        }
        int sets = copies == null ? 1 : copies;
        if (sets < 1 || sets > 5) {
            throw new DomainException("copies", "Số bộ phải từ 1 đến 5");
        }
        String name = fileName == null || fileName.isBlank() ? "tep-dinh-kem" : fileName.strip();
        if (name.length() > MAX_FILE_NAME) {
            int dot = name.lastIndexOf('.');
            String ext = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_FILE_NAME - ext.length()) + ext;
        }
        return store.insertAttachment(dossierId, item, candidateId, sets, name, contentType, content, userId);
    }

    /** Submission by the unit: refuses an incomplete dossier with the missing items (400). */
    public void submit(long dossierId) {
        openDossier(dossierId);
        DossierChecklist.requireComplete(checklist(dossierId));
        store.updateStatus(dossierId, DossierStatus.SUBMITTED, null);
    }

    public void markReceived(long dossierId) {
        CommendationStore.Dossier d = dossier(dossierId);
        if (d.status() == DossierStatus.SUBMITTED) {
            store.updateStatus(dossierId, DossierStatus.RECEIVED, null);
        }
    }

    public void recordNoProposal(long dossierId) {
        openDossier(dossierId);
        store.clearProposals(dossierId);
        store.updateStatus(dossierId, DossierStatus.NO_PROPOSAL, "Cấp ủy không chọn đề nghị khen thưởng");
    }

    /** The 18/01 cut-off passed without a submission: "coi như không đề nghị khen thưởng". */
    public void closeNotProposed(String unitCode, int year) {
        OrgUnit unit = organization.unit(unitCode);
        LocalDate lastDay = referenceDate(year);
        String reason = "Quá hạn gửi hồ sơ (chậm nhất ngày " + lastDay.format(CampaignTime.DATE)
                + "): coi như không đề nghị khen thưởng";
        var existing = store.dossier(unit.getId(), year);
        long id = existing.map(CommendationStore.Dossier::id)
                .orElseGet(() -> store.insertDossier(unit.getId(), year, null, 0, 0, lastDay));
        if (existing.isEmpty() || existing.get().status() == DossierStatus.OPEN) {
            store.clearProposals(id);
            store.updateStatus(id, DossierStatus.NOT_PROPOSED_LATE, reason);
        }
    }

    // ------------------------------------------------------------------ bloc level

    public BlocLists blocLists(int year) {
        List<CommendationStore.Candidate> proposals = store.submittedProposals(year);
        List<CommendationStore.Candidate> certificates = proposals.stream().filter(c -> !c.award().provincial()).toList();
        List<ProvinceRanking.Entry> province = ProvinceRanking.rank(proposals.stream().filter(c -> c.award().provincial())
                .map(c -> new ProvinceRanking.Entry(c.id(), c.award(), c.subjectName(), c.unitName(), c.rankPrimary(),
                        c.rankSecondary(), c.rankFigures())).toList());
        StringBuilder sb = new StringBuilder();
        long sent = store.dossiersOfYear(year).stream().filter(d -> d.status().submitted()).count();
        long late = store.dossiersOfYear(year).stream().filter(d -> d.status() == DossierStatus.NOT_PROPOSED_LATE).count();
        sb.append("Năm ").append(year).append(": ").append(sent).append(" đơn vị gửi hồ sơ đúng hạn, ").append(late)
                .append(" đơn vị quá hạn (coi như không đề nghị).\n");
        sb.append("Giấy khen BTV Đảng ủy Khối: ").append(certificates.size()).append(" đề nghị.\n");
        sb.append("Bằng khen BTV Tỉnh ủy (chỉ tiêu ").append(CommendationQuota.PROVINCE_ORGANIZATIONS).append(" tổ chức, ")
                .append(CommendationQuota.PROVINCE_MEMBERS).append(" đảng viên), xếp theo thứ tự:\n");
        int i = 1;
        for (ProvinceRanking.Entry e : province) {
            sb.append(i++).append(". [").append(e.award().forMember() ? "Đảng viên" : "Tổ chức").append("] ")
                    .append(e.subjectName()).append(" – ").append(e.unitName()).append(": ").append(e.figures()).append('\n');
        }
        List<Map<String, String>> certOptions = certificates.stream()
                .map(c -> option(c.id(), "[" + c.award().label() + "] " + c.subjectName() + " – " + c.unitName())).toList();
        List<Map<String, String>> provOptions = new ArrayList<>();
        i = 1;
        for (ProvinceRanking.Entry e : province) {
            provOptions.add(option(e.candidateId(), (i++) + ". [" + (e.award().forMember() ? "Đảng viên" : "Tổ chức") + "] "
                    + e.subjectName() + " – " + e.unitName() + " (" + e.figures() + ")"));
        }
        return new BlocLists(certificates, province, cutText(sb.toString()), certOptions, provOptions);
    }

    /** BTV Đảng ủy Khối: grants the giấy khen and chooses at most 10 + 10 proposals for the BTV Tỉnh ủy. */
    public void applyBlocDecision(int year, Collection<Long> grantedCertificates, Collection<Long> provinceSelection) {
        Map<Long, CommendationStore.Candidate> proposals = store.submittedProposals(year).stream()
                .collect(Collectors.toMap(CommendationStore.Candidate::id, Function.identity()));
        Set<Long> granted = Set.copyOf(grantedCertificates);
        Set<Long> province = Set.copyOf(provinceSelection);
        for (Long id : granted) {
            CommendationStore.Candidate c = proposals.get(id);
            if (c == null || c.award().provincial()) {
                throw new DomainException("grantedCertificates", "Đề nghị " + id + " không phải đề nghị giấy khen đã gửi đúng hạn năm " + year);
            }
        }
        for (Long id : province) {
            CommendationStore.Candidate c = proposals.get(id);
            if (c == null || !c.award().provincial()) {
                throw new DomainException("provinceSelection", "Đề nghị " + id + " không phải đề nghị bằng khen đã gửi đúng hạn năm " + year);
            }
        }
        int orgs = (int) province.stream().filter(id -> !proposals.get(id).award().forMember()).count();
        CommendationQuota.checkProvince(orgs, province.size() - orgs);
        for (CommendationStore.Candidate c : proposals.values()) {
            boolean chosen = c.award().provincial() ? province.contains(c.id()) : granted.contains(c.id());
            BlocDecision decision = !chosen ? BlocDecision.NOT_SELECTED
                    : c.award().provincial() ? BlocDecision.PROPOSED_TO_PROVINCE : BlocDecision.CERTIFICATE_GRANTED;
            store.updateDecision(c.id(), decision, null, null);
        }
    }

    /**
     * Enters the decisions (number, date) and writes commendation_history, which the next years' eligibility
     * reads: the BTV Đảng ủy Khối's decision for the giấy khen, the BTV Tỉnh ủy's for the bằng khen proposed.
     * Returns the number of history rows written. Running it twice writes nothing more.
     */
    public int recordDecisions(int year, String blocDecisionNo, LocalDate blocDecisionDate, String provinceDecisionNo,
                               LocalDate provinceDecisionDate) {
        List<CommendationStore.Candidate> proposals = store.submittedProposals(year);
        boolean anyCertificate = proposals.stream().anyMatch(c -> c.decision() == BlocDecision.CERTIFICATE_GRANTED);
        boolean anyProvince = proposals.stream().anyMatch(c -> c.decision() == BlocDecision.PROPOSED_TO_PROVINCE);
        if (anyCertificate && (blank(blocDecisionNo) || blocDecisionDate == null)) {
            throw new DomainException("blocDecisionNo", "Cần nhập số và ngày quyết định tặng giấy khen của BTV Đảng ủy Khối");
        }
        if (anyProvince && (blank(provinceDecisionNo) || provinceDecisionDate == null)) {
            throw new DomainException("provinceDecisionNo", "Cần nhập số và ngày quyết định tặng bằng khen của BTV Tỉnh ủy");
        }
        int written = 0;
        for (CommendationStore.Candidate c : proposals) {
            if (c.decisionNo() != null) {
                continue;
            }
            if (c.decision() == BlocDecision.CERTIFICATE_GRANTED) {
                written += history(c, year, AwardKind.BLOC_CERTIFICATE, blocDecisionNo.trim(), blocDecisionDate);
                store.updateDecision(c.id(), BlocDecision.CERTIFICATE_GRANTED, blocDecisionNo.trim(), blocDecisionDate);
            } else if (c.decision() == BlocDecision.PROPOSED_TO_PROVINCE) {
                written += history(c, year, AwardKind.PROVINCE_MERIT, provinceDecisionNo.trim(), provinceDecisionDate);
                store.updateDecision(c.id(), BlocDecision.MERIT_GRANTED, provinceDecisionNo.trim(), provinceDecisionDate);
            }
        }
        return written;
    }

    // ------------------------------------------------------------------ reading

    public CommendationStore.Dossier dossier(long dossierId) {
        return store.dossier(dossierId).orElseThrow(() -> new vn.tongket.organization.UnknownReferenceException("dossierId",
                "Không tìm thấy hồ sơ khen thưởng " + dossierId));
    }

    public OrgUnit unitOf(CommendationStore.Dossier d) {
        return units.findById(d.unitId()).orElseThrow();
    }

    public List<CommendationStore.Candidate> candidates(long dossierId) {
        dossier(dossierId);
        return store.candidates(dossierId);
    }

    public Explanation explanation(CommendationStore.Candidate c) {
        try {
            return json.readValue(c.explanationJson(), Explanation.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable explanation of candidate " + c.id(), e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private CommendationStore.Dossier openDossier(long dossierId) {
        CommendationStore.Dossier d = dossier(dossierId);
        if (d.status() != DossierStatus.OPEN) {
            throw new DomainException("dossierId", "Hồ sơ khen thưởng đã ở trạng thái “" + d.status().label() + "”, không sửa được nữa");
        }
        return d;
    }

    private int history(CommendationStore.Candidate c, int year, AwardKind kind, String no, LocalDate date) {
        commendations.save(new CommendationRecord(c.memberId(), c.award().forMember() ? null : c.unitId(), year, kind,
                c.award().level(), no, date, HistorySource.PROCESS));
        return 1;
    }

    private static MemberCategory category(MemberRankingRecord r) {
        return r.getFinalCategory() != null ? r.getFinalCategory() : r.getBranchCategory();
    }

    private UnitHistory unitHistory(OrgUnit u, int year, List<MemberCategory> memberCategories) {
        Map<Integer, UnitHistory.Ranking> rankings = new HashMap<>();
        for (UnitRankingRecord r : unitRankings.findByUnitIdAndYearBetweenOrderByYear(u.getId(), year - 4, year)) {
            rankings.put(r.getYear(), new UnitHistory.Ranking(r.getCategory(), r.getScore()));
        }
        List<PastAward> awards = commendations.findByUnitIdOrderByDecisionDate(u.getId()).stream()
                .map(a -> new PastAward(a.getKind(), a.getYear(), a.getDecisionNo(), a.getDecisionDate())).toList();
        return new UnitHistory(u.getId(), u.getCode(), u.getName(), u.getKind(), rankings, memberCategories, awards);
    }

    private MemberHistory memberHistory(PartyMember m, int year) {
        Map<Integer, MemberCategory> cats = new HashMap<>();
        for (MemberRankingRecord r : memberRankings.findByMemberIdAndYearBetweenOrderByYear(m.getId(), year - 4, year)) {
            cats.put(r.getYear(), category(r));
        }
        List<MemberHistory.Title> t = titles.findByMemberIdOrderByYear(m.getId()).stream()
                .map(x -> new MemberHistory.Title(x.getYear(), x.getTitle())).toList();
        List<PastAward> awards = commendations.findByMemberIdOrderByDecisionDate(m.getId()).stream()
                .map(a -> new PastAward(a.getKind(), a.getYear(), a.getDecisionNo(), a.getDecisionDate())).toList();
        return new MemberHistory(m.getId(), m.getCode(), m.getFullName(), m.getUnit().getName(), cats, t, awards,
                store.rankingCorrections(m.getId(), year - 4, year));
    }

    private static Evaluated evaluated(Explanation e, Long unitId, Long memberId, String unitName, UnitHistory u, MemberHistory m) {
        long primary;
        long secondary;
        String figures;
        int year = e.campaignYear();
        if (u != null) {
            BigDecimal scoreN = u.rankings().containsKey(year) && u.rankings().get(year).score() != null
                    ? u.rankings().get(year).score() : BigDecimal.ZERO;
            BigDecimal sum = BigDecimal.ZERO;
            for (int y = e.award().firstYear(year); y <= year; y++) {
                UnitHistory.Ranking r = u.rankings().get(y);
                if (r != null && r.score() != null) {
                    sum = sum.add(r.score());
                }
            }
            primary = scoreN.movePointRight(2).longValue();
            secondary = sum.movePointRight(2).longValue();
            figures = "điểm " + year + ": " + scoreN.stripTrailingZeros().toPlainString() + "; tổng điểm "
                    + e.award().firstYear(year) + "–" + year + ": " + sum.stripTrailingZeros().toPlainString();
        } else {
            int from = e.award().firstYear(year);
            var inWindow = m.titles().stream().filter(t -> t.year() >= from && t.year() <= year).toList();
            primary = inWindow.stream().map(MemberHistory.Title::year).distinct().count();
            secondary = inWindow.stream().mapToInt(t -> t.title().ordinal() + 1).max().orElse(0);
            figures = primary + " năm đạt Chiến sỹ thi đua (" + from + "–" + year + ")"
                    + (secondary > 1 ? ", danh hiệu cao nhất: " + inWindow.stream().max((a, b) -> a.title().compareTo(b.title()))
                    .orElseThrow().title().label() : "");
        }
        return new Evaluated(e, unitId, memberId, unitName, primary, secondary, figures);
    }

    private static String parentName(OrgUnit b) {
        return b.getParent() == null ? b.getName() : b.getParent().getName();
    }

    private String selectionSummary(CommendationStore.Dossier d, List<CommendationStore.Candidate> all) {
        StringBuilder sb = new StringBuilder();
        sb.append("Chỉ tiêu giấy khen chi bộ: ").append(d.exemplaryBranches()).append(" chi bộ TSVM tiêu biểu năm ")
                .append(d.year()).append(" → ").append(CommendationQuota.percentFigures(d.exemplaryBranches())).append(" chi bộ.\n");
        sb.append("Chỉ tiêu giấy khen đảng viên: ").append(d.excellentMembers()).append(" đảng viên HTXS năm ")
                .append(d.year()).append(" → ").append(CommendationQuota.percentFigures(d.excellentMembers())).append(" đảng viên.\n");
        sb.append("Bằng khen Tỉnh ủy: BTV Đảng ủy Khối chọn tối đa 10 tổ chức và 10 đảng viên trong toàn Đảng bộ Khối.\n");
        sb.append("Thời hạn chờ tính đến ngày ").append(d.referenceDate().format(CampaignTime.DATE))
                .append(" (hạn nộp hồ sơ).\n\nĐủ tiêu chuẩn:\n");
        all.stream().filter(c -> c.eligibility().proposable()).forEach(c -> sb.append("- [").append(c.award().label()).append("] ")
                .append(c.subjectName()).append(": ").append(c.eligibility().label()).append('\n'));
        long not = all.stream().filter(c -> !c.eligibility().proposable()).count();
        sb.append("\nKhông đủ tiêu chuẩn: ").append(not).append(" trường hợp (giải thích đầy đủ: /commendation/index.html?dossier=")
                .append(d.id()).append(").\n");
        all.stream().filter(c -> !c.eligibility().proposable() && !c.award().forMember())
                .forEach(c -> sb.append("- [").append(c.award().label()).append("] ").append(c.subjectName()).append(": ")
                        .append(c.summary()).append('\n'));
        return cutText(sb.toString());
    }

    static String cutText(String s) {
        return s.length() <= MAX_TEXT_VARIABLE ? s : s.substring(0, MAX_TEXT_VARIABLE - 40) + "\n… (xem đầy đủ trên trang hồ sơ)";
    }

    private static List<Map<String, String>> options(List<CommendationStore.Candidate> candidates) {
        return candidates.stream().map(c -> option(c.id(), "[" + c.award().label() + "] " + c.subjectName()
                + (c.unitName() == null ? "" : " – " + c.unitName()))).toList();
    }

    private static Map<String, String> option(long id, String label) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("value", Long.toString(id));
        return m;
    }

    private static int count(List<CommendationStore.Candidate> l, Award a) {
        return (int) l.stream().filter(c -> c.award() == a).count();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private String toJson(Explanation e) {
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
