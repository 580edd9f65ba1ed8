package vn.tongket.submission;

import java.util.Collection;
import java.util.List;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnit;
import vn.tongket.vote.VoteAccessPolicy;

/**
 * Who may download a submitted document (plain Java): the confidentiality of its contents decides.
 * <ul>
 *   <li>Vote results (C.III.4, {@link VoteAccessPolicy}): the voters (the unit's BCH, or the chi ủy), the direct
 *       superior collective and the administrator; a candidate alone is refused (the document holds everyone's
 *       results), the Ban Tổ chức too, as it is not on the route of this report.</li>
 *   <li>The other reports: the sending committee, every receiving body of the route, the administrator.</li>
 * </ul>
 */
public final class SubmissionAccess {

    private SubmissionAccess() {
    }

    public static boolean mayDownload(SubmissionKind kind, OrgUnit unit, ReportRoute route, String userId,
                                      Collection<String> groups, boolean admin) {
        if (admin) {
            return true;
        }
        if (kind == SubmissionKind.VOTE_RESULTS) {
            String voters = unit.getKind().isBranch() ? CommitteeGroups.branchCommittee(unit.getCode())
                    : CommitteeGroups.executiveCommittee(unit.getCode());
            String superior = route.receivers().isEmpty() ? route.senderGroup() : route.receivers().get(0).group();
            // the vote's one rule (MINUTES: per-person figures of every candidate)
            return VoteAccessPolicy.decide(VoteAccessPolicy.Resource.MINUTES, new VoteAccessPolicy.Subject(userId, groups, false),
                    new VoteAccessPolicy.VoteScope(voters, superior, java.util.Set.of(), java.util.Set.of()))
                    == VoteAccessPolicy.Access.FULL || groups.contains(route.senderGroup());
        }
        List<String> allowed = new java.util.ArrayList<>(route.receivers().stream().map(ReportRoute.Hop::group).toList());
        allowed.add(route.senderGroup());
        return allowed.stream().anyMatch(groups::contains);
    }
}
