package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import vn.tongket.common.DomainException;
import vn.tongket.organization.MemberCategory;
import vn.tongket.ranking.MemberRankingService;
import vn.tongket.ranking.RankingProcess;
import vn.tongket.ranking.ScorecardService;
import vn.tongket.ranking.UnitRankingService;

/**
 * What the simulated committees do outside the ranking forms: the scores are entered on the scoring page, the
 * branch ranks its members on the ranking page. Here through the ranking services: points high in each
 * criterion's range (stable per unit), each member's suggested category (the self-ranking), falling back to a
 * lower one the rules accept; the BTV decides the proposed category; the confirmation accepts the branches'.
 * Where the demo planned the year's results ({@link PlannedRanking}), the committees score and rank as planned.
 */
@Component
@OnSimulationEnabled
public class RankingSimulationSteps implements SimulationStep {

    private final TaskService taskService;
    private final UnitRankingService units;
    private final ScorecardService scorecards;
    private final MemberRankingService members;
    private final PlannedRanking plan;

    public RankingSimulationSteps(@Lazy TaskService taskService, UnitRankingService units, ScorecardService scorecards,
                                  MemberRankingService members, PlannedRanking plan) {
        this.plan = plan;
        this.taskService = taskService;
        this.units = units;
        this.scorecards = scorecards;
        this.members = members;
    }

    @Override
    public boolean appliesTo(Task task, String processDefinitionKey) {
        return task.getProcessDefinitionId() != null && task.getProcessDefinitionId().startsWith(RankingProcess.KEY + ":");
    }

    @Override
    public void before(Task task, Map<String, Object> answers) {
        String unit = (String) taskService.getVariable(task.getId(), RankingProcess.UNIT_CODE);
        int year = ((Number) taskService.getVariable(task.getId(), RankingProcess.CAMPAIGN_YEAR)).intValue();
        switch (task.getTaskDefinitionKey()) {
            case RankingProcess.TASK_SELF_SCORE -> units.saveScores(unit, year, UnitRankingService.Side.SELF,
                    points(unit, year, 0), List.of());
            case RankingProcess.TASK_SUPERIOR_SCORE -> units.saveScores(unit, year, UnitRankingService.Side.SUPERIOR,
                    points(unit, year, 1), List.of());
            case RankingProcess.TASK_DECIDE_CATEGORY -> {
                var proposed = units.sheet(unit, year).proposedCategory();
                var planned = plan.unit(unit, year).map(PlannedRanking.UnitPlan::category);
                if (planned.isPresent() && planned.get() != proposed) {
                    answers.put(RankingProcess.CATEGORY, planned.get().name());
                    answers.put(RankingProcess.DECISION_REASON, "BTV quyết định theo kết quả thực tế của đơn vị");
                } else {
                    if (proposed != null) {
                        answers.put(RankingProcess.CATEGORY, proposed.name());
                    }
                    answers.put(RankingProcess.DECISION_REASON, "Theo đề xuất từ điểm chấm của cấp trên");
                }
            }
            case RankingProcess.TASK_RANK_BRANCH_MEMBERS -> rankBranch(
                    (String) taskService.getVariable(task.getId(), RankingProcess.BRANCH_CODE), year);
            case RankingProcess.TASK_CONFIRM_MEMBER_RANKING -> answers.put(RankingProcess.ACCEPT_BRANCH_RANKING, true);
            default -> {
            }
        }
    }

    /** Points per criterion between 80 % and 100 % of its maximum, the superior's a little under the unit's own. */
    private Map<String, BigDecimal> points(String unit, int year, int side) {
        var planned = plan.unit(unit, year);
        if (planned.isPresent()) {
            return plannedPoints(year, planned.get().score());
        }
        Random random = new Random((unit + year).hashCode());
        Map<String, BigDecimal> out = new HashMap<>();
        for (var c : scorecards.forYear(year).criteria()) {
            double share = 0.8 + 0.2 * random.nextDouble() - 0.03 * side;
            out.put(c.code(), c.maxPoints().multiply(BigDecimal.valueOf(Math.max(0, share))).setScale(0, RoundingMode.FLOOR));
        }
        return out;
    }

    /** Whole points per criterion adding up to the planned score: each near the same share of its maximum. */
    private Map<String, BigDecimal> plannedPoints(int year, BigDecimal score) {
        var criteria = scorecards.forYear(year).criteria();
        BigDecimal max = criteria.stream().map(c -> c.maxPoints()).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        BigDecimal left = score.min(max);
        for (var c : criteria) {
            BigDecimal p = c.maxPoints().multiply(score).divide(max, 0, RoundingMode.FLOOR).min(c.maxPoints());
            out.put(c.code(), p);
            left = left.subtract(p);
        }
        for (var c : criteria) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal add = c.maxPoints().subtract(out.get(c.code())).min(left);
            out.put(c.code(), out.get(c.code()).add(add));
            left = left.subtract(add);
        }
        return out;
    }

    private void rankBranch(String branch, int year) {
        for (MemberRankingService.Row row : members.branchRows(branch, year)) {
            List<MemberRankingService.Input> tries = new ArrayList<>();
            plan.member(row.memberCode(), year).ifPresent(p -> tries.add(
                    new MemberRankingService.Input(row.memberCode(), p.category(), p.notRankedReason())));
            if (row.suggested() != null && row.suggested() != MemberCategory.NOT_RANKED) {
                tries.add(new MemberRankingService.Input(row.memberCode(), row.suggested(), null));
            }
            for (MemberCategory c : List.of(MemberCategory.COMPLETED_WELL, MemberCategory.COMPLETED,
                    MemberCategory.VIOLATED_OR_NOT_COMPLETED)) {
                tries.add(new MemberRankingService.Input(row.memberCode(), c, null));
            }
            tries.add(new MemberRankingService.Input(row.memberCode(), MemberCategory.NOT_RANKED,
                    row.notRankedReason() != null ? row.notRankedReason() : row.statusLabel()));
            if (row.suggested() == MemberCategory.NOT_RANKED) {
                tries.add(0, tries.remove(tries.size() - 1));
            }
            for (MemberRankingService.Input input : tries) {
                try {
                    members.saveBranch(branch, year, List.of(input));
                    break;
                } catch (DomainException refused) {
                    // the rules refuse this category for this member: the next one
                }
            }
        }
    }
}
