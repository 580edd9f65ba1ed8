package vn.tongket.evaluation;

import java.util.Optional;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * Who is evaluated under the bloc's management and by whom (plain Java). The guidance points to the bloc's
 * QĐ 233-QĐ/ĐU and 234-QĐ/ĐU (27/8/2012), which are not available; this reading is INFERRED from QĐ 286-QĐ/TW
 * and from who is voted on in part C, and documented in docs/readme/evaluation.md:
 * <ul>
 *   <li>cadres: secretary, deputy secretary and standing members of the bloc and of grassroots committees and
 *       grassroots branches; head and deputy head of mass organizations; head and deputies of the agency's
 *       leadership collective (AGENCY_HEAD / AGENCY_DEPUTY);</li>
 *   <li>collectives: the leading committee of each grassroots committee, grassroots branch and mass
 *       organization (the bloc's own BTV is evaluated by the Tỉnh ủy, outside this system);</li>
 *   <li>the competent level: the BTV of the bloc for the bloc's own posts, the secretaries and deputy
 *       secretaries of grassroots units, the heads and deputies of mass organizations and the agency heads;
 *       the grassroots BTV (or BCH / chi ủy without one) for grassroots standing members and agency deputies
 *       ("cán bộ thuộc diện cơ sở quản lý"); the superior committee for a collective.</li>
 * </ul>
 */
public final class EvaluationScope {

    private EvaluationScope() {
    }

    /** Whether a post makes its holder a cadre evaluated under the bloc's management. */
    public static boolean evaluatedPost(Position p) {
        OrgUnit u = p.getUnit();
        UnitKind kind = u.getKind();
        PositionRole role = p.getRole();
        return switch (role) {
            case SECRETARY, DEPUTY_SECRETARY, STANDING_MEMBER -> kind == UnitKind.BLOC || kind.isGrassroots();
            case HEAD, DEPUTY_HEAD -> kind == UnitKind.MASS_ORGANIZATION;
            case AGENCY_HEAD, AGENCY_DEPUTY -> true;
            default -> false;
        };
    }

    /** Whether a unit's leading committee is a collective evaluated under the bloc's management. */
    public static boolean evaluatedCollective(OrgUnit u) {
        return u.isActive() && (u.getKind().isGrassroots() || u.getKind() == UnitKind.MASS_ORGANIZATION);
    }

    /** The collective that comments on the cadre: the agency's leadership for agency posts, else the unit's committee. */
    public static String collectiveGroupOf(Position p) {
        return p.getRole().isAgencyLeadership() ? CommitteeGroups.agencyLeadership(p.getUnit().getCode())
                : CommitteeGroups.leadingCommittee(p.getUnit());
    }

    /** The chi ủy of the branch where the cadre is active. */
    public static String branchGroupOf(OrgUnit branch) {
        return CommitteeGroups.branchCommittee(branch.getCode());
    }

    /** Where the decision is taken: Camunda group and its Vietnamese name. */
    public record DecidingBody(String group, String name) {
    }

    /** The competent level for a cadre's post; {@code grassroots} is the grassroots organization of the post's unit. */
    public static DecidingBody decidingBodyOf(Position p, OrgUnit bloc, OrgUnit grassroots) {
        PositionRole role = p.getRole();
        boolean blocManaged = p.getUnit().getKind() == UnitKind.BLOC
                || role == PositionRole.SECRETARY || role == PositionRole.DEPUTY_SECRETARY
                || role == PositionRole.HEAD || role == PositionRole.DEPUTY_HEAD || role == PositionRole.AGENCY_HEAD;
        if (blocManaged || grassroots == null || grassroots.getKind() == UnitKind.BLOC) {
            return blocBody(bloc);
        }
        return new DecidingBody(CommitteeGroups.leadingCommittee(grassroots),
                (grassroots.isHasStandingCommittee() ? "Ban Thường vụ " : grassroots.getKind().isBranch() ? "Chi ủy "
                        : "Ban Chấp hành ") + grassroots.getName());
    }

    /** The competent level for a collective: the superior committee (the bloc's BTV for units under the bloc). */
    public static DecidingBody decidingBodyOf(OrgUnit collective, OrgUnit bloc) {
        OrgUnit parent = Optional.ofNullable(collective.getParent()).orElse(bloc);
        if (parent.getKind() == UnitKind.BLOC) {
            return blocBody(parent);
        }
        return new DecidingBody(CommitteeGroups.superiorCommittee(collective), "Cấp ủy " + parent.getName());
    }

    private static DecidingBody blocBody(OrgUnit bloc) {
        return new DecidingBody(CommitteeGroups.leadingCommittee(bloc), "Ban Thường vụ " + bloc.getName());
    }
}
