package vn.tongket.vote;

/** The three boxes of a ballot (C.III.2.2): tín nhiệm cao / tín nhiệm / tín nhiệm thấp. */
public enum Level {
    HIGH("Tín nhiệm cao", 1),
    MEDIUM("Tín nhiệm", 2),
    LOW("Tín nhiệm thấp", 4);

    private final String label;
    private final int bit;

    Level(String label, int bit) {
        this.label = label;
        this.bit = bit;
    }

    public String label() {
        return label;
    }

    /** Bit of this box in the compact encoding of {@link CandidateMark}. */
    int bit() {
        return bit;
    }
}
