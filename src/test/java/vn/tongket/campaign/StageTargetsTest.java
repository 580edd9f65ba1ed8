package vn.tongket.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.campaign.StageTargets.UnitNode;
import vn.tongket.organization.UnitKind;

class StageTargetsTest {

    static final List<UnitNode> BLOC = List.of(
            new UnitNode("DUK", UnitKind.BLOC),
            new UnitNode("SYT", UnitKind.GRASSROOTS_COMMITTEE),
            new UnitNode("CBCS", UnitKind.GRASSROOTS_BRANCH),
            new UnitNode("DTN", UnitKind.MASS_ORGANIZATION),
            new UnitNode("SYT-BP", UnitKind.SUB_COMMITTEE),
            new UnitNode("SYT-CB1", UnitKind.BRANCH),
            new UnitNode("SYT-BP-CB2", UnitKind.BRANCH),
            new UnitNode("SYT-CB1-T1", UnitKind.CELL));

    @Test
    void reviews_everyReviewingBodyParentsFirst_cellsReviewInsideTheirBranch() {
        assertThat(StageTargets.of(Stage.REVIEW, BLOC))
                .containsExactly("DUK", "SYT", "CBCS", "DTN", "SYT-BP", "SYT-CB1", "SYT-BP-CB2");
    }

    @Test
    void ranking_grassrootsOrganizationsOnly_commendationAlsoTheBlocCouncil() {
        assertThat(StageTargets.of(Stage.RANKING, BLOC)).containsExactly("SYT", "CBCS");
        assertThat(StageTargets.of(Stage.COMMENDATION, BLOC)).containsExactly("DUK", "SYT", "CBCS");
    }

    @Test
    void votes_theExecutiveCommitteesOfBlocGrassrootsCommitteesAndMassOrganizations() {
        assertThat(StageTargets.of(Stage.VOTE, BLOC)).containsExactly("DUK", "SYT", "DTN");
    }

    @Test
    void votes_aGrassrootsCommitteeWithoutBtv_hasNoVotingConference() {
        List<UnitNode> units = List.of(new UnitNode("DUK", UnitKind.BLOC), new UnitNode("SYT", UnitKind.GRASSROOTS_COMMITTEE, false),
                new UnitNode("STC", UnitKind.GRASSROOTS_COMMITTEE, true));
        assertThat(StageTargets.of(Stage.VOTE, units)).containsExactly("DUK", "STC");
        assertThat(StageTargets.of(Stage.EVALUATION, units)).containsExactly("DUK", "SYT", "STC");
    }

    @Test
    void evaluation_unitsWithLeadersUnderTheBloc() {
        assertThat(StageTargets.of(Stage.EVALUATION, BLOC)).containsExactly("DUK", "SYT", "CBCS", "DTN");
    }

    @Test
    void oneGrassrootsUnit_onlyItsSubtree() {
        List<UnitNode> syt = BLOC.stream().filter(u -> u.code().startsWith("SYT")).toList();
        assertThat(StageTargets.of(Stage.REVIEW, syt)).containsExactly("SYT", "SYT-BP", "SYT-CB1", "SYT-BP-CB2");
        assertThat(StageTargets.of(Stage.VOTE, syt)).containsExactly("SYT");
    }

    @Test
    void commendationDeadline_appliesToGrassrootsDossiers_notToTheBlocCouncilsDecision() {
        assertThat(StageTargets.deadlineApplies(Stage.COMMENDATION, UnitKind.GRASSROOTS_COMMITTEE)).isTrue();
        assertThat(StageTargets.deadlineApplies(Stage.COMMENDATION, UnitKind.BLOC)).isFalse();
        assertThat(StageTargets.deadlineApplies(Stage.VOTE, UnitKind.BLOC)).isTrue();
        assertThat(StageTargets.deadlineApplies(Stage.EVALUATION, UnitKind.BLOC)).isTrue();
    }
}
