package vn.tongket.campaign;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tongket.organization.UnitKind;

/**
 * Which units take part in each stage, from the organization model (plain Java, no Spring or Camunda):
 * <ul>
 *   <li>{@link Stage#REVIEW}: every reviewing body — the bloc's BTV, each grassroots committee, sub-committee
 *       and branch, each đoàn thể (party cells review inside their branch's process);</li>
 *   <li>{@link Stage#RANKING}: each grassroots organization (đảng bộ / chi bộ cơ sở), which ranks its members and
 *       holds its year-end conference;</li>
 *   <li>{@link Stage#COMMENDATION}: each grassroots organization (its dossier) and the bloc (the council's review
 *       and the BTV's decision, within the 10 + 10 province quota);</li>
 *   <li>{@link Stage#VOTE}: each voting conference — the BCH of the bloc, of each grassroots committee that has
 *       a BTV, and of each đoàn thể (part C.1);</li>
 *   <li>{@link Stage#EVALUATION}: each unit with leaders to evaluate — the bloc, grassroots organizations and
 *       đoàn thể.</li>
 * </ul>
 * Units come in the model's order, parents before children, so collectives come first (part Đ.I.1).
 */
public final class StageTargets {

    /** A unit of the subtree the campaign covers, parents listed before their children. */
    public record UnitNode(String code, UnitKind kind, boolean standingCommittee) {
        public UnitNode(String code, UnitKind kind) {
            this(code, kind, true);
        }
    }

    private static final Set<UnitKind> REVIEWING = EnumSet.of(UnitKind.BLOC, UnitKind.GRASSROOTS_COMMITTEE,
            UnitKind.SUB_COMMITTEE, UnitKind.BRANCH, UnitKind.GRASSROOTS_BRANCH, UnitKind.MASS_ORGANIZATION);
    private static final Set<UnitKind> GRASSROOTS = EnumSet.of(UnitKind.GRASSROOTS_COMMITTEE, UnitKind.GRASSROOTS_BRANCH);
    private static final Set<UnitKind> COMMENDING = EnumSet.of(UnitKind.BLOC, UnitKind.GRASSROOTS_COMMITTEE,
            UnitKind.GRASSROOTS_BRANCH);
    private static final Set<UnitKind> VOTING = EnumSet.of(UnitKind.BLOC, UnitKind.GRASSROOTS_COMMITTEE,
            UnitKind.MASS_ORGANIZATION);
    private static final Set<UnitKind> EVALUATED = EnumSet.of(UnitKind.BLOC, UnitKind.GRASSROOTS_COMMITTEE,
            UnitKind.GRASSROOTS_BRANCH, UnitKind.MASS_ORGANIZATION);

    private StageTargets() {
    }

    private static final Set<UnitKind> CYCLE_UNITS = EnumSet.of(UnitKind.BLOC, UnitKind.GRASSROOTS_COMMITTEE,
            UnitKind.GRASSROOTS_BRANCH, UnitKind.MASS_ORGANIZATION);

    /**
     * Whether a unit runs its own pipeline (UnitCycleProcess): the bloc's own bodies, each grassroots organization
     * and each mass organization. Every other unit (sub-committee, branch, cell) runs inside the pipeline of the
     * nearest such unit above it.
     */
    public static boolean runsOwnCycle(UnitKind kind) {
        return CYCLE_UNITS.contains(kind);
    }

    /** The units of a campaign's subtree that run their own pipeline, in the subtree's order. */
    public static List<String> cycleUnits(List<UnitNode> subtree) {
        return subtree.stream().filter(u -> runsOwnCycle(u.kind())).map(UnitNode::code).toList();
    }

    public static Set<UnitKind> kindsOf(Stage stage) {
        return switch (stage) {
            case REVIEW -> REVIEWING;
            case RANKING -> GRASSROOTS;
            case COMMENDATION -> COMMENDING;
            case VOTE -> VOTING;
            case EVALUATION -> EVALUATED;
            case CONFERENCE -> GRASSROOTS;
        };
    }

    /**
     * Whether a unit takes part in a stage. A grassroots committee votes only when it has a BTV to vote on
     * (C.1: "BTV cấp ủy cơ sở do BCH đảng bộ cơ sở lấy phiếu"); its secretary is voted where the bloc votes.
     */
    public static boolean includes(Stage stage, UnitNode u) {
        if (!kindsOf(stage).contains(u.kind())) {
            return false;
        }
        return stage != Stage.VOTE || u.kind() != UnitKind.GRASSROOTS_COMMITTEE || u.standingCommittee();
    }

    /**
     * Whether the unit is late when its process is still running at the stage deadline. Not the bloc in the
     * commendation stage: 18/01 is the grassroots organizations' deadline for their dossiers (B.III.2.2); the
     * bloc's part — the council's review and the BTV's decision — only starts then and has no deadline in the
     * guidance.
     */
    public static boolean deadlineApplies(Stage stage, UnitKind kind) {
        return !(stage == Stage.COMMENDATION && kind == UnitKind.BLOC);
    }

    /** Codes of the units of {@code subtree} that take part in {@code stage}, in the subtree's order. */
    public static List<String> of(Stage stage, List<UnitNode> subtree) {
        List<String> out = new ArrayList<>();
        for (UnitNode u : subtree) {
            if (includes(stage, u)) {
                out.add(u.code());
            }
        }
        return out;
    }
}
