package vn.tongket.evaluation;

/** The texts an evaluation collects, in process order. */
public enum EntryStep {
    /** Gathered automatically from the review feature: one row per place reviewed. */
    REVIEW_CONCLUSION("Kết luận kiểm điểm"),
    SELF_ASSESSMENT("Tự nhận xét, đánh giá của cán bộ"),
    COLLECTIVE_COMMENT("Ý kiến nhận xét của tập thể lãnh đạo"),
    BRANCH_COMMENT("Ý kiến nhận xét của chi ủy nơi sinh hoạt"),
    COLLECTIVE_REPORT("Báo cáo tự đánh giá của tập thể"),
    DECISION("Nhận xét, kết luận của cấp có thẩm quyền");

    private final String label;

    EntryStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A step a person writes (not gathered). */
    public boolean writable() {
        return this != REVIEW_CONCLUSION;
    }
}
