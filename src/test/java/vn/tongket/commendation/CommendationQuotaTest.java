package vn.tongket.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tongket.common.DomainException;

class CommendationQuotaTest {

    @Test
    void fifteenPercentRoundedDown_smallCounts() {
        assertThat(CommendationQuota.percentQuota(0)).isZero();
        assertThat(CommendationQuota.percentQuota(6)).isZero();
        assertThat(CommendationQuota.percentQuota(7)).isEqualTo(1);
        assertThat(CommendationQuota.percentQuota(13)).isEqualTo(1);
        assertThat(CommendationQuota.percentQuota(14)).isEqualTo(2);
        assertThat(CommendationQuota.percentQuota(20)).isEqualTo(3);
    }

    @Test
    void fifteenPercentOfSix_isZero_saidWithTheFigures() {
        assertThat(CommendationQuota.percentFigures(6)).isEqualTo("15% × 6 = 0,9, làm tròn xuống: tối đa 0");
        assertThat(CommendationQuota.percentFigures(7)).isEqualTo("15% × 7 = 1,05, làm tròn xuống: tối đa 1");
        assertThat(CommendationQuota.percentFigures(20)).isEqualTo("15% × 20 = 3, làm tròn xuống: tối đa 3");
    }

    @Test
    void oneBranchOfSixExemplary_refusedWithFigures() {
        assertThatThrownBy(() -> CommendationQuota.checkBranches(1, 6, 2013))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("đã chọn 1 chi bộ")
                .hasMessageContaining("6 chi bộ “Trong sạch, vững mạnh tiêu biểu” năm 2013")
                .hasMessageContaining("15% × 6 = 0,9, làm tròn xuống: tối đa 0");
    }

    @Test
    void oneBranchOfSevenExemplary_allowed_twoRefused() {
        assertThatCode(() -> CommendationQuota.checkBranches(1, 7, 2013)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CommendationQuota.checkBranches(2, 7, 2013)).isInstanceOf(DomainException.class);
    }

    @Test
    void membersQuotaFromExcellentMembers_14gives2_3refused() {
        assertThatCode(() -> CommendationQuota.checkMembers(2, 14, 2013)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CommendationQuota.checkMembers(3, 14, 2013))
                .hasMessageContaining("14 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2013")
                .hasMessageContaining("tối đa 2");
    }

    @Test
    void provinceTenOrganizationsTenMembers_eleventhRefused() {
        assertThatCode(() -> CommendationQuota.checkProvince(10, 10)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CommendationQuota.checkProvince(11, 0)).hasMessageContaining("đã chọn 11 tổ chức");
        assertThatThrownBy(() -> CommendationQuota.checkProvince(0, 11)).hasMessageContaining("đã chọn 11 đảng viên");
    }

    @Test
    void provinceRanking_byPrimaryThenSecondaryThenName() {
        var a = new ProvinceRanking.Entry(1, Award.MEMBER_MERIT, "An", "U", 2, 1, "");
        var b = new ProvinceRanking.Entry(2, Award.MEMBER_MERIT, "Bình", "U", 3, 0, "");
        var c = new ProvinceRanking.Entry(3, Award.MEMBER_MERIT, "Châu", "U", 2, 2, "");
        var d = new ProvinceRanking.Entry(4, Award.MEMBER_MERIT, "Anh", "U", 2, 1, "");
        assertThat(ProvinceRanking.rank(List.of(a, b, c, d))).extracting(ProvinceRanking.Entry::candidateId)
                .containsExactly(2L, 3L, 1L, 4L);
    }
}
