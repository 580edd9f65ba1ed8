package vn.tongket.submission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Completing "Tiếp nhận báo cáo": the next receiving body of this instance's submission acknowledges it. */
@Component("acknowledgeReportTaskListener")
public class AcknowledgeReportTaskListener implements TaskListener {

    private final ReportSubmissionService submissions;

    public AcknowledgeReportTaskListener(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void notify(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        submissions.acknowledge(task.getProcessInstanceId(), auth == null ? task.getAssignee() : auth.getUserId(),
                task.getVariable(ReportSubmissionProcess.RECEIVED.name()), task.getVariable(ReportSubmissionProcess.RECEIVER_NOTE.name()));
        task.getExecution().removeVariable(ReportSubmissionProcess.RECEIVER_NOTE.name());
        task.getExecution().removeVariable(ReportSubmissionProcess.RECEIVED.name());
    }
}
