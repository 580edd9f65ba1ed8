package vn.tongket.commendation;

/**
 * One criterion of an award applied to one candidate: what it asks ({@code label}), whether it is met, the
 * years and figures behind the answer, and the sentence of the guidance (HD 22-HD/ĐU, B.III.1) it applies.
 */
public record Criterion(String code, String label, Outcome outcome, String figures, String guidance) {

    public boolean met() {
        return outcome == Outcome.MET;
    }
}
