package vn.tongket.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The calendar's deadline passed with the report not sent: recorded late against the unit; the sending task stays. */
@Component("recordLateSubmissionDelegate")
public class RecordLateSubmissionDelegate implements JavaDelegate {

    private final ReportSubmissionService submissions;

    public RecordLateSubmissionDelegate(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.recordLate(execution.getProcessInstanceId());
    }
}
