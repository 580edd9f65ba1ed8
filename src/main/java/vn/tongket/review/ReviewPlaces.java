package vn.tongket.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * Where each member is reviewed and who is reviewed, in which order, in a given place (guidance A.I.3.2, A.I.3.3).
 * Plain data in, plain data out: no Camunda, no Spring, no database.
 *
 * <ul>
 *   <li>Committee place ({@link PlaceKind#COMMITTEE}): the bloc's BTV reviews its standing members; a grassroots
 *   committee's BCH reviews its BTV members (secretary and deputies where there is no BTV); a mass organization's
 *   BTV reviews its head and deputies. A sub-committee reviews only as a collective (its members go to their branch).</li>
 *   <li>Agency leadership ({@link PlaceKind#AGENCY_LEADERSHIP}): the agency head and deputies attached to a unit.</li>
 *   <li>Branch ({@link PlaceKind#BRANCH}): every member active in the branch, except members without a leadership
 *   post who belong to a cell ({@link PlaceKind#CELL}): they are reviewed in the cell, which reports to the branch.</li>
 * </ul>
 * Order: the head, then deputies, then other leaders and managers, then members (A.I.3.3).
 */
public final class ReviewPlaces {

    public enum PlaceKind { COMMITTEE, AGENCY_LEADERSHIP, BRANCH, CELL }

    /** Reviewing order inside a place: heads first, members last. */
    public enum Rank { HEAD, DEPUTY, LEADER, MEMBER }

    /** The sequential phases of the individual reviews of one place. */
    public enum Phase {
        HEADS_AND_DEPUTIES("Người đứng đầu và cấp phó"),
        OTHER_LEADERS("Cán bộ lãnh đạo, quản lý khác"),
        MEMBERS("Đảng viên");

        private final String label;

        Phase(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Phase of(Rank rank) {
            return switch (rank) {
                case HEAD, DEPUTY -> HEADS_AND_DEPUTIES;
                case LEADER -> OTHER_LEADERS;
                case MEMBER -> MEMBERS;
            };
        }
    }

    public record Unit(String code, String name, UnitKind kind, String parentCode, boolean hasStandingCommittee) {
    }

    public record Member(String code, String fullName, String branchCode, String cellCode) {
    }

    public record Post(String memberCode, String unitCode, PositionRole role) {
    }

    /** A place of review: a kind and the unit that holds it. */
    public record Place(PlaceKind kind, String unitCode) {
    }

    /** One person to review in one place. */
    public record Slot(String memberCode, Place place, Rank rank) {
        public Phase phase() {
            return Phase.of(rank);
        }
    }

    private static final Set<PositionRole> BRANCH_LEADS = Set.of(PositionRole.SECRETARY, PositionRole.DEPUTY_SECRETARY);

    private final Map<String, Unit> units = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, List<Post>> postsByMember = new HashMap<>();
    private final Map<String, List<Post>> postsByUnit = new HashMap<>();

    public ReviewPlaces(List<Unit> units, List<Member> members, List<Post> posts) {
        units.forEach(u -> this.units.put(u.code(), u));
        members.forEach(m -> this.members.put(m.code(), m));
        for (Post p : posts) {
            postsByMember.computeIfAbsent(p.memberCode(), k -> new ArrayList<>()).add(p);
            postsByUnit.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p);
        }
    }

    /** Every place where the member is reviewed, committee places first, the branch (or cell) last. */
    public List<Place> placesOf(String memberCode) {
        List<Place> out = new ArrayList<>();
        for (Post p : postsByMember.getOrDefault(memberCode, List.of())) {
            Unit u = units.get(p.unitCode());
            if (u == null) {
                continue;
            }
            Place place = null;
            if (p.role().isAgencyLeadership()) {
                place = new Place(PlaceKind.AGENCY_LEADERSHIP, u.code());
            } else if (reviewedInCommittee(u, p.role())) {
                place = new Place(PlaceKind.COMMITTEE, u.code());
            }
            if (place != null && !out.contains(place)) {
                out.add(place);
            }
        }
        out.sort(Comparator.comparing(Place::kind));
        Member m = members.get(memberCode);
        if (m != null) {
            out.add(reviewedInCell(m) ? new Place(PlaceKind.CELL, m.cellCode()) : new Place(PlaceKind.BRANCH, m.branchCode()));
        }
        return out;
    }

    /**
     * Everyone reviewed by the reviewing body of {@code unitCode}, in order: its committee place, its agency
     * leadership, its branch and the cells of the branch. Heads and deputies first, then other leaders, then members.
     */
    public List<Slot> reviewedBy(String unitCode) {
        Unit u = require(unitCode);
        List<Slot> out = new ArrayList<>();
        if (u.kind() == UnitKind.CELL) {
            throw new IllegalArgumentException("A cell is reviewed inside its branch's review: " + unitCode);
        }
        for (Post p : postsByUnit.getOrDefault(unitCode, List.of())) {
            if (!p.role().isAgencyLeadership() && reviewedInCommittee(u, p.role())) {
                add(out, new Slot(p.memberCode(), new Place(PlaceKind.COMMITTEE, unitCode), rankIn(p.memberCode(), u)));
            }
        }
        for (Post p : postsByUnit.getOrDefault(unitCode, List.of())) {
            if (p.role().isAgencyLeadership()) {
                add(out, new Slot(p.memberCode(), new Place(PlaceKind.AGENCY_LEADERSHIP, unitCode),
                        p.role() == PositionRole.AGENCY_HEAD ? Rank.HEAD : Rank.DEPUTY));
            }
        }
        if (u.kind().isBranch()) {
            for (Member m : members.values()) {
                if (!unitCode.equals(m.branchCode())) {
                    continue;
                }
                if (reviewedInCell(m)) {
                    add(out, new Slot(m.code(), new Place(PlaceKind.CELL, m.cellCode()), rankIn(m.code(), units.get(m.cellCode()))));
                } else {
                    add(out, new Slot(m.code(), new Place(PlaceKind.BRANCH, unitCode), rankIn(m.code(), u)));
                }
            }
        }
        out.sort(Comparator.comparing(Slot::rank)
                .thenComparing(s -> s.place().kind())
                .thenComparing(s -> s.place().unitCode())
                .thenComparing(Slot::memberCode));
        return out;
    }

    /**
     * Whether the body has its own collective review (A.I.1.1): the bloc's BTV, the BCH of a grassroots committee,
     * sub-committee or branch, the BTV of a mass organization. A branch whose committee is only a secretary and a
     * deputy (or nobody) reviews its leadership inside the branch's own review. A cell has no collective review.
     */
    public boolean hasCollectiveReview(String unitCode) {
        Unit u = require(unitCode);
        if (u.kind() == UnitKind.CELL) {
            return false;
        }
        if (!u.kind().isBranch()) {
            return true;
        }
        return postsByUnit.getOrDefault(unitCode, List.of()).stream()
                .anyMatch(p -> p.role().onExecutiveCommittee() && !BRANCH_LEADS.contains(p.role()));
    }

    /** The head of the body (secretary, or head of a mass organization): chairs the collective review. */
    public Optional<String> headOf(String unitCode) {
        return postsByUnit.getOrDefault(unitCode, List.of()).stream()
                .filter(p -> p.role() == PositionRole.SECRETARY || p.role() == PositionRole.HEAD)
                .map(Post::memberCode).sorted().findFirst();
    }

    /** The deputies of the body, one of whom the collective assigns to chair the head's own review. */
    public List<String> deputiesOf(String unitCode) {
        return postsByUnit.getOrDefault(unitCode, List.of()).stream()
                .filter(p -> p.role() == PositionRole.DEPUTY_SECRETARY || p.role() == PositionRole.DEPUTY_HEAD)
                .map(Post::memberCode).distinct().sorted().toList();
    }

    /**
     * Who chairs the review of a slot (A.I.3.3.b): the head of the place; for the head's own review the deputy the
     * collective assigned ({@code assignedChair}, if they are a deputy of that place), else the first deputy.
     * Empty when nobody qualifies (the rules are silent, domain §4.14): the place's committee then picks.
     */
    public Optional<String> chairOf(Slot slot, String assignedChair) {
        Place place = slot.place();
        List<String> heads;
        List<String> deputies;
        if (place.kind() == PlaceKind.AGENCY_LEADERSHIP) {
            heads = codesWith(place.unitCode(), PositionRole.AGENCY_HEAD);
            deputies = codesWith(place.unitCode(), PositionRole.AGENCY_DEPUTY);
        } else {
            heads = headOf(place.unitCode()).map(List::of).orElse(List.of());
            deputies = deputiesOf(place.unitCode());
            if (place.kind() == PlaceKind.CELL && heads.isEmpty()) {
                // a cell without its own leader is chaired by the branch's secretary
                Unit cell = units.get(place.unitCode());
                heads = cell == null ? List.of() : headOf(cell.parentCode()).map(List::of).orElse(List.of());
            }
        }
        if (!heads.contains(slot.memberCode())) {
            return heads.stream().findFirst();
        }
        if (assignedChair != null && deputies.contains(assignedChair)) {
            return Optional.of(assignedChair);
        }
        return deputies.stream().filter(d -> !d.equals(slot.memberCode())).findFirst();
    }

    /** Holds a leadership or management post (committee member, mass-organization head or deputy, agency leader). */
    public boolean isLeader(String memberCode) {
        return postsByMember.getOrDefault(memberCode, List.of()).stream()
                .anyMatch(p -> p.role().onExecutiveCommittee() || p.role().isAgencyLeadership());
    }

    public Unit unit(String code) {
        return require(code);
    }

    /** The cells of a branch that have members reviewed in them, by code. */
    public List<String> cellsReviewedIn(String branchCode) {
        return reviewedBy(branchCode).stream().filter(s -> s.place().kind() == PlaceKind.CELL)
                .map(s -> s.place().unitCode()).distinct().sorted().toList();
    }

    private boolean reviewedInCommittee(Unit u, PositionRole role) {
        return switch (u.kind()) {
            case BLOC -> u.hasStandingCommittee() ? role.onStandingCommittee() : role.isHeadOrDeputy();
            case GRASSROOTS_COMMITTEE -> u.hasStandingCommittee() ? role.onStandingCommittee()
                    : BRANCH_LEADS.contains(role);
            case MASS_ORGANIZATION -> role.isHeadOrDeputy();
            default -> false;
        };
    }

    private boolean reviewedInCell(Member m) {
        return m.cellCode() != null && units.containsKey(m.cellCode()) && !isLeader(m.code());
    }

    private Rank rankIn(String memberCode, Unit place) {
        for (Post p : postsByMember.getOrDefault(memberCode, List.of())) {
            if (place != null && p.unitCode().equals(place.code())) {
                if (p.role().isHead() && !p.role().isAgencyLeadership()) {
                    return Rank.HEAD;
                }
                if (p.role() == PositionRole.DEPUTY_SECRETARY || p.role() == PositionRole.DEPUTY_HEAD) {
                    return Rank.DEPUTY;
                }
            }
        }
        return isLeader(memberCode) ? Rank.LEADER : Rank.MEMBER;
    }

    private List<String> codesWith(String unitCode, PositionRole role) {
        return postsByUnit.getOrDefault(unitCode, List.of()).stream().filter(p -> p.role() == role)
                .map(Post::memberCode).distinct().sorted().toList();
    }

    private static void add(List<Slot> out, Slot slot) {
        boolean dup = out.stream().anyMatch(s -> s.memberCode().equals(slot.memberCode()) && s.place().equals(slot.place()));
        if (!dup) {
            out.add(slot);
        } else {
            // keep the better (earlier) rank when a member holds two posts in the same place
            for (int i = 0; i < out.size(); i++) {
                Slot s = out.get(i);
                if (s.memberCode().equals(slot.memberCode()) && s.place().equals(slot.place()) && slot.rank().compareTo(s.rank()) < 0) {
                    out.set(i, slot);
                }
            }
        }
    }

    private Unit require(String code) {
        Unit u = units.get(code);
        if (u == null) {
            throw new IllegalArgumentException("Unknown unit " + code);
        }
        return u;
    }
}
