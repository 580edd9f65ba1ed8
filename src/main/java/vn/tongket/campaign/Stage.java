package vn.tongket.campaign;

import vn.tongket.calendar.Deadline;

/**
 * Stages of the annual cycle in the guidance's order (part Đ.I): reviews, ranking (with the year-end
 * conference), confidence votes, evaluation of collectives and leaders; commendation runs from the ranking
 * to its 18/01 cut-off in parallel with the last two.
 */
public enum Stage {
    REVIEW("Kiểm điểm", "SelfCriticismReviewProcess", Deadline.REVIEW_DONE),
    RANKING("Xếp loại", "QualityRankingProcess", Deadline.RANKING_DONE),
    VOTE("Lấy phiếu tín nhiệm", "ConfidenceVoteProcess", Deadline.VOTE_DONE),
    EVALUATION("Đánh giá cán bộ", "LeadershipEvaluationProcess", Deadline.EVALUATION_DONE),
    COMMENDATION("Khen thưởng", "CommendationProcess", Deadline.COMMENDATION_DOSSIER);

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
