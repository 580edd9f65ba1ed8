package vn.tongket.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tongket.common.DomainException;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.UnitKind;

/** The real reporting chains of Đ.II.1, Đ.II.3, B.III.2.2 and C.III.2.4.1, and who may download (C.III.4). */
class ReportRouteTest {

    final OrgUnit bloc = unit("DUK", "Đảng ủy Khối", UnitKind.BLOC, null, true);
    final OrgUnit grassroots = unit("SGD", "Đảng bộ Sở Giáo dục", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
    final OrgUnit smallGrassroots = unit("SXD", "Đảng bộ Sở Xây dựng", UnitKind.GRASSROOTS_COMMITTEE, bloc, false);
    final OrgUnit sub = unit("SGD-BP", "Đảng bộ bộ phận Trường A", UnitKind.SUB_COMMITTEE, grassroots, false);
    final OrgUnit branch = unit("SGD-VP", "Chi bộ Văn phòng", UnitKind.BRANCH, grassroots, false);
    final OrgUnit deepBranch = unit("SGD-BP-1", "Chi bộ Tổ Toán", UnitKind.BRANCH, sub, false);
    final OrgUnit grassrootsBranch = unit("CBTP", "Chi bộ Sở Tư pháp", UnitKind.GRASSROOTS_BRANCH, bloc, false);
    final OrgUnit youth = unit("DTN", "Đoàn Thanh niên Khối", UnitKind.MASS_ORGANIZATION, bloc, true);

    static OrgUnit unit(String code, String name, UnitKind kind, OrgUnit parent, boolean standing) {
        OrgUnit u = new OrgUnit(code, name, kind, parent);
        u.setHasStandingCommittee(standing);
        return u;
    }

    static List<String> groups(ReportRoute r) {
        return r.receivers().stream().map(ReportRoute.Hop::group).toList();
    }

    @Test
    void branchUnderGrassrootsCommittee_reportsThroughThatCommittee_thenOrganizationBoard_thenBlocStandingCommittee() {
        ReportRoute r = ReportRoute.of(branch, SubmissionKind.REVIEW_RANKING);
        assertThat(r.senderGroup()).isEqualTo("chi-uy-SGD-VP");
        assertThat(groups(r)).containsExactly("btv-SGD", "ban-to-chuc", "btv-DUK");
        assertThat(r.receiverNames()).isEqualTo("Ban Thường vụ Đảng bộ Sở Giáo dục → Ban Tổ chức Đảng ủy Khối → Ban Thường vụ Đảng ủy Khối");
    }

    @Test
    void branchUnderSubCommittee_reportsThroughEachCommitteeAbove() {
        assertThat(groups(ReportRoute.of(deepBranch, SubmissionKind.EVALUATION_RESULTS)))
                .containsExactly("bch-SGD-BP", "btv-SGD", "ban-to-chuc", "btv-DUK");
    }

    @Test
    void grassrootsOrganizations_andMassOrganizations_reportToOrganizationBoardDirectly() {
        assertThat(groups(ReportRoute.of(grassroots, SubmissionKind.REVIEW_RANKING))).containsExactly("ban-to-chuc", "btv-DUK");
        assertThat(ReportRoute.of(grassroots, SubmissionKind.REVIEW_RANKING).senderGroup()).isEqualTo("btv-SGD");
        assertThat(ReportRoute.of(smallGrassroots, SubmissionKind.CONFERENCE).senderGroup()).isEqualTo("bch-SXD");
        assertThat(groups(ReportRoute.of(grassrootsBranch, SubmissionKind.CONFERENCE))).containsExactly("ban-to-chuc", "btv-DUK");
        assertThat(ReportRoute.of(grassrootsBranch, SubmissionKind.CONFERENCE).senderGroup()).isEqualTo("chi-uy-CBTP");
        assertThat(groups(ReportRoute.of(youth, SubmissionKind.EVALUATION_RESULTS))).containsExactly("ban-to-chuc", "btv-DUK");
    }

    @Test
    void voteResults_goToTheDirectSuperiorCollectiveOnly_notThroughOrganizationBoard() {
        assertThat(groups(ReportRoute.of(grassroots, SubmissionKind.VOTE_RESULTS))).containsExactly("btv-DUK");
        assertThat(groups(ReportRoute.of(youth, SubmissionKind.VOTE_RESULTS))).containsExactly("btv-DUK");
        assertThat(groups(ReportRoute.of(branch, SubmissionKind.VOTE_RESULTS))).containsExactly("btv-SGD");
    }

    @Test
    void blocReports_goToTheProvinceOutsideTheSystem_withoutReceivingTask() {
        ReportRoute r = ReportRoute.of(bloc, SubmissionKind.VOTE_RESULTS);
        assertThat(r.senderGroup()).isEqualTo("btv-DUK");
        assertThat(r.receivers()).isEmpty();
        assertThat(r.receiverNames()).contains("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void cell_sendsNoReportOfItsOwn() {
        OrgUnit cell = unit("SGD-VP-T1", "Tổ đảng 1", UnitKind.CELL, branch, false);
        assertThatThrownBy(() -> ReportRoute.of(cell, SubmissionKind.REVIEW_RANKING))
                .isInstanceOf(DomainException.class).hasMessageContaining("báo cáo qua chi bộ");
    }

    @Test
    void reportKind_unknownOrWrongType_refusedInVietnamese() {
        assertThat(SubmissionKind.parse("VOTE_RESULTS")).isEqualTo(SubmissionKind.VOTE_RESULTS);
        assertThatThrownBy(() -> SubmissionKind.parse("VOTE")).hasMessageContaining("Loại báo cáo không hợp lệ");
        assertThatThrownBy(() -> SubmissionKind.parse(42)).hasMessageContaining("Loại báo cáo không hợp lệ");
        assertThatThrownBy(() -> SubmissionKind.parse(null)).hasMessageContaining("Loại báo cáo không hợp lệ");
    }

    @Test
    void voteResultsDocument_C_III_4_votersAndDirectSuperiorOnly_notCandidateAlone_notOrganizationBoard_notOtherUnits() {
        ReportRoute r = ReportRoute.of(grassroots, SubmissionKind.VOTE_RESULTS);
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.VOTE_RESULTS, grassroots, r, "u1", Set.of("bch-SGD"), false)).isTrue();
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.VOTE_RESULTS, grassroots, r, "u2", Set.of("btv-DUK"), false)).isTrue();
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.VOTE_RESULTS, grassroots, r, "u3", Set.of("ban-to-chuc"), false)).isFalse();
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.VOTE_RESULTS, grassroots, r, "u4", Set.of("chi-bo-SGD-VP"), false)).isFalse();
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.VOTE_RESULTS, grassroots, r, "u5", Set.of("btv-SXD"), false)).isFalse();
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.VOTE_RESULTS, grassroots, r, "admin", Set.of(), true)).isTrue();
    }

    @Test
    void otherDocuments_senderAndEveryReceiverOnTheRoute_notOtherUnits() {
        ReportRoute r = ReportRoute.of(branch, SubmissionKind.REVIEW_RANKING);
        for (String g : List.of("chi-uy-SGD-VP", "btv-SGD", "ban-to-chuc", "btv-DUK")) {
            assertThat(SubmissionAccess.mayDownload(SubmissionKind.REVIEW_RANKING, branch, r, "u", Set.of(g), false)).as(g).isTrue();
        }
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.REVIEW_RANKING, branch, r, "u", Set.of("bch-SGD", "chi-bo-SGD-VP"), false)).isFalse();
        assertThat(SubmissionAccess.mayDownload(SubmissionKind.REVIEW_RANKING, branch, r, "u", Set.of("chi-uy-SGD-KT"), false)).isFalse();
    }
}
