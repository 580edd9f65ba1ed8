package vn.tongket.campaign;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarService;
import vn.tongket.calendar.Deadline;
import vn.tongket.campaign.CampaignDashboard.*;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.OrganizationService;

/** Builds the deadline dashboard of a year from the campaign tables, the model and the calendar. */
@Service
@Transactional(readOnly = true)
public class CampaignDashboardService {

    private final CampaignRepository campaigns;
    private final CampaignUnitStageRepository stages;
    private final CampaignLateRecordRepository lateRecords;
    private final OrgUnitRepository units;
    private final OrganizationService organization;
    private final CampaignCalendarService calendars;

    public CampaignDashboardService(CampaignRepository campaigns, CampaignUnitStageRepository stages,
                                    CampaignLateRecordRepository lateRecords, OrgUnitRepository units,
                                    OrganizationService organization, CampaignCalendarService calendars) {
        this.campaigns = campaigns;
        this.stages = stages;
        this.lateRecords = lateRecords;
        this.units = units;
        this.organization = organization;
        this.calendars = calendars;
    }

    public CampaignDashboard dashboard(int year) {
        Instant now = CampaignService.now();
        CampaignCalendar calendar = calendars.forYear(year);
        List<Campaign> ofYear = campaigns.findByYearOrderByStartedAt(year);
        List<Long> ids = ofYear.stream().map(Campaign::getId).toList();
        Map<String, String> names = new HashMap<>();

        // every unit targeted by a stage of a campaign, in the model's order, PENDING until the stage opens
        Map<String, UnitRow> rows = new LinkedHashMap<>();
        List<CampaignInfo> infos = new ArrayList<>();
        for (Campaign c : ofYear) {
            OrgUnit root = organization.unit(c.getRootUnitCode());
            List<OrgUnit> subtree = organization.subtree(root);
            subtree.forEach(u -> names.put(u.getCode(), u.getName()));
            for (OrgUnit u : subtree) {
                for (Stage s : Stage.values()) {
                    if (StageTargets.includes(s, new StageTargets.UnitNode(u.getCode(), u.getKind(), u.isHasStandingCommittee()))) {
                        rows.computeIfAbsent(u.getCode(), k -> new UnitRow(k, u.getName(), u.getKind().label(),
                                new EnumMap<>(Stage.class))).states().put(s, CampaignDashboard.PENDING);
                    }
                }
            }
            infos.add(new CampaignInfo(c.getId(), c.getRootUnitCode(), root.getName(), c.getState().name(),
                    c.getProcessInstanceId(), c.getStartedBy(), c.getStartedAt(), c.getEndedAt()));
        }
        Map<String, StageState> current = new HashMap<>();
        if (!ids.isEmpty()) {
            for (CampaignUnitStage r : stages.findByCampaignIdInOrderById(ids)) {
                current.put(r.getStage() + "/" + r.getUnitCode(), r.getState());
                rows.computeIfAbsent(r.getUnitCode(), k -> new UnitRow(k, nameOf(k, names), "", new EnumMap<>(Stage.class)))
                        .states().put(r.getStage(), r.getState().name());
            }
        }

        Map<Stage, Map<String, Long>> counts = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            Map<String, Long> c = new LinkedHashMap<>();
            for (StageState st : StageState.values()) {
                c.put(st.name(), 0L);
            }
            c.put(CampaignDashboard.PENDING, 0L);
            counts.put(s, c);
        }
        rows.values().forEach(r -> r.states().forEach((s, st) -> counts.get(s).merge(st, 1L, Long::sum)));

        List<StageInfo> stageInfos = new ArrayList<>();
        for (Stage s : Stage.values()) {
            Instant lateFrom = calendar.lateFrom(s.deadline()).toInstant();
            stageInfos.add(new StageInfo(s, s.label(), s.processKey(), calendar.lastDay(s.deadline()), lateFrom,
                    !now.isBefore(lateFrom)));
        }
        List<DeadlineInfo> next = new ArrayList<>();
        for (Deadline d : Deadline.values()) {
            Instant lateFrom = calendar.lateFrom(d).toInstant();
            if (lateFrom.isAfter(now)) {
                next.add(new DeadlineInfo(d.name(), d.label(), calendar.lastDay(d), lateFrom,
                        Duration.between(now, lateFrom).toDays()));
            }
        }
        next.sort(Comparator.comparing(DeadlineInfo::lateFrom));

        List<LateUnit> late = new ArrayList<>();
        if (!ids.isEmpty()) {
            for (CampaignLateRecord l : lateRecords.findByCampaignIdInOrderByDeadlineAtAscUnitCodeAsc(ids)) {
                StageState st = current.get(l.getStage() + "/" + l.getUnitCode());
                late.add(new LateUnit(l.getUnitCode(), nameOf(l.getUnitCode(), names), l.getStage(), l.getStage().label(),
                        l.getDeadlineAt(), l.getRecordedAt(), st == null ? null : st.name(), l.getProcessInstanceId()));
            }
        }
        return new CampaignDashboard(year, now, infos, stageInfos, next, new ArrayList<>(rows.values()), late, counts);
    }

    private String nameOf(String code, Map<String, String> names) {
        return names.computeIfAbsent(code, k -> units.findByCode(k).map(OrgUnit::getName).orElse(k));
    }
}
