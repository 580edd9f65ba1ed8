package vn.tongket.commendation;

import vn.tongket.organization.AwardKind;

/**
 * The four awards of part B.III.1 of the guidance. Years are relative to the campaign year N: the award needs
 * {@link #consecutiveYears} years N-k+1..N, and a previous award of the same {@link #kind} waits
 * {@link #waitingYears} years from its decision date.
 */
public enum Award {
    /** Giấy khen ĐUK for a chi bộ trực thuộc đảng ủy cơ sở (B.III.1.1, first indent). */
    BRANCH_CERTIFICATE("Giấy khen BTV Đảng ủy Khối – chi bộ trực thuộc", AwardKind.BLOC_CERTIFICATE, false, 3, 3, 1,
            "Đảng ủy Khối"),
    /** Bằng khen Tỉnh ủy for a grassroots party organization (B.III.1.1, second indent). */
    ORGANIZATION_MERIT("Bằng khen BTV Tỉnh ủy – tổ chức cơ sở đảng", AwardKind.PROVINCE_MERIT, false, 3, 3, 2,
            "Tỉnh ủy"),
    /** Giấy khen ĐUK for a party member (B.III.1.2, first indent). */
    MEMBER_CERTIFICATE("Giấy khen BTV Đảng ủy Khối – đảng viên", AwardKind.BLOC_CERTIFICATE, true, 3, 3, 1,
            "Đảng ủy Khối"),
    /** Bằng khen Tỉnh ủy for a party member (B.III.1.2, second indent). */
    MEMBER_MERIT("Bằng khen BTV Tỉnh ủy – đảng viên", AwardKind.PROVINCE_MERIT, true, 5, 5, 2, "Tỉnh ủy");

    private final String label;
    private final AwardKind kind;
    private final boolean forMember;
    private final int consecutiveYears;
    private final int waitingYears;
    private final int achievementReportSets;
    private final String grantor;

    Award(String label, AwardKind kind, boolean forMember, int consecutiveYears, int waitingYears,
          int achievementReportSets, String grantor) {
        this.label = label;
        this.kind = kind;
        this.forMember = forMember;
        this.consecutiveYears = consecutiveYears;
        this.waitingYears = waitingYears;
        this.achievementReportSets = achievementReportSets;
        this.grantor = grantor;
    }

    public String label() { return label; }
    public AwardKind kind() { return kind; }
    public boolean forMember() { return forMember; }
    public int consecutiveYears() { return consecutiveYears; }
    public int waitingYears() { return waitingYears; }
    /** Sets of the certified achievement report the dossier holds (B.III.2.1: ĐUK khen 01 bộ, Tỉnh ủy khen 02 bộ). */
    public int achievementReportSets() { return achievementReportSets; }
    public String grantor() { return grantor; }
    /** Granted by the BTV Tỉnh ủy on the bloc's proposal, within the bloc-wide allocation of 10. */
    public boolean provincial() { return kind == AwardKind.PROVINCE_MERIT; }
    /** The award level stored in commendation_history. */
    public String level() { return provincial() ? "TINH_UY" : "DANG_UY_KHOI"; }

    /** First year of the window N-k+1..N. */
    public int firstYear(int campaignYear) {
        return campaignYear - consecutiveYears + 1;
    }
}
