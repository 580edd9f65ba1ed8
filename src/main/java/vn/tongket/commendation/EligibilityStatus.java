package vn.tongket.commendation;

public enum EligibilityStatus {
    ELIGIBLE("Đủ tiêu chuẩn"),
    /** Every recorded criterion is met; the committee's judgement on new activities is still to be made. */
    SUBJECT_TO_JUDGEMENT("Đủ tiêu chuẩn về số liệu, chờ cấp ủy đánh giá hoạt động, nhân tố mới"),
    NOT_ELIGIBLE("Không đủ tiêu chuẩn");

    private final String label;

    EligibilityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** May be proposed (the judgement is made by the selection itself). */
    public boolean proposable() {
        return this != NOT_ELIGIBLE;
    }
}
