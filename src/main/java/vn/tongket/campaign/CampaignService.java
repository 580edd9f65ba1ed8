package vn.tongket.campaign;

import vn.tongket.common.CampaignTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.EvaluationTarget;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.UnitKind;

/** The campaign tables: opening a campaign and its stages, units done, late units, pauses. */
@Service
@Transactional
public class CampaignService implements CampaignProgress, UnitPauses {

    private final CampaignRepository campaigns;
    private final CampaignUnitStageRepository stages;
    private final CampaignLateRecordRepository lateRecords;
    private final OrganizationService organization;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EvaluationService evaluations;
    private final CampaignOverdueNoticeRepository notices;

    public CampaignService(CampaignRepository campaigns, CampaignUnitStageRepository stages,
                           CampaignLateRecordRepository lateRecords, CampaignOverdueNoticeRepository notices,
                           OrganizationService organization,
                           @Lazy RuntimeService runtimeService, @Lazy IdentityService identityService,
                           @Lazy EvaluationService evaluations) {
        this.campaigns = campaigns;
        this.stages = stages;
        this.lateRecords = lateRecords;
        this.notices = notices;
        this.organization = organization;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.evaluations = evaluations;
    }

    static Instant now() {
        return CampaignTime.now();
    }

    /** The unit a campaign covers: the bloc when blank, else a grassroots organization (404 if unknown). */
    @Transactional(readOnly = true)
    public OrgUnit rootUnit(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return organization.bloc();
        }
        OrgUnit unit = organization.unit(unitCode.trim());
        if (unit.getKind() != UnitKind.BLOC && !unit.getKind().isGrassroots()) {
            throw new DomainException("unitCode", "Chỉ mở đợt tổng kết cho toàn Đảng bộ Khối hoặc cho một tổ chức cơ sở đảng; "
                    + unit.getCode() + " là " + unit.getKind().label());
        }
        return unit;
    }

    /** Refuses a year out of range and a campaign overlapping one already opened for the year (409). */
    @Transactional(readOnly = true)
    public OrgUnit checkCanOpen(int year, String unitCode) {
        if (year < 2000 || year > 2100) {
            throw new DomainException("campaignYear", "Năm tổng kết không hợp lệ: " + year);
        }
        OrgUnit root = rootUnit(unitCode);
        for (Campaign c : campaigns.findByYearOrderByStartedAt(year)) {
            OrgUnit other = organization.unit(c.getRootUnitCode());
            if (isAncestorOrSelf(other, root) || isAncestorOrSelf(root, other)) {
                throw new ConflictException("unitCode", "Đã mở đợt tổng kết năm " + year + " cho " + other.getName()
                        + " (" + other.getCode() + "), bao gồm cả đơn vị này");
            }
        }
        return root;
    }

    /**
     * Starts the annual cycle for a year and a unit (blank: the bloc) on behalf of {@code userId}, whose right
     * was checked by the caller. The engine call runs without the caller's authentication: the Ban Tổ chức
     * needs no engine-level grant on the cycle's definition.
     */
    public ProcessInstance startCycle(int year, String unitCode, String userId) {
        OrgUnit root = checkCanOpen(year, unitCode);
        var auth = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            java.util.Map<String, Object> vars = new java.util.HashMap<>();
            vars.put(CycleProcess.VAR_YEAR, year);
            vars.put(CycleProcess.VAR_UNIT, root.getCode());
            vars.put(CycleProcess.VAR_INITIATOR, userId);
            return runtimeService.startProcessInstanceByKey(CycleProcess.KEY, root.getCode() + ":" + year, vars);
        } finally {
            if (auth != null) {
                identityService.setAuthentication(auth);
            }
        }
    }

    @Override
    public OpenedCampaign open(int year, String unitCode, String processInstanceId, String startedBy) {
        OrgUnit root = checkCanOpen(year, unitCode);
        Campaign c = campaigns.save(new Campaign(year, root.getCode(), processInstanceId, startedBy, now()));
        return new OpenedCampaign(c.getId(), root.getCode());
    }

    @Override
    public List<String> cycleUnits(long campaignId) {
        Campaign c = campaign(campaignId);
        List<StageTargets.UnitNode> subtree = organization.subtree(organization.unit(c.getRootUnitCode())).stream()
                .map(u -> new StageTargets.UnitNode(u.getCode(), u.getKind(), u.isHasStandingCommittee())).toList();
        return StageTargets.cycleUnits(subtree);
    }

    /** The units of one pipeline: the unit and those under it that run no pipeline of their own, parents first. */
    List<OrgUnit> scopeOf(String cycleUnit) {
        OrgUnit top = organization.unit(cycleUnit);
        List<OrgUnit> out = new ArrayList<>(List.of(top));
        for (int i = 0; i < out.size(); i++) {
            for (OrgUnit child : organization.children(out.get(i))) {
                if (!StageTargets.runsOwnCycle(child.getKind())) {
                    out.add(child);
                }
            }
        }
        return out;
    }

    @Override
    public List<String> openStage(long campaignId, Stage stage, String cycleUnit, Instant lateFrom) {
        List<OrgUnit> scope = cycleUnit == null
                ? organization.subtree(organization.unit(campaign(campaignId).getRootUnitCode())) // 2013-era diagram
                : scopeOf(cycleUnit);
        List<String> codes = StageTargets.of(stage, scope.stream()
                .map(u -> new StageTargets.UnitNode(u.getCode(), u.getKind(), u.isHasStandingCommittee())).toList());
        Instant now = now();
        boolean past = lateFrom != null && !now.isBefore(lateFrom) && !pausedBefore(campaignId, scope);
        Map<String, OrgUnit> byCode = scope.stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        List<CampaignUnitStage> rows = new ArrayList<>();
        for (String code : codes) {
            if (stages.findByCampaignIdAndUnitCodeAndStage(campaignId, code, stage).isEmpty()) {
                CampaignUnitStage row = new CampaignUnitStage(campaignId, code, stage, now);
                if (past && StageTargets.deadlineApplies(stage, byCode.get(code).getKind())) {
                    // the stage opens after its deadline (the unit was late or paused before): late at once
                    row.late(now);
                    lateRecords.save(new CampaignLateRecord(campaignId, code, stage, lateFrom, now, null));
                }
                rows.add(row);
            }
        }
        stages.saveAll(rows);
        return codes;
    }

    /**
     * Whether a review of the pipeline was paused for an inspection conclusion: its later stages then open OPEN even
     * past their deadline (the delay is the superior's pause, not the unit's); the next deadline records them late
     * if they are still not done.
     */
    private boolean pausedBefore(long campaignId, List<OrgUnit> scope) {
        return stages.existsByCampaignIdAndStageAndUnitCodeInAndPausedAtIsNotNull(campaignId, Stage.REVIEW,
                scope.stream().map(OrgUnit::getCode).toList());
    }

    @Override
    public List<String> evaluationTargets(long campaignId, String cycleUnit, List<String> unitCodes) {
        java.util.Set<String> units = new java.util.LinkedHashSet<>(unitCodes);
        List<String> targets = new ArrayList<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        List<EvaluationTarget> all = new ArrayList<>();
        if (cycleUnit == null) {
            all.addAll(evaluations.targets(campaign(campaignId).getRootUnitCode())); // 2013-era diagram
        } else if (organization.unit(cycleUnit).getKind() == UnitKind.BLOC) {
            // the bloc's own bodies: not the whole tree below it, whose organizations run their own pipelines
            for (EvaluationTarget t : evaluations.targets(cycleUnit)) {
                if (units.contains(t.unitCode())) {
                    all.add(t);
                }
            }
        } else {
            all.addAll(evaluations.targets(cycleUnit));
        }
        for (EvaluationTarget t : all) {
            if (units.contains(t.unitCode())) {
                targets.add(CycleTargets.of(t.unitCode(), t.memberCode()));
                covered.add(t.unitCode());
            }
        }
        for (String unit : units) {
            if (!covered.contains(unit)) {
                unitDone(campaignId, Stage.EVALUATION, unit, null);
            }
        }
        return targets;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean reportsUp(String cycleUnit) {
        return organization.unit(cycleUnit).getKind() != UnitKind.BLOC;
    }

    @Override
    public void unitDone(long campaignId, Stage stage, String unitCode, String processInstanceId) {
        stages.findByCampaignIdAndUnitCodeAndStage(campaignId, unitCode, stage)
                .ifPresent(row -> row.done(processInstanceId, now()));
    }

    @Override
    public List<Long> recordOverdue(long campaignId, String deadlineName, List<Stage> passedStages,
                                    Map<Stage, Instant> lateFrom) {
        Instant now = now();
        Map<String, OrgUnit> unitCache = new java.util.HashMap<>();
        List<OverdueList.Entry> late = new ArrayList<>();
        for (Stage stage : passedStages) {
            for (CampaignUnitStage row : stages.findByCampaignIdAndStage(campaignId, stage)) {
                if (row.getState() != StageState.OPEN && row.getState() != StageState.LATE) {
                    continue; // done, or paused for an inspection conclusion: not late
                }
                OrgUnit unit = unitCache.computeIfAbsent(row.getUnitCode(), organization::unit);
                if (!StageTargets.deadlineApplies(stage, unit.getKind())) {
                    continue;
                }
                if (row.getState() == StageState.OPEN) {
                    row.late(now);
                    lateRecords.save(new CampaignLateRecord(campaignId, row.getUnitCode(), stage, lateFrom.get(stage), now,
                            row.getProcessInstanceId()));
                }
                OrgUnit parent = unit.getParent();
                String superiorKey = parent == null ? CommitteeGroups.ORGANIZATION_BOARD : parent.getCode();
                String superiorName = parent == null ? "Ban Tổ chức Đảng ủy Khối" : parent.getName();
                late.add(new OverdueList.Entry(unit.getCode(), unit.getName(), stage, superiorKey, superiorName));
            }
        }
        String label = deadlineLabel(deadlineName);
        List<Long> ids = new ArrayList<>();
        for (OverdueList.Notice n : OverdueList.group(late)) {
            List<String> groups = new ArrayList<>();
            OrgUnit superior = unitCache.values().stream().map(OrgUnit::getParent).filter(Objects::nonNull)
                    .filter(p -> p.getCode().equals(n.superiorKey())).findFirst().orElse(null);
            if (superior == null) {
                groups.add(CommitteeGroups.ORGANIZATION_BOARD);
            } else {
                groups.add(CommitteeGroups.leadingCommittee(superior));
                if (superior.getKind() == UnitKind.BLOC) {
                    // "báo cáo kết quả về Ban Thường vụ Đảng ủy Khối (qua Ban Tổ chức)" (Đ.II.1)
                    groups.add(CommitteeGroups.ORGANIZATION_BOARD);
                }
            }
            ids.add(notices.save(new CampaignOverdueNotice(campaignId, deadlineName,
                    superior == null ? null : superior.getCode(), groups, n.entries().size(), n.text(label), now)).getId());
        }
        return ids;
    }

    private static String deadlineLabel(String deadlineName) {
        try {
            vn.tongket.calendar.Deadline d = vn.tongket.calendar.Deadline.valueOf(deadlineName);
            return String.format("%02d/%02d (%s)", d.date().getDayOfMonth(), d.date().getMonthValue(), d.label());
        } catch (IllegalArgumentException e) {
            return deadlineName;
        }
    }

    /**
     * Binds a freshly created overdue task to its notice (by the engine's own task and process ids) and returns the
     * notice, whose candidate groups the task gets. Refuses a notice of another campaign.
     */
    @Override
    public OverdueTask bindOverdueTask(long noticeId, String taskId, String processInstanceId) {
        CampaignOverdueNotice n = notices.findById(noticeId)
                .orElseThrow(() -> new IllegalStateException("Không có danh sách quá hạn " + noticeId));
        Campaign c = campaign(n.getCampaignId());
        if (!Objects.equals(c.getProcessInstanceId(), processInstanceId) || n.getTaskId() != null) {
            throw new AccessRefusedException("Danh sách quá hạn " + noticeId + " không thuộc chu trình này");
        }
        n.bindTask(taskId);
        return new OverdueTask(n.getCandidateGroups(), n.getSummary());
    }

    /** Maximum length of the superior body's direction on an overdue task. */
    public static final int MAX_DIRECTION = 4000;

    /**
     * The superior body handled an overdue task: only a member of one of the notice's groups (from the table, not
     * from the task's variables), with a direction of at most {@link #MAX_DIRECTION} characters.
     */
    @Override
    public void handleOverdueTask(String taskId, String userId, List<String> userGroups, Object direction) {
        CampaignOverdueNotice n = notices.findByTaskId(taskId)
                .orElseThrow(() -> new AccessRefusedException("Việc này không gắn với danh sách quá hạn nào"));
        if (userId == null || userGroups.stream().noneMatch(g -> n.getCandidateGroups().contains(g)
                || CommitteeGroups.ADMIN.equals(g))) {
            throw new AccessRefusedException("Chỉ " + String.join(", ", n.getCandidateGroups())
                    + " xử lý danh sách đơn vị quá hạn này");
        }
        if (!(direction instanceof String text) || text.isBlank()) {
            throw new DomainException("overdueDirection", "Cần ghi ý kiến chỉ đạo đối với các đơn vị quá hạn");
        }
        if (text.length() > MAX_DIRECTION) {
            throw new DomainException("overdueDirection", "Ý kiến chỉ đạo dài quá " + MAX_DIRECTION + " ký tự");
        }
        n.handled(userId, text.trim(), now());
    }

    @Override
    public void close(long campaignId) {
        campaign(campaignId).close(now());
    }

    /**
     * A per-unit process paused (e.g. a review waiting for the inspection conclusion, domain.md §4.7): the unit is
     * shown PAUSED and not recorded late while paused. Called by the process that pauses.
     */
    @Override
    public void markPaused(int year, String unitCode, Stage stage) {
        rowsOf(year, unitCode, stage).stream().filter(r -> r.getState() != StageState.DONE).forEach(r -> r.pause(now()));
    }

    /**
     * The pause ended (the inspection conclusion is in, A.I.3.3 "Lưu ý"): the unit is open again where it stopped.
     * A pause ordered by the superior committee is not the unit's delay: it is not recorded late on resuming; if its
     * review is still open at the next deadline of the calendar, that deadline records it late.
     */
    @Override
    public void markResumed(int year, String unitCode, Stage stage) {
        Instant now = now();
        for (CampaignUnitStage r : rowsOf(year, unitCode, stage)) {
            if (r.getState() == StageState.PAUSED) {
                r.resume(false, now);
            }
        }
    }

    private List<CampaignUnitStage> rowsOf(int year, String unitCode, Stage stage) {
        return campaigns.findByYearOrderByStartedAt(year).stream()
                .map(c -> stages.findByCampaignIdAndUnitCodeAndStage(c.getId(), unitCode, stage).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private Campaign campaign(long id) {
        return campaigns.findById(id).orElseThrow(() -> new IllegalStateException("No campaign " + id));
    }

    private static boolean isAncestorOrSelf(OrgUnit ancestor, OrgUnit unit) {
        for (OrgUnit u = unit; u != null; u = u.getParent()) {
            if (Objects.equals(u.getId(), ancestor.getId())) {
                return true;
            }
        }
        return false;
    }

}
