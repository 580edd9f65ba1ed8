package vn.tongket.organization;

/** Kinds of unit in the bloc's tree (domain.md glossary). */
public enum UnitKind {
    /** Đảng ủy Khối: the bloc committee, root of the tree. */
    BLOC("Đảng bộ Khối"),
    /** Đảng bộ cơ sở: grassroots committee organization with subordinate branches. */
    GRASSROOTS_COMMITTEE("Đảng bộ cơ sở"),
    /** Đảng bộ bộ phận: intermediate sub-committee between a grassroots committee and its branches. */
    SUB_COMMITTEE("Đảng bộ bộ phận"),
    /** Chi bộ trực thuộc: branch under a grassroots committee or a sub-committee. */
    BRANCH("Chi bộ trực thuộc"),
    /** Chi bộ cơ sở: grassroots branch directly under the bloc. */
    GRASSROOTS_BRANCH("Chi bộ cơ sở"),
    /** Tổ đảng: party cell inside a branch of more than 30 members. */
    CELL("Tổ đảng"),
    /** Đoàn thể chính trị - xã hội: youth union, trade union, veterans' association… */
    MASS_ORGANIZATION("Đoàn thể chính trị - xã hội");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A grassroots party organization (tổ chức cơ sở đảng): ranked and commended as a whole. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_BRANCH;
    }

    /** A branch where members are active (sinh hoạt): reviews and ranks members. */
    public boolean isBranch() {
        return this == BRANCH || this == GRASSROOTS_BRANCH;
    }

    /** Led by an executive committee (BCH) rather than a branch committee (chi ủy). */
    public boolean hasExecutiveCommittee() {
        return this == BLOC || this == GRASSROOTS_COMMITTEE || this == SUB_COMMITTEE || this == MASS_ORGANIZATION;
    }
}
