package vn.tongket.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.common.DomainException;

class DossierChecklistTest {

    static final List<DossierChecklist.Proposal> PROPOSALS = List.of(
            new DossierChecklist.Proposal(1, Award.BRANCH_CERTIFICATE, "Chi bộ Văn phòng"),
            new DossierChecklist.Proposal(2, Award.MEMBER_MERIT, "Lê Thị Hoa"));

    static List<DossierChecklist.Provided> dossierWide() {
        List<DossierChecklist.Provided> l = new ArrayList<>();
        for (DossierItem i : List.of(DossierItem.YEAR_END_REPORT, DossierItem.EMULATION_PLEDGE, DossierItem.MEETING_MINUTES,
                DossierItem.RANKING_LISTS)) {
            l.add(new DossierChecklist.Provided(i, null, 1));
        }
        l.add(new DossierChecklist.Provided(DossierItem.EMULATION_CERTIFICATE, 2L, 1));
        return l;
    }

    @Test
    void achievementReport_oneSetForBlocAward_twoSetsForProvinceAward() {
        var lines = DossierChecklist.lines(2013, PROPOSALS, List.of());
        assertThat(lines).filteredOn(l -> l.item() == DossierItem.ACHIEVEMENT_REPORT)
                .extracting(DossierChecklist.Line::requiredCopies).containsExactly(1, 2);
        assertThat(lines).filteredOn(l -> l.item() == DossierItem.EMULATION_CERTIFICATE).hasSize(1);
        assertThat(lines.get(0).label()).isEqualTo("Báo cáo tổng kết công tác xây dựng Đảng năm 2013");
        assertThat(lines.get(1).label()).contains("năm 2014");
    }

    @Test
    void proposalLetterIsGenerated_neverMissing() {
        var lines = DossierChecklist.lines(2013, PROPOSALS, List.of());
        assertThat(DossierChecklist.missing(lines)).noneMatch(l -> l.item() == DossierItem.PROPOSAL_LETTER);
    }

    @Test
    void provinceAwardWithOneSet_missing_withTwoSets_complete() {
        List<DossierChecklist.Provided> p = dossierWide();
        p.add(new DossierChecklist.Provided(DossierItem.ACHIEVEMENT_REPORT, 1L, 1));
        p.add(new DossierChecklist.Provided(DossierItem.ACHIEVEMENT_REPORT, 2L, 1));
        assertThatThrownBy(() -> DossierChecklist.requireComplete(DossierChecklist.lines(2013, PROPOSALS, p)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("Hồ sơ còn thiếu 1 mục")
                .hasMessageContaining("Lê Thị Hoa")
                .hasMessageContaining("cần 2 bộ, đã có 1");
        p.add(new DossierChecklist.Provided(DossierItem.ACHIEVEMENT_REPORT, 2L, 1));
        assertThatCode(() -> DossierChecklist.requireComplete(DossierChecklist.lines(2013, PROPOSALS, p))).doesNotThrowAnyException();
    }

    @Test
    void reportOfAnotherCandidate_doesNotCount() {
        List<DossierChecklist.Provided> p = dossierWide();
        p.add(new DossierChecklist.Provided(DossierItem.ACHIEVEMENT_REPORT, 2L, 3));
        assertThat(DossierChecklist.missing(DossierChecklist.lines(2013, PROPOSALS, p)))
                .extracting(DossierChecklist.Line::candidateId).containsExactly(1L);
    }

    @Test
    void emptyDossier_missingEveryUploadedItem() {
        assertThat(DossierChecklist.missing(DossierChecklist.lines(2013, PROPOSALS, List.of()))).hasSize(7);
    }
}
