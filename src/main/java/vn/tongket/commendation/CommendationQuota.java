package vn.tongket.commendation;

import vn.tongket.common.DomainException;

/**
 * The quotas of part B.III.1: at most 15 % of the grassroots organization's "TSVM tiêu biểu" branches (branch
 * giấy khen) and of its members ranked HTXS in N (member giấy khen), ROUNDED DOWN (15 % of 6 = 0.9 → 0);
 * at most 10 organizations and 10 members bloc-wide for the BTV Tỉnh ủy's bằng khen.
 */
public final class CommendationQuota {

    public static final int PERCENT = 15;
    public static final int PROVINCE_ORGANIZATIONS = 10;
    public static final int PROVINCE_MEMBERS = 10;

    private CommendationQuota() {
    }

    /** floor(15 % × base), in integers. */
    public static int percentQuota(int base) {
        return base * PERCENT / 100;
    }

    /** "15% × 6 = 0,9 → tối đa 0", the figures the forms and messages show. */
    public static String percentFigures(int base) {
        String exact = java.math.BigDecimal.valueOf((long) base * PERCENT, 2).stripTrailingZeros().toPlainString()
                .replace('.', ',');
        return PERCENT + "% × " + base + " = " + exact + ", làm tròn xuống: tối đa " + percentQuota(base);
    }

    /** Branch giấy khen: refuses more than 15 % of the unit's exemplary branches of year N. */
    public static void checkBranches(int selected, int exemplaryBranches, int year) {
        int max = percentQuota(exemplaryBranches);
        if (selected > max) {
            throw new DomainException("selectedCandidates", "Vượt chỉ tiêu giấy khen chi bộ: đã chọn " + selected
                    + " chi bộ, đảng bộ có " + exemplaryBranches + " chi bộ “Trong sạch, vững mạnh tiêu biểu” năm " + year
                    + " (" + percentFigures(exemplaryBranches) + " chi bộ).");
        }
    }

    /** Member giấy khen: refuses more than 15 % of the unit's members ranked HTXS in year N. */
    public static void checkMembers(int selected, int excellentMembers, int year) {
        int max = percentQuota(excellentMembers);
        if (selected > max) {
            throw new DomainException("selectedCandidates", "Vượt chỉ tiêu giấy khen đảng viên: đã chọn " + selected
                    + " đảng viên, đảng bộ có " + excellentMembers + " đảng viên hoàn thành xuất sắc nhiệm vụ năm " + year
                    + " (" + percentFigures(excellentMembers) + " đảng viên).");
        }
    }

    /** Bằng khen Tỉnh ủy: at most 10 organizations and 10 members across the bloc. */
    public static void checkProvince(int organizations, int members) {
        if (organizations > PROVINCE_ORGANIZATIONS) {
            throw new DomainException("provinceSelection", "Vượt chỉ tiêu bằng khen Tỉnh ủy: đã chọn " + organizations
                    + " tổ chức cơ sở đảng, chỉ tiêu phân bổ là " + PROVINCE_ORGANIZATIONS + " tổ chức.");
        }
        if (members > PROVINCE_MEMBERS) {
            throw new DomainException("provinceSelection", "Vượt chỉ tiêu bằng khen Tỉnh ủy: đã chọn " + members
                    + " đảng viên, chỉ tiêu phân bổ là " + PROVINCE_MEMBERS + " đồng chí.");
        }
    }
}
