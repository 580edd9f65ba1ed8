package vn.tongket.organization;

/** Quality category of a party member, best first; NOT_RANKED for members on leave, ill or under discipline. */
public enum MemberCategory {
    EXCELLENT("Đủ tư cách, hoàn thành xuất sắc nhiệm vụ"),
    COMPLETED_WELL("Đủ tư cách, hoàn thành tốt nhiệm vụ"),
    COMPLETED("Đủ tư cách, hoàn thành nhiệm vụ"),
    VIOLATED_OR_NOT_COMPLETED("Vi phạm tư cách hoặc không hoàn thành nhiệm vụ"),
    NOT_RANKED("Không xếp loại");

    private final String label;

    MemberCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Ranked as completing tasks at some level (HTXS, HTT or HT). */
    public boolean completesTasks() {
        return this == EXCELLENT || this == COMPLETED_WELL || this == COMPLETED;
    }

    /** Completing tasks well or better: HTXS counts as HTTNV (domain.md §4.8, our reading). */
    public boolean completesTasksWell() {
        return this == EXCELLENT || this == COMPLETED_WELL;
    }
}
