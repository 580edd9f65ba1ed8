package vn.tongket.organization;

/** Posts a member can hold in a unit; which committee (group) each post sits on is decided here. */
public enum PositionRole {
    SECRETARY("Bí thư", true, true),
    DEPUTY_SECRETARY("Phó Bí thư", true, true),
    STANDING_MEMBER("Ủy viên Ban Thường vụ", true, true),
    COMMITTEE_MEMBER("Ủy viên Ban Chấp hành", true, false),
    /** Head of a mass organization (trưởng đoàn thể: chủ tịch, bí thư đoàn…). */
    HEAD("Trưởng đoàn thể", true, true),
    /** Deputy head of a mass organization. */
    DEPUTY_HEAD("Phó trưởng đoàn thể", true, true),
    /** Head of the agency's leadership collective (giám đốc, chánh văn phòng…). */
    AGENCY_HEAD("Người đứng đầu cơ quan", false, false),
    /** Member of the agency's leadership collective (phó giám đốc…). */
    AGENCY_DEPUTY("Cấp phó cơ quan", false, false),
    /** Seat on the bloc's Ban Tổ chức. */
    ORGANIZATION_BOARD("Ban Tổ chức Đảng ủy Khối", false, false),
    /** Seat on the bloc's emulation and commendation council. */
    EMULATION_COUNCIL("Hội đồng Thi đua – Khen thưởng", false, false);

    private final String label;
    private final boolean executiveCommittee;
    private final boolean standingCommittee;

    PositionRole(String label, boolean executiveCommittee, boolean standingCommittee) {
        this.label = label;
        this.executiveCommittee = executiveCommittee;
        this.standingCommittee = standingCommittee;
    }

    public String label() {
        return label;
    }

    /** Sits on the unit's BCH (or the chi ủy of a branch). */
    public boolean onExecutiveCommittee() {
        return executiveCommittee;
    }

    /** Sits on the unit's BTV when the unit has one. */
    public boolean onStandingCommittee() {
        return standingCommittee;
    }

    /** Head or deputy of a committee or organization: reviewed first, chairs reviews. */
    public boolean isHeadOrDeputy() {
        return this == SECRETARY || this == DEPUTY_SECRETARY || this == HEAD || this == DEPUTY_HEAD
                || this == AGENCY_HEAD || this == AGENCY_DEPUTY;
    }

    public boolean isHead() {
        return this == SECRETARY || this == HEAD || this == AGENCY_HEAD;
    }

    public boolean isAgencyLeadership() {
        return this == AGENCY_HEAD || this == AGENCY_DEPUTY;
    }
}
