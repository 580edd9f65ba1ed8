package vn.tongket.organization;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries of the organization model that processes need (committee members, superiors, subtree). */
@Service
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrgUnitRepository units;
    private final PartyMemberRepository members;
    private final PositionRepository positions;

    public OrganizationService(OrgUnitRepository units, PartyMemberRepository members, PositionRepository positions) {
        this.units = units;
        this.members = members;
        this.positions = positions;
    }

    public OrgUnit unit(String code) {
        return units.findByCode(code)
                .orElseThrow(() -> new UnknownReferenceException("unitCode", "Không tìm thấy đơn vị có mã " + code));
    }

    public PartyMember member(String code) {
        return members.findByCode(code)
                .orElseThrow(() -> new UnknownReferenceException("memberCode", "Không tìm thấy đảng viên có mã " + code));
    }

    public java.util.Optional<PartyMember> findMember(String code) {
        return members.findByCode(code);
    }

    /** The bloc: the single unit of kind BLOC. */
    public OrgUnit bloc() {
        return units.findByKindAndActiveTrueOrderByCode(UnitKind.BLOC).stream().findFirst()
                .orElseThrow(() -> new UnknownReferenceException("unitCode", "Chưa có Đảng bộ Khối trong mô hình tổ chức"));
    }

    public List<Position> currentPositions(OrgUnit unit) {
        return positions.findCurrentByUnit(unit.getId());
    }

    public List<Position> currentPositions(PartyMember member) {
        return positions.findCurrentByMember(member.getId());
    }

    /** Members of the unit's BCH (or chi ủy), head first. */
    public List<PartyMember> executiveCommitteeMembers(OrgUnit unit) {
        return positions.findCurrentByUnit(unit.getId()).stream()
                .filter(p -> p.getRole().onExecutiveCommittee())
                .map(Position::getMember).distinct().toList();
    }

    /** Members of the unit's BTV (secretary, deputies, standing members; heads and deputies of a mass organization). */
    public List<PartyMember> standingCommitteeMembers(OrgUnit unit) {
        return positions.findCurrentByUnit(unit.getId()).stream()
                .filter(p -> p.getRole().onStandingCommittee())
                .map(Position::getMember).distinct().toList();
    }

    /** Members active in a branch (or in a cell). */
    public List<PartyMember> membersOf(OrgUnit unit) {
        return unit.getKind() == UnitKind.CELL ? members.findByCellIdOrderByCode(unit.getId())
                : members.findByUnitIdOrderByCode(unit.getId());
    }

    public List<OrgUnit> children(OrgUnit unit) {
        return units.findByParentIdAndActiveTrueOrderByCode(unit.getId());
    }

    /** The unit and every active unit below it, parents before children. */
    public List<OrgUnit> subtree(OrgUnit root) {
        List<OrgUnit> out = new ArrayList<>();
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            out.addAll(children(out.get(i)));
        }
        return out;
    }

    /** The grassroots organization (đảng bộ cơ sở or chi bộ cơ sở) a unit belongs to, or the unit itself. */
    public OrgUnit grassrootsOf(OrgUnit unit) {
        OrgUnit u = unit;
        while (u != null && !u.getKind().isGrassroots() && u.getKind() != UnitKind.MASS_ORGANIZATION) {
            u = u.getParent();
        }
        return u == null ? unit : u;
    }
}
