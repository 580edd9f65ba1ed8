package vn.tongket.evaluation;

/**
 * One LeadershipEvaluationProcess to start: a collective ({@code memberCode == null}) or a cadre holding a post
 * in {@code unitCode}. Started with variables unitCode, campaignYear (and memberCode) and {@link #businessKey}.
 */
public record EvaluationTarget(String unitCode, String memberCode) {

    public boolean cadre() {
        return memberCode != null;
    }

    public String businessKey(int year) {
        return cadre() ? unitCode + ":" + memberCode + ":" + year : unitCode + ":" + year;
    }
}
