package vn.tongket.commendation;

public enum DossierStatus {
    OPEN("Đang lập hồ sơ"),
    SUBMITTED("Đã gửi hồ sơ"),
    RECEIVED("Ban Tổ chức đã tiếp nhận"),
    NO_PROPOSAL("Đơn vị không đề nghị khen thưởng"),
    NOT_PROPOSED_LATE("Quá hạn 18/01: coi như không đề nghị khen thưởng");

    private final String label;

    DossierStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counted at the bloc level: sent on time. */
    public boolean submitted() {
        return this == SUBMITTED || this == RECEIVED;
    }
}
