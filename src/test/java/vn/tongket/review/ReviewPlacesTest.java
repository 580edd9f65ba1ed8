package vn.tongket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tongket.organization.PositionRole.*;
import static vn.tongket.review.ReviewPlaces.PlaceKind.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;
import vn.tongket.review.ReviewPlaces.Member;
import vn.tongket.review.ReviewPlaces.Phase;
import vn.tongket.review.ReviewPlaces.Place;
import vn.tongket.review.ReviewPlaces.Post;
import vn.tongket.review.ReviewPlaces.Rank;
import vn.tongket.review.ReviewPlaces.Slot;
import vn.tongket.review.ReviewPlaces.Unit;

class ReviewPlacesTest {

    private final List<Unit> units = new ArrayList<>();
    private final List<Member> members = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();

    private void unit(String code, UnitKind kind, String parent, boolean btv) {
        units.add(new Unit(code, "Đơn vị " + code, kind, parent, btv));
    }

    private void member(String code, String branch, String cell) {
        members.add(new Member(code, "Đảng viên " + code, branch, cell));
    }

    private void post(String member, String unit, PositionRole role) {
        posts.add(new Post(member, unit, role));
    }

    private ReviewPlaces places() {
        return new ReviewPlaces(units, members, posts);
    }

    /** Bloc with BTV; grassroots committee G (with BTV) of an agency; branch B1 of G; mass org M. */
    private void bloc() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("G", UnitKind.GRASSROOTS_COMMITTEE, "DUK", true);
        unit("B1", UnitKind.BRANCH, "G", false);
        unit("M", UnitKind.MASS_ORGANIZATION, "DUK", true);
        unit("BDUK", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        // bloc secretary, also head of an agency (G) and active in B1
        member("sec", "B1", null);
        post("sec", "DUK", SECRETARY);
        post("sec", "G", AGENCY_HEAD);
        // bloc standing member active in the bloc office's branch
        member("btv", "BDUK", null);
        post("btv", "DUK", STANDING_MEMBER);
        // grassroots secretary and deputy
        member("gsec", "B1", null);
        post("gsec", "G", SECRETARY);
        member("gdep", "B1", null);
        post("gdep", "G", DEPUTY_SECRETARY);
        post("gdep", "G", AGENCY_DEPUTY);
        // ordinary BCH member of G: reviewed in the branch only
        member("gbch", "B1", null);
        post("gbch", "G", COMMITTEE_MEMBER);
        // mass organization head
        member("mhead", "B1", null);
        post("mhead", "M", HEAD);
        member("a", "B1", null);
        member("b", "B1", null);
    }

    @Test
    void blocStandingMember_reviewedAtBlocStandingCommittee_agencyHeTheyHead_andBranch() {
        bloc();
        assertThat(places().placesOf("sec")).containsExactly(
                new Place(COMMITTEE, "DUK"), new Place(AGENCY_LEADERSHIP, "G"), new Place(BRANCH, "B1"));
    }

    @Test
    void grassrootsStandingMember_reviewedAtGrassrootsCommittee_agencyLeadership_andBranch() {
        bloc();
        assertThat(places().placesOf("gdep")).containsExactly(
                new Place(COMMITTEE, "G"), new Place(AGENCY_LEADERSHIP, "G"), new Place(BRANCH, "B1"));
    }

    @Test
    void ordinaryCommitteeMember_reviewedOnlyInBranch() {
        bloc();
        assertThat(places().placesOf("gbch")).containsExactly(new Place(BRANCH, "B1"));
    }

