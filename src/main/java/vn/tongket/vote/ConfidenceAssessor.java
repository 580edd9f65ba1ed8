package vn.tongket.vote;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;

/**
 * The consequences of C.III.5 for one person at one place, with the configured reading
 * ({@code tongket.vote.low-year-reading}) and the person's history: the single entry point the vote minutes,
 * the leadership evaluation and the reports call (they never compute a consequence themselves).
 */
@Component
public class ConfidenceAssessor {

    private final ConfidenceResultRepository history;
    private final VoteProperties properties;

    public ConfidenceAssessor(ConfidenceResultRepository history, VoteProperties properties) {
        this.history = history;
        this.properties = properties;
    }

    public ConfidenceConsequences.LowYearReading reading() {
        return properties.getLowYearReading();
    }

    /** This year's counts at one place, against the person's recorded earlier years (any place). */
    public ConfidenceConsequences.Assessment assess(long memberId, int year, int low, int collected) {
        List<ConfidenceConsequences.Counts> past = history.findByMemberIdOrderByYear(memberId).stream()
                .filter(h -> h.getYear() < year)
                .map(ConfidenceAssessor::counts).toList();
        return assess(new ConfidenceConsequences.Counts(year, low, collected), past);
    }

    /** For callers that loaded the history themselves (the reports). */
    public ConfidenceConsequences.Assessment assess(ConfidenceConsequences.Counts current, List<ConfidenceConsequences.Counts> past) {
        return ConfidenceConsequences.assess(current, past, properties.getLowYearReading());
    }

    public static ConfidenceConsequences.Counts counts(ConfidenceResultRecord r) {
        return new ConfidenceConsequences.Counts(r.getYear(), r.getLowCount(), r.getBallotsCollected());
    }
}
