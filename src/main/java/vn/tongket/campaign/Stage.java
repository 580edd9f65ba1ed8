package vn.tongket.campaign;

import vn.tongket.calendar.Deadline;

/**
 * Stages of the annual cycle in the guidance's order for one organization (part Đ.I.2): reviews, ranking,
 * confidence votes, evaluation of collectives and leaders; the year-end conference (after the ranking, before
 * 15/01) and the commendation dossier (after the vote, by 18/01) run beside the last ones.
 */
public enum Stage {
    REVIEW("Kiểm điểm", "SelfCriticismReviewProcess", Deadline.REVIEW_DONE),
    RANKING("Xếp loại", "QualityRankingProcess", Deadline.RANKING_DONE),
    VOTE("Lấy phiếu tín nhiệm", "ConfidenceVoteProcess", Deadline.VOTE_DONE),
    EVALUATION("Đánh giá cán bộ", "LeadershipEvaluationProcess", Deadline.EVALUATION_DONE),
    COMMENDATION("Khen thưởng", "CommendationProcess", Deadline.COMMENDATION_DOSSIER),
    /**
     * The year-end conference and its summary report (Đ.II.2), the second part of QualityRankingProcess: it runs
     * beside the vote and the evaluation and holds neither back.
     */
    CONFERENCE("Hội nghị tổng kết", "QualityRankingProcess", Deadline.YEAR_END_CONFERENCE);

    private final String label;
    private final String processKey;
    private final Deadline deadline;

    Stage(String label, String processKey, Deadline deadline) {
        this.label = label;
        this.processKey = processKey;
        this.deadline = deadline;
    }

    public String label() {
        return label;
    }

    /** The rule of the guidance a unit still open at the stage's deadline breaks, quoted for the overdue task. */
    public String rule() {
        return switch (this) {
            case REVIEW -> "Đ.II.1: kiểm điểm, tự phê bình và phê bình \"xong trước ngày 25 tháng 12\"";
            case RANKING -> "Đ.II.1: đánh giá, xếp loại tổ chức cơ sở đảng, đảng viên \"xong trước ngày 25 tháng 12\"";
            case VOTE -> "Đ.II.3: tổ chức lấy phiếu tín nhiệm hằng năm \"xong trước ngày 30 tháng 12\"";
            case CONFERENCE -> "Đ.II.2: hội nghị tổng kết công tác xây dựng đảng \"xong trước ngày 15.01\"";
            case COMMENDATION -> "B.III.2.2: hồ sơ đề nghị khen thưởng gửi chậm nhất ngày 18 tháng 01";
            case EVALUATION -> "Đ.II.3: đánh giá, nhận xét tập thể và cán bộ lãnh đạo, quản lý \"xong trước ngày 20 tháng 01\"";
        };
    }

    /** Key of the per-unit process the stage calls for each of its units. */
    public String processKey() {
        return processKey;
    }

    /** The calendar date from which a unit still open in this stage is late. */
    public Deadline deadline() {
        return deadline;
    }

    /** Process variable holding the list of unit codes of this stage, e.g. {@code reviewUnits}. */
    public String unitsVariable() {
        return name().toLowerCase() + "Units";
    }

    /** Process variable holding the codes found late at the deadline, e.g. {@code reviewLateUnits}. */
    public String lateUnitsVariable() {
        return name().toLowerCase() + "LateUnits";
    }
}