    @Test
    void grassrootsWithoutStandingCommittee_secretaryAndDeputyReviewedAtExecutiveCommittee() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("G", UnitKind.GRASSROOTS_COMMITTEE, "DUK", false);
        unit("B", UnitKind.BRANCH, "G", false);
        member("s", "B", null);
        post("s", "G", SECRETARY);
        member("u", "B", null);
        post("u", "G", COMMITTEE_MEMBER);
        ReviewPlaces p = places();
        assertThat(p.placesOf("s")).containsExactly(new Place(COMMITTEE, "G"), new Place(BRANCH, "B"));
        assertThat(p.placesOf("u")).containsExactly(new Place(BRANCH, "B"));
    }

    @Test
    void massOrganizationHead_reviewedAtMassOrganizationStandingCommittee_andBranch() {
        bloc();
        assertThat(places().placesOf("mhead")).containsExactly(new Place(COMMITTEE, "M"), new Place(BRANCH, "B1"));
    }

    @Test
    void ordinaryMember_reviewedInBranch() {
        bloc();
        assertThat(places().placesOf("a")).containsExactly(new Place(BRANCH, "B1"));
    }

    @Test
    void ordinaryMemberOfBranchWithCells_reviewedInCell_leaderStillInBranch() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        unit("T1", UnitKind.CELL, "B", false);
        member("m1", "B", "T1");
        member("s", "B", "T1");
        post("s", "B", SECRETARY);
        ReviewPlaces p = places();
        assertThat(p.placesOf("m1")).containsExactly(new Place(CELL, "T1"));
        assertThat(p.placesOf("s")).containsExactly(new Place(BRANCH, "B"));
        assertThat(p.cellsReviewedIn("B")).containsExactly("T1");
    }

    @Test
    void branchReview_headThenDeputyThenLeadersThenMembers() {
        bloc();
        post("a", "B1", SECRETARY);
        post("b", "B1", DEPUTY_SECRETARY);
        List<Slot> slots = places().reviewedBy("B1");
        assertThat(slots).extracting(Slot::memberCode)
                .containsExactly("a", "b", "gbch", "gdep", "gsec", "mhead", "sec");
        assertThat(slots).extracting(Slot::rank).containsExactly(
                Rank.HEAD, Rank.DEPUTY, Rank.LEADER, Rank.LEADER, Rank.LEADER, Rank.LEADER, Rank.LEADER);
        assertThat(slots.get(0).phase()).isEqualTo(Phase.HEADS_AND_DEPUTIES);
        assertThat(slots.get(2).phase()).isEqualTo(Phase.OTHER_LEADERS);
    }

    @Test
    void ordinaryMembers_comeInTheLastPhase() {
        bloc();
        unit("B2", UnitKind.BRANCH, "G", false);
        member("x", "B2", null);
        member("y", "B2", null);
        post("y", "B2", SECRETARY);
        List<Slot> slots = places().reviewedBy("B2");
        assertThat(slots).extracting(Slot::memberCode).containsExactly("y", "x");
        assertThat(slots.get(1).phase()).isEqualTo(Phase.MEMBERS);
    }

    @Test
    void grassrootsCommitteeReview_coversBtvMembersAndAgencyLeadership_headsFirst() {
        bloc();
        List<Slot> slots = places().reviewedBy("G");
        assertThat(slots).extracting(s -> s.memberCode() + "@" + s.place().kind() + ":" + s.rank()).containsExactly(
                "gsec@COMMITTEE:HEAD", "sec@AGENCY_LEADERSHIP:HEAD",
                "gdep@COMMITTEE:DEPUTY", "gdep@AGENCY_LEADERSHIP:DEPUTY");
    }

    @Test
    void blocReview_coversStandingMembers_secretaryFirst() {
        bloc();
        assertThat(places().reviewedBy("DUK")).extracting(Slot::memberCode).containsExactly("sec", "btv");
    }

    @Test
    void subCommittee_hasCollectiveReviewButNoIndividuals() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("G", UnitKind.GRASSROOTS_COMMITTEE, "DUK", true);
        unit("S", UnitKind.SUB_COMMITTEE, "G", false);
        unit("B", UnitKind.BRANCH, "S", false);
        member("s", "B", null);
        post("s", "S", SECRETARY);
        ReviewPlaces p = places();
        assertThat(p.hasCollectiveReview("S")).isTrue();
        assertThat(p.reviewedBy("S")).isEmpty();
        assertThat(p.placesOf("s")).containsExactly(new Place(BRANCH, "B"));
    }

    @Test
    void branchWithOnlySecretaryAndDeputy_hasNoSeparateCollectiveReview() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        member("s", "B", null);
        member("d", "B", null);
        post("s", "B", SECRETARY);
        post("d", "B", DEPUTY_SECRETARY);
        assertThat(places().hasCollectiveReview("B")).isFalse();
    }

    @Test
    void branchWithCommitteeMembers_hasCollectiveReview() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        member("s", "B", null);
        member("u", "B", null);
        post("s", "B", SECRETARY);
        post("u", "B", COMMITTEE_MEMBER);
        assertThat(places().hasCollectiveReview("B")).isTrue();
        assertThat(places().hasCollectiveReview("DUK")).isTrue();
    }

    @Test
    void cell_isReviewedInsideItsBranch_notOnItsOwn() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        unit("T", UnitKind.CELL, "B", false);
        ReviewPlaces p = places();
        assertThat(p.hasCollectiveReview("T")).isFalse();
        assertThatThrownBy(() -> p.reviewedBy("T")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void headsReview_chairedByTheAssignedDeputy_otherwiseTheFirstDeputy() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        member("s", "B", null);
        member("d1", "B", null);
        member("d2", "B", null);
        member("m", "B", null);
        post("s", "B", SECRETARY);
        post("d1", "B", DEPUTY_SECRETARY);
        post("d2", "B", DEPUTY_SECRETARY);
        ReviewPlaces p = places();
        Slot head = p.reviewedBy("B").get(0);
        assertThat(head.memberCode()).isEqualTo("s");
        assertThat(p.chairOf(head, "d2")).contains("d2");
        assertThat(p.chairOf(head, null)).contains("d1");
        assertThat(p.chairOf(head, "m")).as("a non-deputy cannot be assigned").contains("d1");
        Slot member = p.reviewedBy("B").get(3);
        assertThat(p.chairOf(member, "d2")).as("the head chairs everyone else").contains("s");
    }

    @Test
    void headsReview_withoutDeputy_hasNoChair() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        member("s", "B", null);
        post("s", "B", SECRETARY);
        ReviewPlaces p = places();
        assertThat(p.chairOf(p.reviewedBy("B").get(0), null)).isEmpty();
    }

    @Test
    void cellWithoutLeader_chairedByBranchSecretary() {
        unit("DUK", UnitKind.BLOC, null, true);
        unit("B", UnitKind.GRASSROOTS_BRANCH, "DUK", false);
        unit("T", UnitKind.CELL, "B", false);
        member("s", "B", null);
        post("s", "B", SECRETARY);
        member("m", "B", "T");
        ReviewPlaces p = places();
        Slot slot = p.reviewedBy("B").stream().filter(x -> x.memberCode().equals("m")).findFirst().orElseThrow();
        assertThat(slot.place()).isEqualTo(new Place(CELL, "T"));
        assertThat(p.chairOf(slot, null)).contains("s");
    }

    @Test
    void agencyHeadsReview_chairedByAnAgencyDeputy() {
        bloc();
        ReviewPlaces p = places();
        Slot agencyHead = p.reviewedBy("G").stream()
                .filter(s -> s.place().kind() == AGENCY_LEADERSHIP && s.rank() == Rank.HEAD).findFirst().orElseThrow();
        assertThat(p.chairOf(agencyHead, null)).contains("gdep");
    }
}
