package vn.tongket.organization;

/** Emulation titles; each level counts as "Chiến sỹ thi đua cơ sở hoặc tương đương trở lên". */
public enum EmulationTitle {
    GRASSROOTS_EMULATION_FIGHTER("Chiến sỹ thi đua cơ sở"),
    PROVINCIAL_EMULATION_FIGHTER("Chiến sỹ thi đua cấp tỉnh"),
    NATIONAL_EMULATION_FIGHTER("Chiến sỹ thi đua toàn quốc");

    private final String label;

    EmulationTitle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
