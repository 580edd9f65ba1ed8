package vn.tongket.organization;

import java.time.LocalDate;

/**
 * Builds organization data for Spring tests. Every code gets the fixture's prefix, so tests sharing one
 * database (the shared Spring context, or MySQL across test classes) never collide:
 * {@code var f = new OrgFixture(units, members, positions, "RV1"); var b = f.unit("CB", "Chi bộ 1", UnitKind.GRASSROOTS_BRANCH, bloc, false);}
 */
public class OrgFixture {

    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final PositionRepository positions;
    private final String prefix;

    public OrgFixture(OrgUnitRepository units, PartyMemberRepository members, PositionRepository positions, String prefix) {
        this.units = units;
        this.members = members;
        this.positions = positions;
        this.prefix = prefix;
    }

    public String code(String local) {
        return prefix + "-" + local;
    }

    public OrgUnit unit(String localCode, String name, UnitKind kind, OrgUnit parent, boolean standingCommittee) {
        OrgUnit u = new OrgUnit(code(localCode), name, kind, parent);
        u.setHasStandingCommittee(standingCommittee);
        return units.save(u);
    }

    public PartyMember member(String localCode, String fullName, OrgUnit branch) {
        PartyMember m = new PartyMember(code(localCode), fullName, branch);
        m.setBirthDate(LocalDate.of(1975, 5, 19));
        m.setJoinedDate(LocalDate.of(2000, 3, 3));
        m.setPartyCardNo("TH" + Math.abs(code(localCode).hashCode()));
        return members.save(m);
    }

    public PartyMember member(String localCode, String fullName, OrgUnit branch, OrgUnit cell) {
        PartyMember m = member(localCode, fullName, branch);
        m.setCell(cell);
        return members.save(m);
    }

    public Position position(PartyMember member, OrgUnit unit, PositionRole role) {
        return positions.save(new Position(member, unit, role, null, LocalDate.of(2010, 1, 1)));
    }

    public Position position(PartyMember member, OrgUnit unit, PositionRole role, String title) {
        return positions.save(new Position(member, unit, role, title, LocalDate.of(2010, 1, 1)));
    }
}
