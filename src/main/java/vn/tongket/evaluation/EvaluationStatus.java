package vn.tongket.evaluation;

/** Where an evaluation stands. */
public enum EvaluationStatus {
    OPEN("Đang đánh giá"),
    DECIDED("Đã quyết định xếp loại"),
    ACKNOWLEDGED("Cán bộ/tập thể đã nhận thông báo");

    private final String label;

    EvaluationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
