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

    @Test
    void longNames_areCutToWhatTheEngineStores() {
        String name = TaskBodyName.withBody("Viết bản kiểm điểm cá nhân, tự xếp loại", "x".repeat(300));
        assertThat(name).hasSize(TaskBodyName.MAX_LENGTH).endsWith("…");
        assertThat(TaskBodyName.sharedWith("y".repeat(250), "Chi bộ Kho")).hasSizeLessThanOrEqualTo(TaskBodyName.MAX_LENGTH);
    }

    @Test
    void selfReviewServingSeveralPlaces_namesEachOnce() {
        String one = TaskBodyName.sharedWith("Viết bản kiểm điểm — Chi bộ A", "Tập thể lãnh đạo cơ quan");
        assertThat(one).isEqualTo("Viết bản kiểm điểm — Chi bộ A (dùng chung cho cả Tập thể lãnh đạo cơ quan)");
        String two = TaskBodyName.sharedWith(one, "Ban Chấp hành Đảng bộ B");
        assertThat(two).isEqualTo("Viết bản kiểm điểm — Chi bộ A (dùng chung cho cả Tập thể lãnh đạo cơ quan; Ban Chấp hành Đảng bộ B)");
        assertThat(TaskBodyName.sharedWith(two, "Ban Chấp hành Đảng bộ B")).isEqualTo(two);
    }
}
