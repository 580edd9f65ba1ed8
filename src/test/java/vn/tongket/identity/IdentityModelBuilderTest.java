package vn.tongket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

class IdentityModelBuilderTest {

    private final OrgUnit bloc = unit("DUK", UnitKind.BLOC, null, true);
    private final OrgUnit grassroots = unit("STC", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
    private final OrgUnit branch = unit("STC-CB1", UnitKind.BRANCH, grassroots, false);
    private final OrgUnit cellBranch = unit("VP", UnitKind.GRASSROOTS_BRANCH, bloc, false);
    private final OrgUnit cell = unit("VP-T1", UnitKind.CELL, cellBranch, false);
    private final OrgUnit youth = unit("DTN", UnitKind.MASS_ORGANIZATION, bloc, true);

    private final PartyMember secretary = member("DV1", "Lê Văn Hùng", branch);
    private final PartyMember ordinary = member("DV2", "Trần Thị Mai", branch);
    private final PartyMember cellMember = member("DV3", "Phạm Quốc Bảo", cellBranch);
    private final PartyMember gone = member("DV4", "Ngô Văn Tư", branch);

    @Test
    void eachCurrentMember_isAUser_loginIsTheMemberCode() {
        gone.setStatus(MemberStatus.TRANSFERRED_OUT);
        IdentityModel model = build(List.of());
        assertThat(model.users()).containsOnlyKeys("DV1", "DV2", "DV3");
    }

    @Test
    void fullName_readsInVietnameseOrder_familyAndMiddleNamesAreCamundasFirstName() {
        IdentityModel model = build(List.of());
        IdentityModel.UserInfo mai = model.users().get("DV2");
        assertThat(mai.firstName()).isEqualTo("Trần Thị");
        assertThat(mai.lastName()).isEqualTo("Mai");
        // Camunda shows firstName + " " + lastName (Tasklist header and assignee, Admin's user list)
        assertThat(mai.firstName() + " " + mai.lastName()).isEqualTo("Trần Thị Mai");
    }

    @Test
    void committees_areGroupsWithReadableIds() {
        IdentityModel model = build(List.of());
        assertThat(model.groups()).containsKeys("bch-DUK", "btv-DUK", "bch-STC", "btv-STC", "chi-uy-STC-CB1",
                "chi-bo-STC-CB1", "chi-uy-VP", "chi-bo-VP-T1", "bch-DTN", "btv-DTN", "ban-to-chuc", "hd-thi-dua", "dang-vien");
        assertThat(model.groups().get("btv-STC")).isEqualTo("Ban Thường vụ Đảng bộ STC");
        assertThat(model.groups()).doesNotContainKey("btv-STC-CB1");
    }

    @Test
    void memberInTwoCommittees_isInBothGroups() {
        IdentityModel model = build(List.of(
                new Position(secretary, grassroots, PositionRole.STANDING_MEMBER, null, LocalDate.of(2010, 1, 1)),
                new Position(secretary, branch, PositionRole.SECRETARY, null, LocalDate.of(2010, 1, 1)),
                new Position(secretary, youth, PositionRole.DEPUTY_HEAD, null, LocalDate.of(2010, 1, 1))));
        assertThat(model.memberships().get("DV1")).contains("bch-STC", "btv-STC", "chi-uy-STC-CB1", "bch-DTN",
                "btv-DTN", "chi-bo-STC-CB1", "dang-vien");
    }

    @Test
    void committeeMemberWithoutStandingPost_isOnlyInTheExecutiveCommittee() {
        IdentityModel model = build(List.of(
                new Position(ordinary, grassroots, PositionRole.COMMITTEE_MEMBER, null, LocalDate.of(2010, 1, 1))));
        assertThat(model.memberships().get("DV2")).contains("bch-STC").doesNotContain("btv-STC");
    }

    @Test
    void cellMember_isInTheBranchAndTheCellGroups() {
        cellMember.setCell(cell);
        IdentityModel model = build(List.of());
        assertThat(model.memberships().get("DV3")).contains("chi-bo-VP", "chi-bo-VP-T1");
    }

    @Test
    void boardsAndAgencyLeadership_fromTheirPosts() {
        IdentityModel model = build(List.of(
                new Position(ordinary, bloc, PositionRole.ORGANIZATION_BOARD, null, LocalDate.of(2010, 1, 1)),
                new Position(secretary, grassroots, PositionRole.AGENCY_HEAD, "Giám đốc Sở", LocalDate.of(2010, 1, 1))));
        assertThat(model.memberships().get("DV2")).contains("ban-to-chuc");
        assertThat(model.memberships().get("DV1")).contains("lanh-dao-STC");
        assertThat(model.groups()).containsKey("lanh-dao-STC");
    }

    private IdentityModel build(List<Position> positions) {
        return IdentityModelBuilder.build(List.of(bloc, grassroots, branch, cellBranch, cell, youth),
                List.of(secretary, ordinary, cellMember, gone).stream()
                        .filter(m -> m.getStatus() != MemberStatus.TRANSFERRED_OUT).toList(), positions);
    }

    private static OrgUnit unit(String code, UnitKind kind, OrgUnit parent, boolean btv) {
        OrgUnit u = new OrgUnit(code, kind == UnitKind.BLOC ? "Đảng bộ Khối" : "Đảng bộ " + code, kind, parent);
        u.setHasStandingCommittee(btv);
        return u;
    }

    private static PartyMember member(String code, String name, OrgUnit unit) {
        return new PartyMember(code, name, unit);
    }
}
