package vn.tongket.evaluation;

/**
 * Category of a leadership collective or cadre of the year (part D; QĐ 286-QĐ/TW as the basis, the bloc's own
 * 233/234-QĐ/ĐU rules are not available): best first.
 */
public enum LeaderCategory {
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    COMPLETED_WELL("Hoàn thành tốt nhiệm vụ"),
    COMPLETED_LIMITED_CAPACITY("Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực"),
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String label;

    LeaderCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Parses a code submitted by a form; a clear Vietnamese message naming the field otherwise. */
    public static LeaderCategory parse(Object code) {
        if (code == null || code.toString().isBlank()) {
            throw new vn.tongket.common.DomainException("leaderCategory", "Chưa chọn mức xếp loại");
        }
        try {
            return valueOf(code.toString().trim());
        } catch (IllegalArgumentException e) {
            throw new vn.tongket.common.DomainException("leaderCategory", "Mức xếp loại không hợp lệ: " + code);
        }
    }
}
