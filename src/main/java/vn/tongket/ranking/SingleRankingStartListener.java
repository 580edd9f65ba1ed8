package vn.tongket.ranking;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tongket.common.SingleStartGuard;
import vn.tongket.organization.OrganizationService;

/**
 * Process start listener: one QualityRankingProcess per grassroots organization and year, refused with 409 before
 * anything is stored — see {@link SingleStartGuard} for why here and not later.
 */
@Component("singleRankingStartListener")
public class SingleRankingStartListener implements ExecutionListener {

    private final SingleStartGuard guard;
    private final OrganizationService organization;

    public SingleRankingStartListener(SingleStartGuard guard, OrganizationService organization) {
        this.guard = guard;
        this.organization = organization;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String unitCode = RankingProcess.unitCode(execution);
        int year = RankingProcess.campaignYear(execution);
        if (execution.getProcessBusinessKey() == null) {
            execution.setProcessBusinessKey(unitCode + ":" + year);
        }
        guard.claim(execution, RankingProcess.KEY, unitCode, year, organization.unit(unitCode).getName(), "Đánh giá, xếp loại");
    }
}
