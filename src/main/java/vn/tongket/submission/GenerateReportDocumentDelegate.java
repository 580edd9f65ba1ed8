package vn.tongket.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Generates the draft document (PDF, xlsx) of this instance's submission from the current data. */
@Component("generateReportDocumentDelegate")
public class GenerateReportDocumentDelegate implements JavaDelegate {

    private final ReportSubmissionService submissions;

    public GenerateReportDocumentDelegate(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        submissions.generate(execution.getProcessInstanceId());
    }
}
