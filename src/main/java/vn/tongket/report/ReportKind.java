package vn.tongket.report;

import vn.tongket.common.DomainException;

/** The aggregated reports of the guidance's deadlines (part Đ.II), by their URL name. */
public enum ReportKind {
    /** Kiểm điểm, đánh giá xếp loại tổ chức đảng và đảng viên — báo cáo trước 30/12/N. */
    REVIEW_RANKING("review-ranking", "Báo cáo kết quả kiểm điểm, đánh giá xếp loại tổ chức cơ sở đảng và đảng viên"),
    /** Lấy phiếu tín nhiệm — xong trước 30/12/N. */
    VOTE("vote", "Báo cáo tổng hợp kết quả lấy phiếu tín nhiệm"),
    /** Đề nghị khen thưởng — hồ sơ chậm nhất 18/01/N+1. */
    COMMENDATION("commendation", "Báo cáo tổng hợp khen thưởng công tác xây dựng Đảng"),
    /** Đánh giá tập thể, cán bộ lãnh đạo — báo cáo trước 30/01/N+1. */
    EVALUATION("evaluation", "Báo cáo kết quả đánh giá tập thể, cán bộ lãnh đạo, quản lý");

    private final String slug;
    private final String title;

    ReportKind(String slug, String title) {
        this.slug = slug;
        this.title = title;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public static ReportKind fromSlug(String slug) {
        for (ReportKind k : values()) {
            if (k.slug.equalsIgnoreCase(slug)) {
                return k;
            }
        }
        throw new DomainException("kind", "Loại báo cáo không hợp lệ: " + slug
                + " (review-ranking, vote, commendation, evaluation)");
    }
}
