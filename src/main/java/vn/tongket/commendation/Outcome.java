package vn.tongket.commendation;

/** Result of one criterion. */
public enum Outcome {
    MET("Đạt"),
    NOT_MET("Không đạt"),
    /** A judgement the unit's committee makes when it selects its proposals (new activities, typical models). */
    TO_BE_JUDGED("Chờ cấp ủy đánh giá");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Outcome of(boolean met) {
        return met ? MET : NOT_MET;
    }
}
