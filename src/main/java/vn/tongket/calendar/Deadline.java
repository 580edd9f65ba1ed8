package vn.tongket.calendar;

import java.time.MonthDay;

/**
 * Every date of the guidance (part Đ.II and B.III.2.2), relative to the campaign year N. The guidance prints
 * 15/01 and 18/01 with the year 2013: they are misprints of N+1 (domain.md §4.16), hence {@link #yearOffset}.
 */
public enum Deadline {
    /** Reviews and ranking of organizations and members done before 25/12/N (Đ.II.1). */
    REVIEW_DONE("review", "Hoàn thành kiểm điểm, đánh giá xếp loại", MonthDay.of(12, 25), 0, DeadlineMode.BEFORE),
    /** Ranking of organizations and members done before 25/12/N (Đ.II.1, same sentence). */
    RANKING_DONE("ranking", "Hoàn thành đánh giá, xếp loại tổ chức đảng và đảng viên", MonthDay.of(12, 25), 0, DeadlineMode.BEFORE),
    /** Report of reviews and ranking to the BTV via the Ban Tổ chức before 30/12/N (Đ.II.1). */
    REVIEW_REPORT("reviewReport", "Báo cáo kết quả kiểm điểm, xếp loại", MonthDay.of(12, 30), 0, DeadlineMode.BEFORE),
    /** Confidence votes done before 30/12/N (Đ.II.3). */
    VOTE_DONE("vote", "Hoàn thành lấy phiếu tín nhiệm", MonthDay.of(12, 30), 0, DeadlineMode.BEFORE),
    /** Year-end party-building conference done before 15/01/N+1 (Đ.II.2, printed "15.01.2013"). */
    YEAR_END_CONFERENCE("yearEndConference", "Hội nghị tổng kết công tác xây dựng Đảng", MonthDay.of(1, 15), 1, DeadlineMode.BEFORE),
    /** Commendation dossiers at the latest 18/01/N+1 (B.III.2.2, printed "18 tháng 01 năm 2013"). */
    COMMENDATION_DOSSIER("commendation", "Gửi hồ sơ đề nghị khen thưởng", MonthDay.of(1, 18), 1, DeadlineMode.AT_THE_LATEST),
    /** Evaluation of leadership collectives and cadres done before 20/01/N+1 (Đ.II.3). */
    EVALUATION_DONE("evaluation", "Hoàn thành đánh giá tập thể, cán bộ lãnh đạo", MonthDay.of(1, 20), 1, DeadlineMode.BEFORE),
    /** Report of the evaluation before 30/01/N+1 (Đ.II.3). */
    EVALUATION_REPORT("evaluationReport", "Báo cáo kết quả đánh giá cán bộ", MonthDay.of(1, 30), 1, DeadlineMode.BEFORE);

    private final String variablePrefix;
    private final String label;
    private final MonthDay date;
    private final int yearOffset;
    private final DeadlineMode mode;

    Deadline(String variablePrefix, String label, MonthDay date, int yearOffset, DeadlineMode mode) {
        this.variablePrefix = variablePrefix;
        this.label = label;
        this.date = date;
        this.yearOffset = yearOffset;
        this.mode = mode;
    }

    /** Prefix of the process variables: {@code <prefix>Deadline}, {@code <prefix>Due}, {@code <prefix>ReminderCycle}. */
    public String variablePrefix() {
        return variablePrefix;
    }

    /** Process variable holding the ISO-8601 instant from which the step is late (for timer events). */
    public String deadlineVariable() {
        return variablePrefix + "Deadline";
    }

    /** Process variable holding the ISO-8601 due date for user tasks (the last second still on time). */
    public String dueVariable() {
        return variablePrefix + "Due";
    }

    /** Process variable holding the ISO-8601 repeating interval of reminders before the deadline. */
    public String reminderVariable() {
        return variablePrefix + "ReminderCycle";
    }

    public String label() {
        return label;
    }

    public MonthDay date() {
        return date;
    }

    public int yearOffset() {
        return yearOffset;
    }

    public DeadlineMode mode() {
        return mode;
    }
}
