package vn.tongket.organization;

/** Kinds of commendation recorded in the history. */
public enum AwardKind {
    /** Giấy khen of the BTV Đảng ủy Khối. */
    BLOC_CERTIFICATE("Giấy khen của Ban Thường vụ Đảng ủy Khối"),
    /** Bằng khen of the BTV Tỉnh ủy. */
    PROVINCE_MERIT("Bằng khen của Ban Thường vụ Tỉnh ủy"),
    /** Any other award recorded for information. */
    OTHER("Hình thức khen thưởng khác");

    private final String label;

    AwardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
