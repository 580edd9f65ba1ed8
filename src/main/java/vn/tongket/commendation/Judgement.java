package vn.tongket.commendation;

/**
 * The committee's judgement that a collective "có nhiều hoạt động, nhân tố mới, điển hình tiên tiến": not a
 * figure, so the committee states it (with a note) when it selects its proposals. {@link #NOT_YET} before.
 */
public record Judgement(Boolean met, String note) {

    public static final Judgement NOT_YET = new Judgement(null, null);

    public static Judgement yes(String note) {
        return new Judgement(true, note);
    }

    public static Judgement no(String note) {
        return new Judgement(false, note);
    }
}
