package vn.tongket.common;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * Incidents a board member can act on (docs/incidents.md). A failed job's message, which Cockpit shows as the
 * incident message (ACT_RU_INCIDENT.INCIDENT_MSG_), is a Vietnamese sentence:
 * <ul>
 *   <li>a data problem — a {@link DomainException} anywhere in the cause chain (a unit or member missing from the
 *       organization model, a missing calendar date, an unreadable dossier file…) — is not retried: retries go to
 *       0 at once and the incident says what is wrong (the exception's Vietnamese message) and what to do;</li>
 *   <li>any other failure is treated as transient and retried by the engine-wide policy {@link #RETRY_POLICY}
 *       (three attempts, five minutes apart) unless the BPMN element sets its own
 *       {@code camunda:failedJobRetryTimeCycle}; the message names the technical error and what to do if the last
 *       attempt fails;</li>
 *   <li>an {@link OptimisticLockingException} (two parallel branches updating the same rows) keeps the engine's
 *       default: retried at once, retries not counted, no delay — the retry cycle would otherwise hold it 5
 *       minutes.</li>
 * </ul>
 * The original exception stays the cause, so the job's stack trace in Cockpit is complete.
 */
@Component
public class ActionableIncidentsPlugin extends AbstractProcessEnginePlugin {

    /** Retry policy for transient failures: 3 attempts, 5 minutes apart (ISO 8601 repeating interval). */
    public static final String RETRY_POLICY = "R3/PT5M";

    static final String DATA_ADVICE = " Đây là lỗi dữ liệu, thử lại sẽ không tự hết: hãy sửa dữ liệu nêu trên"
            + " rồi bấm «Retry» (Thử lại) trên sự cố này trong Cockpit.";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setFailedJobRetryTimeCycle(RETRY_POLICY);
        configuration.setFailedJobCommandFactory(new ActionableFailedJobCommandFactory());
    }

    /** The data problem in the cause chain, if any. */
    static DomainException dataProblem(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    /** Two transactions met on the same rows: the engine retries at once without counting it (its default). */
    static boolean concurrentUpdate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException) {
                return true;
            }
        }
        return false;
    }

    /** The Vietnamese sentence for a failure. */
    static String message(Throwable failure) {
        DomainException data = dataProblem(failure);
        if (data != null) {
            String text = data.getMessage() == null ? "Dữ liệu không hợp lệ" : data.getMessage().strip();
            return (text.endsWith(".") ? text : text + ".") + DATA_ADVICE;
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "Lỗi kỹ thuật khi chạy bước tự động (" + root.getClass().getSimpleName()
                + (root.getMessage() == null ? "" : ": " + root.getMessage())
                + "). Máy tự thử lại tối đa 3 lần, cách nhau 5 phút; nếu sự cố vẫn còn, báo quản trị hệ thống"
                + " kiểm tra cơ sở dữ liệu, tệp và kết nối, rồi bấm «Retry» (Thử lại) trong Cockpit.";
    }

    static final class ActionableFailedJobCommandFactory implements FailedJobCommandFactory {
        @Override
        public Command<Object> getCommand(String jobId, Throwable exception) {
            if (concurrentUpdate(exception)) {
                return new DefaultJobRetryCmd(jobId, exception) {
                    @Override
                    public Object execute(CommandContext commandContext) {
                        executeStandardStrategy(commandContext);
                        return null;
                    }
                };
            }
            boolean data = dataProblem(exception) != null;
            return new DefaultJobRetryCmd(jobId, new ProcessEngineException(message(exception), exception)) {
                @Override
                protected void decrementRetries(JobEntity job) {
                    if (data) {
                        job.setRetries(0);
                    } else {
                        super.decrementRetries(job);
                    }
                }
            };
        }
    }
}
