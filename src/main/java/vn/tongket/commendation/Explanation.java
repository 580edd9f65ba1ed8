package vn.tongket.commendation;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Why a candidate is (not) eligible for an award: every criterion, met or not, with its figures. */
public record Explanation(Award award, String awardLabel, String subjectCode, String subjectName, int campaignYear,
                          LocalDate referenceDate, EligibilityStatus status, List<Criterion> criteria) {

    public static Explanation of(Award award, String subjectCode, String subjectName, int campaignYear,
                                 LocalDate referenceDate, List<Criterion> criteria) {
        EligibilityStatus status;
        if (criteria.stream().anyMatch(c -> c.outcome() == Outcome.NOT_MET)) {
            status = EligibilityStatus.NOT_ELIGIBLE;
        } else if (criteria.stream().anyMatch(c -> c.outcome() == Outcome.TO_BE_JUDGED)) {
            status = EligibilityStatus.SUBJECT_TO_JUDGEMENT;
        } else {
            status = EligibilityStatus.ELIGIBLE;
        }
        return new Explanation(award, award.label(), subjectCode, subjectName, campaignYear, referenceDate, status,
                List.copyOf(criteria));
    }

    public Criterion criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + code));
    }

    /** One line for lists and forms: the status and the criteria not met. */
    public String summary() {
        String failed = criteria.stream().filter(c -> c.outcome() == Outcome.NOT_MET)
                .map(c -> c.label() + " (" + c.figures() + ")").collect(Collectors.joining("; "));
        return failed.isEmpty() ? status.label() : status.label() + ": " + failed;
    }

    /** The full explanation as text (README example, PDF annex). */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append(awardLabel).append(" – ").append(subjectName).append(" (").append(subjectCode).append("), năm ")
                .append(campaignYear).append(": ").append(status.label()).append('\n');
        for (Criterion c : criteria) {
            sb.append("- [").append(c.outcome().label()).append("] ").append(c.label()).append(": ")
                    .append(c.figures()).append("\n  Căn cứ: “").append(c.guidance()).append("”\n");
        }
        return sb.toString();
    }
}
