package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.tongket.organization.UnitCategory;

class ScorecardCsvTest {

    private static final String CSV = """
            loai;ma;noi_dung;gia_tri
            TIEU_DE;;Bảng điểm 2014;
            NHOM;A;Nhiệm vụ chính trị;
            TIEU_CHI;A.1;Hoàn thành chỉ tiêu, nhiệm vụ;60,5
            NHOM;B;Xây dựng Đảng;
            TIEU_CHI;B.1;Sinh hoạt chi bộ;39.5
            NGUONG;EXEMPLARY_CLEAN_STRONG;;95
            NGUONG;CLEAN_STRONG;;85
            NGUONG;COMPLETED_WELL;;70
            NGUONG;COMPLETED;;50
            HA_LOAI;COMMITTEE_DISCIPLINED;Tập thể cấp ủy bị kỷ luật;WEAK
            """;

    @Test
    void csv_groupsCriteriaBandsVetoes_decimalCommaAccepted() {
        Scorecard s = ScorecardCsv.parse(2014, CSV);
        assertThat(s.title()).isEqualTo("Bảng điểm 2014");
        assertThat(s.groups()).hasSize(2);
        assertThat(s.groups().get(0).criteria().get(0).maxPoints()).isEqualByComparingTo("60.5");
        assertThat(s.groups().get(0).criteria().get(0).name()).isEqualTo("Hoàn thành chỉ tiêu, nhiệm vụ");
        assertThat(s.maxTotal()).isEqualByComparingTo("100");
        assertThat(UnitCategoryRule.band(s, new BigDecimal("85"))).isEqualTo(UnitCategory.CLEAN_STRONG);
        assertThat(s.veto("COMMITTEE_DISCIPLINED").maxCategory()).isEqualTo(UnitCategory.WEAK);
    }

    @Test
    void criterionBeforeAnyGroup_refusedNamingTheLine() {
        assertThatThrownBy(() -> ScorecardCsv.parse(2014, "loai;ma;noi_dung;gia_tri\nTIEU_CHI;X;Y;10\n"))
                .hasMessageContaining("Dòng 2");
    }

    @Test
    void missingBand_refused() {
        assertThatThrownBy(() -> ScorecardCsv.parse(2014, CSV.replace("NGUONG;COMPLETED;;50\n", "")))
                .hasMessageContaining("Hoàn thành nhiệm vụ");
    }

    @Test
    void unknownCategory_refused() {
        assertThatThrownBy(() -> ScorecardCsv.parse(2014, CSV.replace(";WEAK", ";KEM")))
                .hasMessageContaining("KEM");
    }
}
