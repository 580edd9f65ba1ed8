package vn.tongket.common;

import java.util.Set;
import java.util.TreeSet;
import vn.tongket.campaign.CycleProcess;
import vn.tongket.commendation.CommendationProcess;
import vn.tongket.evaluation.LeadershipEvaluationProcess;
import vn.tongket.ranking.RankingProcess;
import vn.tongket.review.ReviewProcess;
import vn.tongket.vote.ConfidenceVoteProcess;

/**
 * The two kinds of process variable that need protection, declared once beside the typed variables
 * ({@link ProcessVar} and the {@code XxxProcess} classes), enforced by {@link VariableGuardPlugin} (see
 * docs/access.md):
 * <ul>
 *   <li>{@link #ROUTING}: variables that route work or identify records (unit codes, years, record ids, groups,
 *       assignees). Only the engine's own code (delegates, listeners, our services) writes them; a task holder's
 *       write that changes one is refused, whatever the path (task-variable API, completion, form submission,
 *       execution variables).</li>
 *   <li>{@link #CONFIDENTIAL}: contents the guidance keeps confidential (self-criticism and evaluation texts,
 *       categories before publication). They may pass through a form, but the engine's history never records
 *       them; the listener stores them in our tables.</li>
 * </ul>
 */
public final class VariablePolicy {

    /** Variables a task holder may never change. */
    public static final Set<String> ROUTING = names(
            // start contracts of every process
            "unitCode", "campaignYear", "memberCode", "businessKey",
            // evaluation
            LeadershipEvaluationProcess.EVALUATION_ID, LeadershipEvaluationProcess.IS_CADRE,
            LeadershipEvaluationProcess.COLLECTIVE_GROUP, LeadershipEvaluationProcess.BRANCH_GROUP,
            LeadershipEvaluationProcess.DECIDING_GROUP, LeadershipEvaluationProcess.ACKNOWLEDGE_USERS,
            // review
            ReviewProcess.SESSION_ID.name(), ReviewProcess.COMMITTEE_GROUP.name(), ReviewProcess.SUPERIOR_GROUP.name(),
            ReviewProcess.HEAD.name(), ReviewProcess.COLLECTIVE_ITEM_ID.name(), ReviewProcess.ITEM_ID.name(),
            ReviewProcess.REVIEWEE.name(), ReviewProcess.ITEM_CHAIR.name(), ReviewProcess.ITEM_PLACE_GROUP.name(),
            ReviewProcess.CELL_CODE.name(), ReviewProcess.CELL_REPORTER.name(),
            // ranking
            RankingProcess.UNIT_COMMITTEE_GROUP, RankingProcess.SUPERIOR_GROUP, RankingProcess.BRANCH_CODE,
            // commendation
            CommendationProcess.BLOC_LEVEL.name(), CommendationProcess.COMMITTEE_GROUP.name(),
            CommendationProcess.BLOC_COMMITTEE_GROUP.name(), CommendationProcess.DOSSIER_ID.name(),
            // confidence vote
            ConfidenceVoteProcess.VOTE_ID, ConfidenceVoteProcess.CANDIDATE_CODES, ConfidenceVoteProcess.VOTER_GROUP,
            ConfidenceVoteProcess.SUPERIOR_GROUP, ConfidenceVoteProcess.PRESIDING_GROUP, ConfidenceVoteProcess.ANSWER_GROUP,
            ConfidenceVoteProcess.ORGANIZATION_BOARD_GROUP, ConfidenceVoteProcess.BLOC_STANDING_GROUP,
            ConfidenceVoteProcess.TWO_PLACE_MEMBERS,
            // annual cycle
            CycleProcess.VAR_CAMPAIGN_ID, CycleProcess.VAR_INITIATOR, CycleProcess.VAR_TARGET_UNIT,
            CycleProcess.VAR_EVALUATION_TARGETS, CycleProcess.VAR_EVALUATION_TARGET,
            // the unit pipelines' lists and element variables, the overdue notices
            CycleProcess.ROUTING_VARIABLES.toArray(String[]::new));

    /** Contents never written to the engine's history (variable instances, details, form fields). */
    public static final Set<String> CONFIDENTIAL = names(
            // evaluation: the category before publication
            LeadershipEvaluationProcess.LEADER_CATEGORY,
            // ranking: the unit's category, its reasons and the proposal before publication
            RankingProcess.CATEGORY, RankingProcess.DECISION_REASON, RankingProcess.PROPOSED_CATEGORY,
            RankingProcess.PROPOSED_CATEGORY_LABEL, RankingProcess.SCORE,
            // review: self-criticism texts, the self-ranking, drafts, conclusions, instructions, violation signs
            "srPoliticalIdeology", "srEthicsLifestyle", "srDuties", "srDiscipline", "srLeaderPoints", "srFixes",
            "srConclusions", "selfCategory", ReviewProcess.COLLECTIVE_REPORT_DRAFT.name(),
            ReviewProcess.FOCUS_POINTS.name(), ReviewProcess.COLLECTIVE_CONCLUSION.name(),
            ReviewProcess.COLLECTIVE_REPORT_FINAL.name(), ReviewProcess.COLLECTIVE_VIOLATION_SIGNS.name(),
            ReviewProcess.ITEM_CONCLUSION.name(), ReviewProcess.ITEM_VIOLATION_SIGNS.name(),
            ReviewProcess.SUPERIOR_INSTRUCTION.name(), ReviewProcess.INSPECTION_CONCLUSION.name(),
            ReviewProcess.DISCIPLINE.name(), ReviewProcess.CELL_REPORT.name());

    private VariablePolicy() {
    }

    public static boolean routing(String name) {
        return ROUTING.contains(name);
    }

    public static boolean confidential(String name) {
        return CONFIDENTIAL.contains(name);
    }

    private static Set<String> names(String... names) {
        return Set.copyOf(new TreeSet<>(java.util.Arrays.asList(names)));
    }

    private static Set<String> names(Object... namesAndArrays) {
        TreeSet<String> out = new TreeSet<>();
        for (Object o : namesAndArrays) {
            if (o instanceof String[] a) {
                out.addAll(java.util.Arrays.asList(a));
            } else {
                out.add((String) o);
            }
        }
        return Set.copyOf(out);
    }
}
