package vn.tongket.submission;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Expressions of the BPMN that route the acknowledgements from our tables, by the engine's process instance id:
 * {@code ${reportSubmissionRoute.receiverCount(execution)}} and {@code ${reportSubmissionRoute.receiverGroup(execution)}}
 * (no variable a task holder could set decides the receiving body or how many there are).
 */
@Component("reportSubmissionRoute")
public class ReportSubmissionRoute {

    private final ReportSubmissionService submissions;

    public ReportSubmissionRoute(ReportSubmissionService submissions) {
        this.submissions = submissions;
    }

    public int receiverCount(DelegateExecution execution) {
        return submissions.receiverCount(execution.getProcessInstanceId());
    }

    public String receiverGroup(DelegateExecution execution) {
        return submissions.nextReceiverGroup(execution.getProcessInstanceId());
    }
}
