package vn.tongket.campaign;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.organization.CommitteeGroups;

/**
 * First step of the cycle (synchronous, in the start transaction): only the Ban Tổ chức (or an administrator,
 * or the system) opens a campaign; stores it and sets {@code campaignId}, the root {@code unitCode} and an
 * Integer {@code campaignYear}. A refusal rolls the start back and Tasklist shows the message.
 */
@Component("openCampaignDelegate")
public class OpenCampaignDelegate implements JavaDelegate {

    private final CampaignProgress progress;

    public OpenCampaignDelegate(CampaignProgress progress) {
        this.progress = progress;
    }

    @Override
    public void execute(DelegateExecution execution) {
        IdentityService identity = execution.getProcessEngineServices().getIdentityService();
        Authentication auth = identity.getCurrentAuthentication();
        String user = auth == null ? null : auth.getUserId();
        if (user == null) {
            // started by the system: the REST start (which checked the caller) or the simulation
            user = (String) execution.getVariable(CycleProcess.VAR_INITIATOR);
        } else {
            List<String> groups = auth.getGroupIds() != null ? auth.getGroupIds()
                    : identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
            if (!groups.contains(CommitteeGroups.ORGANIZATION_BOARD) && !groups.contains(CommitteeGroups.ADMIN)) {
                throw new AccessRefusedException("Chỉ Ban Tổ chức Đảng ủy Khối được mở đợt tổng kết năm");
            }
        }
        int year = CycleProcess.year(execution);
        String unit = (String) execution.getVariable(CycleProcess.VAR_UNIT);
        var campaign = progress.open(year, unit, execution.getProcessInstanceId(), user);
        execution.setVariable(CycleProcess.VAR_YEAR, year);
        execution.setVariable(CycleProcess.VAR_UNIT, campaign.rootUnitCode());
        execution.setVariable(CycleProcess.VAR_CAMPAIGN_ID, campaign.id());
    }
}
