package vn.tongket.organization.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/** In-memory stored data for validator tests. */
class FakeReferences implements ImportReferences {

    final Map<String, UnitRef> units = new HashMap<>();
    final Map<String, MemberRef> members = new HashMap<>();
    final List<PositionRef> positions = new ArrayList<>();
    final Set<String> history = new HashSet<>();

    FakeReferences unit(String code, UnitKind kind, String parent, boolean btv) {
        units.put(code, new UnitRef(code, kind, parent, btv));
        return this;
    }

    FakeReferences member(String code, String unit) {
        members.put(code, new MemberRef(code, unit));
        return this;
    }

    FakeReferences position(String member, String unit, PositionRole role) {
        positions.add(new PositionRef(member, unit, role, null, null));
        return this;
    }

    /** A small stored bloc: DUK with a grassroots committee G (BTV) and its branch G-CB1, members M1, M2. */
    static FakeReferences bloc() {
        return new FakeReferences()
                .unit("DUK", UnitKind.BLOC, null, true)
                .unit("G", UnitKind.GRASSROOTS_COMMITTEE, "DUK", true)
                .unit("G-CB1", UnitKind.BRANCH, "G", false)
                .unit("CB", UnitKind.GRASSROOTS_BRANCH, "DUK", false)
                .unit("CB-T1", UnitKind.CELL, "CB", false)
                .unit("YU", UnitKind.MASS_ORGANIZATION, "DUK", true)
                .member("M1", "G-CB1")
                .member("M2", "CB")
                .position("M1", "G", PositionRole.SECRETARY);
    }

    @Override
    public Optional<UnitRef> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    @Override
    public Optional<MemberRef> member(String code) {
        return Optional.ofNullable(members.get(code));
    }

    @Override
    public List<UnitRef> childrenOf(String unitCode) {
        return units.values().stream().filter(u -> unitCode.equals(u.parentCode())).toList();
    }

    @Override
    public long memberCount(String unitCode) {
        return members.values().stream().filter(m -> m.unitCode().equals(unitCode)).count();
    }

    @Override
    public Optional<String> blocCode() {
        return units.values().stream().filter(u -> u.kind() == UnitKind.BLOC).map(UnitRef::code).findFirst();
    }

    @Override
    public List<PositionRef> currentPositionsOfUnit(String unitCode) {
        return positions.stream().filter(p -> p.unitCode().equals(unitCode) && p.endDate() == null).toList();
    }

    @Override
    public boolean unitRankingExists(String unitCode, int year) {
        return history.contains("U|" + unitCode + "|" + year);
    }

    @Override
    public boolean memberRankingExists(String memberCode, int year) {
        return history.contains("M|" + memberCode + "|" + year);
    }

    @Override
    public boolean commendationExists(String memberCode, String unitCode, String decisionNo) {
        return history.contains("C|" + (memberCode != null ? memberCode : unitCode) + "|" + decisionNo);
    }

    @Override
    public boolean emulationTitleExists(String memberCode, int year, EmulationTitle title) {
        return history.contains("E|" + memberCode + "|" + year + "|" + title);
    }

    @Override
    public boolean confidenceResultExists(String memberCode, int year, String placeUnitCode) {
        return history.contains("V|" + memberCode + "|" + year + "|" + placeUnitCode);
    }
}
