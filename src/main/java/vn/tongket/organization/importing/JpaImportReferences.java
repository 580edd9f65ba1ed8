package vn.tongket.organization.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tongket.organization.CommendationRepository;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.EmulationTitle;
import vn.tongket.organization.EmulationTitleRepository;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.UnitRankingRepository;

/** {@link ImportReferences} over the repositories, read once per import (units, members, current posts). */
class JpaImportReferences implements ImportReferences {

    private final Map<String, OrgUnit> units;
    private final Map<String, PartyMember> members;
    private final Map<String, List<PositionRef>> positionsByUnit;
    private final UnitRankingRepository unitRankings;
    private final MemberRankingRepository memberRankings;
    private final CommendationRepository commendations;
    private final EmulationTitleRepository emulationTitles;
    private final ConfidenceResultRepository confidenceResults;
    private final Map<Integer, Set<Long>> rankedUnits = new HashMap<>();
    private final Map<Integer, Set<Long>> rankedMembers = new HashMap<>();
    private final Map<Integer, Set<String>> votes = new HashMap<>();

    JpaImportReferences(OrgUnitRepository unitRepo, PartyMemberRepository memberRepo, PositionRepository positionRepo,
                        UnitRankingRepository unitRankings, MemberRankingRepository memberRankings,
                        CommendationRepository commendations, EmulationTitleRepository emulationTitles,
                        ConfidenceResultRepository confidenceResults) {
        this.units = unitRepo.findAll().stream().collect(Collectors.toMap(OrgUnit::getCode, u -> u));
        this.members = memberRepo.findAll().stream().collect(Collectors.toMap(PartyMember::getCode, m -> m));
        this.positionsByUnit = positionRepo.findAllCurrent().stream().collect(Collectors.groupingBy(
                p -> p.getUnit().getCode(),
                Collectors.mapping(JpaImportReferences::ref, Collectors.toList())));
        this.unitRankings = unitRankings;
        this.memberRankings = memberRankings;
        this.commendations = commendations;
        this.emulationTitles = emulationTitles;
        this.confidenceResults = confidenceResults;
    }

    private static PositionRef ref(Position p) {
        return new PositionRef(p.getMember().getCode(), p.getUnit().getCode(), p.getRole(), p.getStartDate(), p.getEndDate());
    }

    Map<String, OrgUnit> unitsByCode() {
        return units;
    }

    Map<String, PartyMember> membersByCode() {
        return members;
    }

    @Override
    public Optional<UnitRef> unit(String code) {
        OrgUnit u = units.get(code);
        return u == null ? Optional.empty() : Optional.of(new UnitRef(u.getCode(), u.getKind(),
                u.getParent() == null ? null : u.getParent().getCode(), u.isHasStandingCommittee()));
    }

    @Override
    public Optional<MemberRef> member(String code) {
        PartyMember m = members.get(code);
        return m == null ? Optional.empty() : Optional.of(new MemberRef(m.getCode(), m.getUnit().getCode()));
    }

    @Override
    public List<UnitRef> childrenOf(String unitCode) {
        return units.values().stream().filter(u -> u.getParent() != null && u.getParent().getCode().equals(unitCode))
                .map(u -> unit(u.getCode()).orElseThrow()).toList();
    }

    @Override
    public long memberCount(String unitCode) {
        return members.values().stream().filter(m -> m.getUnit().getCode().equals(unitCode)
                || (m.getCell() != null && m.getCell().getCode().equals(unitCode))).count();
    }

    @Override
    public Optional<String> blocCode() {
        return units.values().stream().filter(u -> u.getKind() == UnitKind.BLOC).map(OrgUnit::getCode).sorted().findFirst();
    }

    @Override
    public List<PositionRef> currentPositionsOfUnit(String unitCode) {
        return positionsByUnit.getOrDefault(unitCode, List.of());
    }

    @Override
    public boolean unitRankingExists(String unitCode, int year) {
        OrgUnit u = units.get(unitCode);
        return u != null && rankedUnits.computeIfAbsent(year, y -> unitRankings.findByYear(y).stream()
                .map(r -> r.getUnitId()).collect(Collectors.toSet())).contains(u.getId());
    }

    @Override
    public boolean memberRankingExists(String memberCode, int year) {
        PartyMember m = members.get(memberCode);
        return m != null && rankedMembers.computeIfAbsent(year, y -> memberRankings.findByYear(y).stream()
                .map(r -> r.getMemberId()).collect(Collectors.toSet())).contains(m.getId());
    }

    @Override
    public boolean commendationExists(String memberCode, String unitCode, String decisionNo) {
        if (memberCode != null) {
            PartyMember m = members.get(memberCode);
            return m != null && commendations.findByMemberIdOrderByDecisionDate(m.getId()).stream()
                    .anyMatch(c -> Objects.equals(c.getDecisionNo(), decisionNo));
        }
        OrgUnit u = units.get(unitCode);
        return u != null && commendations.findByUnitIdOrderByDecisionDate(u.getId()).stream()
                .anyMatch(c -> Objects.equals(c.getDecisionNo(), decisionNo));
    }

    @Override
    public boolean emulationTitleExists(String memberCode, int year, EmulationTitle title) {
        PartyMember m = members.get(memberCode);
        return m != null && emulationTitles.findByMemberIdOrderByYear(m.getId()).stream()
                .anyMatch(e -> e.getYear() == year && e.getTitle() == title);
    }

    @Override
    public boolean confidenceResultExists(String memberCode, int year, String placeUnitCode) {
        PartyMember m = members.get(memberCode);
        OrgUnit u = units.get(placeUnitCode);
        return m != null && u != null && votes.computeIfAbsent(year, y -> confidenceResults.findByYear(y).stream()
                .map(r -> r.getMemberId() + "|" + r.getPlaceUnitId()).collect(Collectors.toSet()))
                .contains(m.getId() + "|" + u.getId());
    }
}
