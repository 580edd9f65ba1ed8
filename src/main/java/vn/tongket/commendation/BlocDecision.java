package vn.tongket.commendation;

/** What the bloc level decided about a proposal. */
public enum BlocDecision {
    /** Giấy khen granted by the BTV Đảng ủy Khối. */
    CERTIFICATE_GRANTED("BTV Đảng ủy Khối tặng giấy khen"),
    /** Chosen among the 10 + 10 proposed to the BTV Tỉnh ủy. */
    PROPOSED_TO_PROVINCE("BTV Đảng ủy Khối đề nghị BTV Tỉnh ủy tặng bằng khen"),
    /** Bằng khen granted by the BTV Tỉnh ủy (decision entered). */
    MERIT_GRANTED("BTV Tỉnh ủy tặng bằng khen"),
    NOT_SELECTED("Không được chọn");

    private final String label;

    BlocDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
