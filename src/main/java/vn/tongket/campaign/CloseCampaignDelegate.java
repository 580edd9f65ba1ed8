package vn.tongket.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Last step of the cycle: every stage has ended, the campaign is closed. */
@Component("closeCampaignDelegate")
public class CloseCampaignDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public CloseCampaignDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        progress.close(CycleProcess.campaignId(execution));
    }
}
