package vn.tongket.organization;

public enum MemberStatus {
    ACTIVE("Đang sinh hoạt"),
    ON_LEAVE("Miễn sinh hoạt / nghỉ dài hạn"),
    ILL("Ốm đau dài ngày"),
    UNDER_DISCIPLINE("Đang xem xét kỷ luật"),
    TRANSFERRED_OUT("Đã chuyển sinh hoạt");

    private final String label;

    MemberStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Members who are not ranked this year (on leave, ill, discipline pending) — domain.md §4.8. */
    public boolean excludedFromRanking() {
        return this == ON_LEAVE || this == ILL || this == UNDER_DISCIPLINE;
    }
}
