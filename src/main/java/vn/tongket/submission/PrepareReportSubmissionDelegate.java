package vn.tongket.submission;

import static vn.tongket.submission.ReportSubmissionProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Creates the submission row and its route; writes the routing and display variables (engine-written only). */
@Component("prepareReportSubmissionDelegate")
public class PrepareReportSubmissionDelegate implements JavaDelegate {

    private final ReportSubmissionService submissions;

    public PrepareReportSubmissionDelegate(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportSubmissionService.Prepared p = submissions.prepare(UNIT_CODE.require(execution), CAMPAIGN_YEAR.require(execution),
                execution.getVariable(REPORT_KIND.name()), execution.getProcessInstanceId());
        SUBMISSION_ID.set(execution, p.submissionId());
        SENDER_GROUP.set(execution, p.senderGroup());
        RECEIVER_COUNT.set(execution, p.receiverCount());
        SUBMISSION_DEADLINE.set(execution, p.deadlineIso());
        SUBMISSION_DUE.set(execution, p.dueIso());
        REPORT_TITLE.set(execution, p.title());
        UNIT_NAME.set(execution, p.unitName());
        RECEIVER_NAMES.set(execution, p.receiverNames());
        DEADLINE_TEXT.set(execution, p.deadlineText());
        SUBMISSION_RULE.set(execution, p.rule());
    }
}
