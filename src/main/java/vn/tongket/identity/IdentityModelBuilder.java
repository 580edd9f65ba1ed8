package vn.tongket.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/** Maps units, members and positions to Camunda users, groups and memberships (no engine or database access). */
public final class IdentityModelBuilder {

    private IdentityModelBuilder() {
    }

    public static IdentityModel build(List<OrgUnit> units, List<PartyMember> members, List<Position> positions) {
        Map<String, String> groups = new TreeMap<>();
        groups.put(CommitteeGroups.ALL_MEMBERS, "Đảng viên (tất cả)");
        groups.put(CommitteeGroups.ORGANIZATION_BOARD, "Ban Tổ chức Đảng ủy Khối");
        groups.put(CommitteeGroups.EMULATION_COUNCIL, "Hội đồng Thi đua – Khen thưởng Đảng ủy Khối");
        for (OrgUnit u : units) {
            if (!u.isActive()) {
                continue;
            }
            if (u.getKind().hasExecutiveCommittee()) {
                groups.put(CommitteeGroups.executiveCommittee(u.getCode()), "Ban Chấp hành " + u.getName());
                if (u.isHasStandingCommittee()) {
                    groups.put(CommitteeGroups.standingCommittee(u.getCode()), "Ban Thường vụ " + u.getName());
                }
            }
            if (u.getKind().isBranch()) {
                groups.put(CommitteeGroups.branchCommittee(u.getCode()), "Chi ủy " + u.getName());
            }
            if (u.getKind().isBranch() || u.getKind() == UnitKind.CELL) {
                groups.put(CommitteeGroups.branchMembers(u.getCode()), "Đảng viên " + u.getName());
            }
        }

        Map<String, IdentityModel.UserInfo> users = new TreeMap<>();
        Map<String, Set<String>> memberships = new LinkedHashMap<>();
        for (PartyMember m : members) {
            if (m.getStatus() == MemberStatus.TRANSFERRED_OUT) {
                continue;
            }
            // Camunda shows firstName + " " + lastName: family and middle names first, so "Lại Đình Trung" reads in
            // its Vietnamese order everywhere (Tasklist header, assignee, Admin); Admin labels them "Họ và tên đệm", "Tên"
            users.put(m.getCode(), new IdentityModel.UserInfo(m.familyNames(), m.givenName(), m.getEmail()));
            Set<String> of = memberships.computeIfAbsent(m.getCode(), k -> new TreeSet<>());
            of.add(CommitteeGroups.ALL_MEMBERS);
            of.add(CommitteeGroups.branchMembers(m.getUnit().getCode()));
            if (m.getCell() != null) {
                of.add(CommitteeGroups.branchMembers(m.getCell().getCode()));
            }
        }
        for (Position p : positions) {
            Set<String> of = memberships.get(p.getMember().getCode());
            OrgUnit u = p.getUnit();
            if (of == null || !u.isActive()) {
                continue;
            }
            for (String g : groupsOf(p.getRole(), u)) {
                groups.computeIfAbsent(g, k -> "Lãnh đạo " + u.getName());
                of.add(g);
            }
        }
        memberships.values().forEach(s -> s.retainAll(groups.keySet()));
        return new IdentityModel(users, groups, memberships);
    }

    /** The groups a post puts its holder in. */
    static List<String> groupsOf(PositionRole role, OrgUnit unit) {
        String code = unit.getCode();
        return switch (role) {
            case ORGANIZATION_BOARD -> List.of(CommitteeGroups.ORGANIZATION_BOARD);
            case EMULATION_COUNCIL -> List.of(CommitteeGroups.EMULATION_COUNCIL);
            case AGENCY_HEAD, AGENCY_DEPUTY -> List.of(CommitteeGroups.agencyLeadership(code));
            default -> {
                if (unit.getKind().isBranch()) {
                    yield List.of(CommitteeGroups.branchCommittee(code));
                }
                if (role.onStandingCommittee() && unit.isHasStandingCommittee()) {
                    yield List.of(CommitteeGroups.executiveCommittee(code), CommitteeGroups.standingCommittee(code));
                }
                yield role.onExecutiveCommittee() ? List.of(CommitteeGroups.executiveCommittee(code)) : List.of();
            }
        };
    }
}
