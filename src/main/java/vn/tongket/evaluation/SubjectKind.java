package vn.tongket.evaluation;

/** What is evaluated: a leadership collective (a unit's leading committee) or one cadre. */
public enum SubjectKind {
    COLLECTIVE("Tập thể lãnh đạo"),
    CADRE("Cán bộ lãnh đạo, quản lý");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
