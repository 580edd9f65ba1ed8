package vn.tongket.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.common.ConflictException;
import vn.tongket.common.DomainException;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.EvaluationTarget;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.UnitKind;

/** The campaign tables: opening a campaign and its stages, units done, late units, pauses. */
@Service
@Transactional
public class CampaignService implements CampaignProgress {

    private final CampaignRepository campaigns;
    private final CampaignUnitStageRepository stages;
    private final CampaignLateRecordRepository lateRecords;
    private final OrganizationService organization;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final EvaluationService evaluations;

    public CampaignService(CampaignRepository campaigns, CampaignUnitStageRepository stages,
                           CampaignLateRecordRepository lateRecords, OrganizationService organization,
                           @Lazy RuntimeService runtimeService, @Lazy IdentityService identityService,
                           @Lazy EvaluationService evaluations) {
        this.campaigns = campaigns;
        this.stages = stages;
        this.lateRecords = lateRecords;
        this.organization = organization;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.evaluations = evaluations;
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
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
    public List<String> openStage(long campaignId, Stage stage) {
        Campaign c = campaign(campaignId);
        List<StageTargets.UnitNode> subtree = organization.subtree(organization.unit(c.getRootUnitCode())).stream()
                .map(u -> new StageTargets.UnitNode(u.getCode(), u.getKind(), u.isHasStandingCommittee())).toList();
        List<String> codes = StageTargets.of(stage, subtree);
        Instant now = now();
        List<CampaignUnitStage> rows = new ArrayList<>();
        for (String code : codes) {
            if (stages.findByCampaignIdAndUnitCodeAndStage(campaignId, code, stage).isEmpty()) {
                rows.add(new CampaignUnitStage(campaignId, code, stage, now));
            }
        }
        stages.saveAll(rows);
        return codes;
    }

    @Override
    public List<String> evaluationTargets(long campaignId, List<String> unitCodes) {
        Campaign c = campaign(campaignId);
        java.util.Set<String> units = new java.util.LinkedHashSet<>(unitCodes);
        List<String> targets = new ArrayList<>();
        java.util.Set<String> covered = new java.util.HashSet<>();
        for (EvaluationTarget t : evaluations.targets(c.getRootUnitCode())) {
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
    public void unitDone(long campaignId, Stage stage, String unitCode, String processInstanceId) {
        stages.findByCampaignIdAndUnitCodeAndStage(campaignId, unitCode, stage)
                .ifPresent(row -> row.done(processInstanceId, now()));
    }

    @Override
    public List<String> recordLate(long campaignId, Stage stage, Instant deadline) {
        Campaign c = campaign(campaignId);
        Map<String, String> running = runningInstances(c, stage);
        Instant now = now();
        List<String> late = new ArrayList<>();
        for (CampaignUnitStage row : stages.findByCampaignIdAndStageAndState(campaignId, stage, StageState.OPEN)) {
            if (!StageTargets.deadlineApplies(stage, organization.unit(row.getUnitCode()).getKind())) {
                continue;
            }
            String pid = running.get(row.getUnitCode());
            row.late(now);
            if (pid != null) {
                row.setProcessInstanceId(pid);
            }
            lateRecords.save(new CampaignLateRecord(campaignId, row.getUnitCode(), stage, deadline, now, pid));
            late.add(row.getUnitCode());
        }
        return late;
    }

    @Override
    public void close(long campaignId) {
        campaign(campaignId).close(now());
    }

    /**
     * A per-unit process paused (e.g. a review waiting for the inspection conclusion, domain.md §4.7): the unit is
     * shown PAUSED and not recorded late while paused. Called by the process that pauses.
     */
    public void markPaused(int year, String unitCode, Stage stage) {
        rowsOf(year, unitCode, stage).forEach(r -> r.pause(now()));
    }

    /** The pause ended: the unit is open again, or late if the stage deadline passed meanwhile. */
    public void markResumed(int year, String unitCode, Stage stage, Instant deadline) {
        Instant now = now();
        for (CampaignUnitStage r : rowsOf(year, unitCode, stage)) {
            if (r.getState() == StageState.PAUSED) {
                boolean past = !now.isBefore(deadline);
                r.resume(past, now);
                if (past) {
                    lateRecords.save(new CampaignLateRecord(r.getCampaignId(), unitCode, stage, deadline, now,
                            r.getProcessInstanceId()));
                }
            }
        }
    }

    private List<CampaignUnitStage> rowsOf(int year, String unitCode, Stage stage) {
        return campaigns.findByYearOrderByStartedAt(year).stream()
                .map(c -> stages.findByCampaignIdAndUnitCodeAndStage(c.getId(), unitCode, stage).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    private Map<String, String> runningInstances(Campaign c, Stage stage) {
        if (c.getProcessInstanceId() == null) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(c.getProcessInstanceId())
                .processDefinitionKey(stage.processKey()).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(p -> CycleTargets.unitOf(p.getBusinessKey()), ProcessInstance::getId, (a, b) -> a));
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
