package vn.tongket.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskBodyNameTest {

    @Test
    void taskOfAMember_saysThePlaceItIsFor() {
        assertThat(TaskBodyName.withBody("Viết bản kiểm điểm cá nhân, tự xếp loại", TaskBodyName.label("Chi bộ Sở Xây dựng", null)))
                .isEqualTo("Viết bản kiểm điểm cá nhân, tự xếp loại — Chi bộ Sở Xây dựng");
    }

    @Test
    void taskOfTheUnitsOwnBody_showsTheBodyWhoseNameNamesTheUnit() {
        assertThat(TaskBodyName.label("Chi bộ Văn phòng", "Chi ủy Chi bộ Văn phòng")).isEqualTo("Chi ủy Chi bộ Văn phòng");
    }

    @Test
    void taskOfASuperiorBody_showsTheUnitAndTheBodyInBrackets() {
        assertThat(TaskBodyName.label("Chi bộ Văn phòng", "Ban Thường vụ Đảng bộ Sở Tài chính"))
                .isEqualTo("Chi bộ Văn phòng (Ban Thường vụ Đảng bộ Sở Tài chính)");
    }

    @Test
    void onlyABody_orNothingKnown() {
        assertThat(TaskBodyName.label(null, "Ban Tổ chức Đảng ủy Khối")).isEqualTo("Ban Tổ chức Đảng ủy Khối");
        assertThat(TaskBodyName.label(" ", null)).isNull();
        assertThat(TaskBodyName.withBody("Duyệt", null)).isEqualTo("Duyệt");
    }

    @Test
    void nameAlreadyCarryingABody_isNotExtendedTwice() {
        String once = TaskBodyName.withBody("Duyệt báo cáo", "Chi bộ Kho");
        assertThat(TaskBodyName.withBody(once, "Chi bộ Kho")).isEqualTo("Duyệt báo cáo — Chi bộ Kho");
    }
}
