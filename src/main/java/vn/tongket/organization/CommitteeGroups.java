package vn.tongket.organization;

/**
 * Readable, stable Camunda group ids computed from the organization model. Processes route user tasks
 * with these ids (e.g. {@code camunda:candidateGroups="${reviewCommitteeGroup}"}, computed by a delegate).
 */
public final class CommitteeGroups {

    /** Ban Tổ chức Đảng ủy Khối. */
    public static final String ORGANIZATION_BOARD = "ban-to-chuc";
    /** Hội đồng Thi đua – Khen thưởng Đảng ủy Khối. */
    public static final String EMULATION_COUNCIL = "hd-thi-dua";
    /** Camunda's administrators group. */
    public static final String ADMIN = "camunda-admin";
    /** Every member who can log in: gives access to Tasklist. */
    public static final String ALL_MEMBERS = "dang-vien";

    private CommitteeGroups() {
    }

    /** Ban Chấp hành of a committee organization (bloc, grassroots committee, sub-committee, mass organization). */
    public static String executiveCommittee(String unitCode) {
        return "bch-" + unitCode;
    }

    /** Ban Thường vụ of a unit that has one. */
    public static String standingCommittee(String unitCode) {
        return "btv-" + unitCode;
    }

    /** Chi ủy of a branch. */
    public static String branchCommittee(String unitCode) {
        return "chi-uy-" + unitCode;
    }

    /** Leadership collective of the agency attached to a unit (giám đốc, phó giám đốc…). */
    public static String agencyLeadership(String unitCode) {
        return "lanh-dao-" + unitCode;
    }

    /** All members active in a branch (or cell): the review meeting's participants. */
    public static String branchMembers(String unitCode) {
        return "chi-bo-" + unitCode;
    }

    /** The committee that leads a unit: its BTV if it has one, else its BCH, or the chi ủy of a branch. */
    public static String leadingCommittee(OrgUnit unit) {
        if (unit.getKind().isBranch() || unit.getKind() == UnitKind.CELL) {
            return branchCommittee(unit.getCode());
        }
        return unit.isHasStandingCommittee() ? standingCommittee(unit.getCode()) : executiveCommittee(unit.getCode());
    }

    /**
     * The direct superior committee of a unit (cấp ủy cấp trên trực tiếp): the leading committee of its parent;
     * a cell's superior is its branch's committee. The bloc has no superior in this system (Tỉnh ủy is outside).
     */
    public static String superiorCommittee(OrgUnit unit) {
        OrgUnit parent = unit.getParent();
        if (parent == null) {
            return ORGANIZATION_BOARD;
        }
        return leadingCommittee(parent);
    }
}
