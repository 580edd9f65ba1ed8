package vn.tongket.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every receiving body acknowledged: marks the submission acknowledged (refuses if one has not). */
@Component("closeReportSubmissionDelegate")
public class CloseReportSubmissionDelegate implements JavaDelegate {

    private final ReportSubmissionService submissions;

    public CloseReportSubmissionDelegate(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.close(execution.getProcessInstanceId());
    }
}
