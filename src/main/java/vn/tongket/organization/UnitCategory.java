package vn.tongket.organization;

/** Quality category of a grassroots party organization, best first. */
public enum UnitCategory {
    EXEMPLARY_CLEAN_STRONG("Trong sạch, vững mạnh tiêu biểu"),
    CLEAN_STRONG("Trong sạch, vững mạnh"),
    COMPLETED_WELL("Hoàn thành tốt nhiệm vụ"),
    COMPLETED("Hoàn thành nhiệm vụ"),
    WEAK("Yếu kém");

    private final String label;

    UnitCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** TSVM includes its exemplary subset. */
    public boolean isCleanStrong() {
        return this == EXEMPLARY_CLEAN_STRONG || this == CLEAN_STRONG;
    }
}
