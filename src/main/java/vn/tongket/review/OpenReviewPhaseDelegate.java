package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tongket.review.ReviewPlaces.Phase;

/** Moves to the next phase of individual reviews: heads and deputies, other leaders, then members. */
@Component("openReviewPhaseDelegate")
public class OpenReviewPhaseDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        String current = PHASE.get(execution);
        Phase next = current == null ? Phase.values()[0] : Phase.values()[Phase.valueOf(current).ordinal() + 1];
        PHASE.set(execution, next.name());
        PHASE_LABEL.set(execution, next.label());
        Integer size = switch (next) {
            case HEADS_AND_DEPUTIES -> HEADS_COUNT.get(execution);
            case OTHER_LEADERS -> LEADERS_COUNT.get(execution);
            case MEMBERS -> MEMBERS_COUNT.get(execution);
        };
        PHASE_SIZE.set(execution, size == null ? 0 : size);
        MORE_PHASES.set(execution, next.ordinal() < Phase.values().length - 1);
    }
}
