package vn.tongket.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link CampaignProgress} over a fixed unit tree, in memory, for engine-only tests of the cycle. */
class InMemoryCampaignProgress implements CampaignProgress, UnitPauses {

    record Late(Stage stage, String unitCode, Instant deadline) {
    }

    record Notice(long id, String deadline, List<String> groups, String summary, List<String> units) {
    }

    final List<StageTargets.UnitNode> tree;
    final Map<String, String> parentOf;
    final Map<String, StageState> states = new LinkedHashMap<>();
    final List<Late> late = new ArrayList<>();
    final List<String> openedStages = new ArrayList<>();
    final List<Notice> notices = new ArrayList<>();
    final Map<String, Notice> noticeOfTask = new HashMap<>();
    final Map<String, String> directions = new HashMap<>();
    final java.util.Set<String> pausedEver = new java.util.HashSet<>();
    boolean closed;

    InMemoryCampaignProgress(List<StageTargets.UnitNode> tree, Map<String, String> parentOf) {
        this.tree = tree;
        this.parentOf = parentOf;
    }

    @Override
    public OpenedCampaign open(int year, String unitCode, String processInstanceId, String startedBy) {
        return new OpenedCampaign(1L, unitCode == null || unitCode.isBlank() ? tree.get(0).code() : unitCode);
    }

    @Override
    public List<String> cycleUnits(long campaignId) {
        return StageTargets.cycleUnits(tree);
    }

    private List<StageTargets.UnitNode> scopeOf(String cycleUnit) {
        if (cycleUnit == null) {
            return tree; // the 2013-era diagram opens each stage bloc-wide
        }
        return tree.stream().filter(u -> pipelineOf(u.code()).equals(cycleUnit)).toList();
    }

    private String pipelineOf(String code) {
        String c = code;
        while (!StageTargets.runsOwnCycle(node(c).kind())) {
            c = parentOf.get(c);
        }
        return c;
    }

    StageTargets.UnitNode node(String code) {
        return tree.stream().filter(u -> u.code().equals(code)).findFirst().orElseThrow();
    }

    @Override
    public synchronized List<String> openStage(long campaignId, Stage stage, String cycleUnit, Instant lateFrom) {
        openedStages.add(stage + "/" + cycleUnit);
        List<String> codes = StageTargets.of(stage, scopeOf(cycleUnit));
        boolean past = lateFrom != null && !CampaignService.now().isBefore(lateFrom)
                && scopeOf(cycleUnit).stream().noneMatch(u -> pausedEver.contains(u.code()));
        for (String c : codes) {
            if (past && StageTargets.deadlineApplies(stage, node(c).kind())) {
                states.put(stage + "/" + c, StageState.LATE);
                late.add(new Late(stage, c, lateFrom));
            } else {
                states.put(stage + "/" + c, StageState.OPEN);
            }
        }
        return codes;
    }

    /** Cadres to evaluate per unit, and units whose collective is not evaluated (the bloc's, by the province). */
    final Map<String, List<String>> cadres = new LinkedHashMap<>();
    final java.util.Set<String> collectiveNotEvaluated = new java.util.HashSet<>();

    @Override
    public List<String> evaluationTargets(long campaignId, String cycleUnit, List<String> unitCodes) {
        List<String> collectives = new ArrayList<>();
        List<String> persons = new ArrayList<>();
        for (String unit : unitCodes) {
            if (!collectiveNotEvaluated.contains(unit)) {
                collectives.add(unit);
            }
            cadres.getOrDefault(unit, List.of()).forEach(m -> persons.add(CycleTargets.of(unit, m)));
            if (collectiveNotEvaluated.contains(unit) && !cadres.containsKey(unit)) {
                unitDone(campaignId, Stage.EVALUATION, unit, null);
            }
        }
        collectives.addAll(persons);
        return collectives;
    }

    @Override
    public boolean reportsUp(String cycleUnit) {
        return node(cycleUnit).kind() != vn.tongket.organization.UnitKind.BLOC;
    }

    @Override
    public synchronized void unitDone(long campaignId, Stage stage, String unitCode, String processInstanceId) {
        states.put(stage + "/" + unitCode, StageState.DONE);
    }

    @Override
    public synchronized List<Long> recordOverdue(long campaignId, String deadlineName, List<Stage> passedStages,
                                                 Map<Stage, Instant> lateFrom) {
        List<OverdueList.Entry> entries = new ArrayList<>();
        for (Stage stage : passedStages) {
            states.forEach((k, v) -> {
                String unit = k.substring(k.indexOf('/') + 1);
                if (k.startsWith(stage + "/") && (v == StageState.OPEN || v == StageState.LATE)
                        && StageTargets.deadlineApplies(stage, node(unit).kind())) {
                    if (v == StageState.OPEN) {
                        late.add(new Late(stage, unit, lateFrom.get(stage)));
                    }
                    String parent = parentOf.get(unit);
                    String key = parent == null ? "ban-to-chuc" : parent;
                    entries.add(new OverdueList.Entry(unit, unit, stage, key, key));
                }
            });
            states.replaceAll((k, v) -> k.startsWith(stage + "/") && v == StageState.OPEN
                    && StageTargets.deadlineApplies(stage, node(k.substring(k.indexOf('/') + 1)).kind()) ? StageState.LATE : v);
        }
        List<Long> ids = new ArrayList<>();
        for (OverdueList.Notice n : OverdueList.group(entries)) {
            String key = n.superiorKey();
            List<String> groups = key.equals("ban-to-chuc") ? List.of("ban-to-chuc")
                    : node(key).kind() == vn.tongket.organization.UnitKind.BLOC ? List.of("btv-" + key, "ban-to-chuc")
                    : List.of("btv-" + key);
            long id = notices.size() + 1;
            notices.add(new Notice(id, deadlineName, groups, n.text(deadlineName),
                    n.entries().stream().map(e -> e.stage() + "/" + e.unitCode()).toList()));
            ids.add(id);
        }
        return ids;
    }

    @Override
    public OverdueTask bindOverdueTask(long noticeId, String taskId, String processInstanceId) {
        Notice n = notices.get((int) noticeId - 1);
        noticeOfTask.put(taskId, n);
        return new OverdueTask(n.groups(), n.summary());
    }

    @Override
    public void handleOverdueTask(String taskId, String userId, List<String> userGroups, Object direction) {
        Notice n = noticeOfTask.get(taskId);
        if (userId == null || userGroups.stream().noneMatch(n.groups()::contains)) {
            throw new vn.tongket.common.AccessRefusedException("Chỉ " + n.groups() + " xử lý danh sách này");
        }
        if (!(direction instanceof String s) || s.isBlank()) {
            throw new vn.tongket.common.DomainException("overdueDirection", "Cần ghi ý kiến chỉ đạo");
        }
        directions.put(taskId, s);
    }

    @Override
    public synchronized void markPaused(int year, String unitCode, Stage stage) {
        states.put(stage + "/" + unitCode, StageState.PAUSED);
        pausedEver.add(unitCode);
    }

    @Override
    public synchronized void markResumed(int year, String unitCode, Stage stage) {
        states.put(stage + "/" + unitCode, StageState.OPEN);
    }

    @Override
    public void close(long campaignId) {
        closed = true;
    }

    StageState state(Stage stage, String unit) {
        return states.get(stage + "/" + unit);
    }
}
