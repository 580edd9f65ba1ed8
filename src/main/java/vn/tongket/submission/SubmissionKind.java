package vn.tongket.submission;

import vn.tongket.calendar.Deadline;
import vn.tongket.common.DomainException;

/**
 * The reports of the guidance sent as submissions (the {@code reportKind} of {@code ReportSubmissionProcess}): what
 * each holds, the date of the calendar it is late from, and the sentence that sets it.
 */
public enum SubmissionKind {
    /** Đ.II.1: results of reviews and of the ranking, to the BTV Đảng ủy Khối through the Ban Tổ chức before 30/12/N. */
    REVIEW_RANKING("Báo cáo kết quả kiểm điểm, đánh giá xếp loại tổ chức đảng và đảng viên", Deadline.REVIEW_REPORT, true,
            "Đ.II.1: “Báo cáo kết quả về Ban Thường vụ Đảng ủy Khối (qua Ban Tổ chức) trước ngày 30 tháng 12”"),
    /**
     * C.III.2.4.1: the vote results to the direct superior ("báo cáo kết quả lấy phiếu tín nhiệm về Ban Thường vụ
     * Đảng ủy Khối"), by the vote's own deadline (Đ.II.3: votes done before 30/12/N); not through the Ban Tổ chức.
     */
    VOTE_RESULTS("Báo cáo kết quả lấy phiếu tín nhiệm", Deadline.VOTE_DONE, false,
            "C.III.2.4.1: “báo cáo kết quả lấy phiếu tín nhiệm về Ban Thường vụ Đảng ủy Khối”; Đ.II.3: lấy phiếu tín nhiệm “xong trước ngày 30 tháng 12”"),
    /** Đ.II.3: results of the evaluation of collectives and cadres, before 30/01/N+1 through the Ban Tổ chức. */
    EVALUATION_RESULTS("Báo cáo kết quả đánh giá tập thể, cán bộ lãnh đạo, quản lý", Deadline.EVALUATION_REPORT, true,
            "Đ.II.3: “báo cáo kết quả về Ban Thường vụ Đảng ủy Khối (qua Ban Tổ chức) trước ngày 30 tháng 01”"),
    /**
     * Đ.II.2 and B.III.2: the year-end conference (before 15/01/N+1) and its "Báo cáo tổng kết công tác xây dựng Đảng",
     * the first document of the dossier sent through the Ban Tổ chức "chậm nhất ngày 18 tháng 01".
     */
    CONFERENCE("Báo cáo tổng kết công tác xây dựng Đảng (hội nghị tổng kết)", Deadline.COMMENDATION_DOSSIER, true,
            "B.III.2.1–2.2: “Báo cáo tổng kết công tác xây dựng Đảng” trong hồ sơ gửi “(qua Ban Tổ chức)” “chậm nhất ngày 18 tháng 01”");

    private final String title;
    private final Deadline deadline;
    private final boolean throughOrganizationBoard;
    private final String rule;

    SubmissionKind(String title, Deadline deadline, boolean throughOrganizationBoard, String rule) {
        this.title = title;
        this.deadline = deadline;
        this.throughOrganizationBoard = throughOrganizationBoard;
        this.rule = rule;
    }

    public String title() { return title; }
    public Deadline deadline() { return deadline; }
    /** Whether the report travels "qua Ban Tổ chức" (Đ.II) or straight to the superior collective (C.III.2.4.1). */
    public boolean throughOrganizationBoard() { return throughOrganizationBoard; }
    /** The guidance's sentence setting the report and its date. */
    public String rule() { return rule; }

    /** The kind named by the caller; anything else is refused in Vietnamese. */
    public static SubmissionKind parse(Object value) {
        if (value instanceof String s) {
            for (SubmissionKind k : values()) {
                if (k.name().equals(s.trim())) {
                    return k;
                }
            }
        }
        throw new DomainException("reportKind", "Loại báo cáo không hợp lệ: " + value
                + " (REVIEW_RANKING, VOTE_RESULTS, EVALUATION_RESULTS hoặc CONFERENCE)");
    }
}
