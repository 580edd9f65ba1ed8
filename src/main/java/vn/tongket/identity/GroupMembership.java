package vn.tongket.identity;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.Position;

/**
 * The groups a member belongs to, computed from the organization model now (current posts of active units), by the
 * same rules as the identity sync ({@link IdentityModelBuilder}). Decisions are checked against this, never
 * against a process variable nor only against the groups a session carried since login.
 */
@Service
@Transactional(readOnly = true)
public class GroupMembership {

    private final OrganizationService organization;

    public GroupMembership(OrganizationService organization) {
        this.organization = organization;
    }

    /** The member's groups; empty for an unknown or transferred-out member (the administrator is no member). */
    public Set<String> groupsOf(String memberCode) {
        Set<String> groups = new TreeSet<>();
        if (memberCode == null) {
            return groups;
        }
        PartyMember m = organization.findMember(memberCode).orElse(null);
        if (m == null || m.getStatus() == MemberStatus.TRANSFERRED_OUT) {
            return groups;
        }
        groups.add(CommitteeGroups.ALL_MEMBERS);
        groups.add(CommitteeGroups.branchMembers(m.getUnit().getCode()));
        if (m.getCell() != null) {
            groups.add(CommitteeGroups.branchMembers(m.getCell().getCode()));
        }
        for (Position p : organization.currentPositions(m)) {
            if (p.getUnit().isActive()) {
                groups.addAll(IdentityModelBuilder.groupsOf(p.getRole(), p.getUnit()));
            }
        }
        return groups;
    }

    /** The groups of a party member who can log in; empty for another account (administrator, technical user). */
    public java.util.Optional<Set<String>> memberGroups(String userId) {
        return organization.findMember(userId).filter(m -> m.getStatus() != MemberStatus.TRANSFERRED_OUT)
                .map(m -> groupsOf(userId));
    }

    public boolean isMember(String memberCode, String groupId) {
        return groupId != null && groupsOf(memberCode).contains(groupId);
    }

    /** The user as the organization model sees them (for the access rules that take a {@link CurrentUser}). */
    public CurrentUser asCurrentUser(String memberCode) {
        return new CurrentUser(memberCode, java.util.List.copyOf(groupsOf(memberCode)));
    }
}
