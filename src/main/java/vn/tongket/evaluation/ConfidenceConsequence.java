package vn.tongket.evaluation;

import vn.tongket.organization.ConfidenceThresholds;

/**
 * The consequence of this year's vote at one place (C.III.5), shown to the competent level as an input. The
 * vote feature owns the binding record; this is the same reading for display. Two-year rule: ½ to &lt;⅔ LOW this
 * year and in one of the two previous years ("2 năm liền hoặc trong 3 năm liên tiếp có hai năm").
 */
public final class ConfidenceConsequence {

    private ConfidenceConsequence() {
    }

    public static String of(int low, int collected, boolean halfBandInOneOfTwoPreviousYears) {
        if (ConfidenceThresholds.atLeastTwoThirdsLow(low, collected)) {
            return "Từ 2/3 phiếu tín nhiệm thấp: không được đánh giá hoàn thành nhiệm vụ; cho thôi giữ chức vụ";
        }
        if (ConfidenceThresholds.halfToUnderTwoThirdsLow(low, collected) && halfBandInOneOfTwoPreviousYears) {
            String base = "Hai năm tín nhiệm thấp (từ 1/2 đến dưới 2/3) trong 3 năm: cho thôi giữ chức vụ";
            return ConfidenceThresholds.moreThanHalfLow(low, collected)
                    ? "Trên 50% phiếu tín nhiệm thấp: không được đánh giá hoàn thành nhiệm vụ; " + base : base;
        }
        if (ConfidenceThresholds.moreThanHalfLow(low, collected)) {
            return "Trên 50% phiếu tín nhiệm thấp: không được đánh giá hoàn thành nhiệm vụ; đưa ra khỏi quy hoạch, "
                    + "xem xét bố trí công tác phù hợp";
        }
        return "Tham khảo trong đánh giá cán bộ";
    }
}
