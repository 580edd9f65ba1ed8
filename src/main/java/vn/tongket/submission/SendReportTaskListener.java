package vn.tongket.submission;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Completing "Gửi báo cáo": the submission of this process instance is sent by a member of the sending committee. */
@Component("sendReportTaskListener")
public class SendReportTaskListener implements TaskListener {

    private final ReportSubmissionService submissions;

    public SendReportTaskListener(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(ReportSubmissionProcess.DOCUMENT_CHECKED.name()))) {
            throw new vn.tongket.common.DomainException("documentChecked", "Cần kiểm tra văn bản báo cáo và đánh dấu đồng ý gửi");
        }
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        submissions.send(task.getProcessInstanceId(), auth == null ? task.getAssignee() : auth.getUserId(),
                task.getVariable(ReportSubmissionProcess.SENDER_NOTE.name()));
        task.getExecution().removeVariable(ReportSubmissionProcess.SENDER_NOTE.name());
    }
}
