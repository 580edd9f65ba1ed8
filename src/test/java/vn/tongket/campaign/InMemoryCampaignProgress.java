package vn.tongket.campaign;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link CampaignProgress} over a fixed unit tree, in memory, for engine-only tests of the cycle. */
class InMemoryCampaignProgress implements CampaignProgress {

    record Late(Stage stage, String unitCode, Instant deadline) {
    }

    final List<StageTargets.UnitNode> tree;
    final Map<String, StageState> states = new LinkedHashMap<>();
    final List<Late> late = new ArrayList<>();
    final List<Stage> openedStages = new ArrayList<>();
    boolean closed;

    InMemoryCampaignProgress(List<StageTargets.UnitNode> tree) {
        this.tree = tree;
    }

    @Override
    public OpenedCampaign open(int year, String unitCode, String processInstanceId, String startedBy) {
        return new OpenedCampaign(1L, unitCode == null || unitCode.isBlank() ? tree.get(0).code() : unitCode);
    }

    @Override
    public List<String> openStage(long campaignId, Stage stage) {
        openedStages.add(stage);
        List<String> codes = StageTargets.of(stage, tree);
        codes.forEach(c -> states.put(stage + "/" + c, StageState.OPEN));
        return codes;
    }

    /** Cadres to evaluate per unit, and units whose collective is not evaluated (the bloc's, by the province). */
    final Map<String, List<String>> cadres = new LinkedHashMap<>();
    final java.util.Set<String> collectiveNotEvaluated = new java.util.HashSet<>();

    @Override
    public List<String> evaluationTargets(long campaignId, List<String> unitCodes) {
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
    public void unitDone(long campaignId, Stage stage, String unitCode, String processInstanceId) {
        states.put(stage + "/" + unitCode, StageState.DONE);
    }

    @Override
    public List<String> recordLate(long campaignId, Stage stage, Instant deadline) {
        List<String> codes = new ArrayList<>();
        states.forEach((k, v) -> {
            String unit = k.substring(k.indexOf('/') + 1);
            if (k.startsWith(stage + "/") && v == StageState.OPEN && StageTargets.deadlineApplies(stage,
                    tree.stream().filter(u -> u.code().equals(unit)).findFirst().orElseThrow().kind())) {
                codes.add(unit);
            }
        });
        codes.forEach(c -> {
            states.put(stage + "/" + c, StageState.LATE);
            late.add(new Late(stage, c, deadline));
        });
        return codes;
    }

    @Override
    public void close(long campaignId) {
        closed = true;
    }

    StageState state(Stage stage, String unit) {
        return states.get(stage + "/" + unit);
    }
}
