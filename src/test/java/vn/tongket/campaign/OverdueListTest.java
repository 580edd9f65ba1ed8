package vn.tongket.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.UnitKind;

class OverdueListTest {

    @Test
    void oneNoticePerSuperiorBody_eachLineNamesUnitStageAndRule() {
        List<OverdueList.Notice> notices = OverdueList.group(List.of(
                new OverdueList.Entry("SKH", "Đảng bộ Sở KH", Stage.VOTE, "DUK", "Đảng bộ Khối"),
                new OverdueList.Entry("STC-CB2", "Chi bộ 2", Stage.REVIEW, "STC", "Đảng bộ Sở Tài chính"),
                new OverdueList.Entry("BQL", "Chi bộ BQL", Stage.REVIEW, "DUK", "Đảng bộ Khối")));
        assertThat(notices).extracting(OverdueList.Notice::superiorKey).containsExactly("DUK", "STC");
        OverdueList.Notice bloc = notices.get(0);
        assertThat(bloc.entries()).extracting(OverdueList.Entry::unitCode).as("by stage, then unit").containsExactly("BQL", "SKH");
        String text = bloc.text("30/12");
        assertThat(text).contains("Đến hạn 30/12, 2 việc", "Chi bộ BQL (BQL): Kiểm điểm — " + Stage.REVIEW.rule(),
                "Đảng bộ Sở KH (SKH): Lấy phiếu tín nhiệm — Đ.II.3");
    }

    @Test
    void nothingLate_noNotice() {
        assertThat(OverdueList.group(List.of())).isEmpty();
    }

    @Test
    void everyStageCitesItsDateOfTheGuidance() {
        assertThat(Stage.REVIEW.rule()).contains("25 tháng 12");
        assertThat(Stage.RANKING.rule()).contains("25 tháng 12");
        assertThat(Stage.VOTE.rule()).contains("30 tháng 12");
        assertThat(Stage.CONFERENCE.rule()).contains("15.01");
        assertThat(Stage.COMMENDATION.rule()).contains("18 tháng 01");
        assertThat(Stage.EVALUATION.rule()).contains("20 tháng 01");
    }

    @Test
    void pipelines_theBlocGrassrootsAndMassOrganizations_notBranchesOrSubCommittees() {
        List<StageTargets.UnitNode> tree = List.of(new StageTargets.UnitNode("B", UnitKind.BLOC),
                new StageTargets.UnitNode("G1", UnitKind.GRASSROOTS_COMMITTEE),
                new StageTargets.UnitNode("G1-P", UnitKind.SUB_COMMITTEE),
                new StageTargets.UnitNode("G1-C1", UnitKind.BRANCH),
                new StageTargets.UnitNode("G2", UnitKind.GRASSROOTS_BRANCH),
                new StageTargets.UnitNode("M1", UnitKind.MASS_ORGANIZATION));
        assertThat(StageTargets.cycleUnits(tree)).containsExactly("B", "G1", "G2", "M1");
        assertThat(StageTargets.of(Stage.CONFERENCE, tree)).as("Đ.II.2: each grassroots organization").containsExactly("G1", "G2");
    }
}
