package vn.tongket.review;

import static vn.tongket.review.ReviewProcess.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import vn.tongket.review.ReviewPlaces.Phase;

/** Start: checks who starts, plans the review from the organization model, keeps ids and counts as variables. */
@Component("planReviewDelegate")
public class PlanReviewDelegate implements JavaDelegate {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ReviewService reviews;

    public PlanReviewDelegate(ReviewService reviews) {
        this.reviews = reviews;
    }

    @Override
    public void execute(DelegateExecution execution) throws Exception {
        String unitCode = UNIT_CODE.get(execution);
        int year = CAMPAIGN_YEAR.get(execution).intValue();
        Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        reviews.checkMayStart(unitCode, auth == null ? null : auth.getUserId(), auth == null ? null : auth.getGroupIds());
        ReviewService.Plan plan = reviews.plan(unitCode, year, execution.getProcessInstanceId(), false);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(businessKey(unitCode, year));
        }
        SESSION_ID.set(execution, plan.sessionId());
        UNIT_NAME.set(execution, plan.unitName());
        COMMITTEE_GROUP.set(execution, plan.committeeGroup());
        SUPERIOR_GROUP.set(execution, plan.superiorGroup());
        HEAD.set(execution, plan.head());
        HAS_COLLECTIVE_REVIEW.set(execution, plan.hasCollectiveReview());
        COLLECTIVE_ITEM_ID.set(execution, plan.collectiveItemId());
        HEADS_COUNT.set(execution, plan.phaseSizes().get(Phase.HEADS_AND_DEPUTIES));
        LEADERS_COUNT.set(execution, plan.phaseSizes().get(Phase.OTHER_LEADERS));
        MEMBERS_COUNT.set(execution, plan.phaseSizes().get(Phase.MEMBERS));
        CELL_COUNT.set(execution, plan.cellCount());
        HAS_CELLS.set(execution, plan.cellCount() > 0);
        List<Map<String, String>> options = new ArrayList<>();
        plan.deputies().forEach((code, name) -> options.add(Map.of("value", code, "label", name)));
        execution.setVariable(DEPUTY_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
        HEAD_REVIEW_CHAIR.set(execution, plan.deputies().keySet().stream().findFirst().orElse(null));
    }
}
