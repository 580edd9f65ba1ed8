package vn.tongket.common;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * At most one instance of a per-unit, per-year process for each unit and campaign year, running or ended.
 *
 * <p>Why a start execution listener backed by a table. Camunda does not make business keys unique, so a second
 * start is accepted and only fails later, in an asynchronous step, as an incident (CommendationProcess: the
 * eligibility job finds the unit's dossier already sent). A check in a <em>process start</em> execution listener
 * runs synchronously in the starter's transaction, before any wait state or asynchronous continuation: throwing
 * there rolls the whole start back — no instance, no job, no incident — and the starter receives the exception with
 * its Vietnamese message: the engine REST API (409, {@code EngineRestConfiguration}), Tasklist's start form (shows
 * the message), our code, or the annual cycle's call activity (its job fails with this message). Querying the
 * engine's history alone would be check-then-act, and two starts at the same moment (a double click) would both
 * pass; the row of {@code process_start_claim}, inserted in the same transaction under a primary key on
 * (process key, unit, year), makes the second start wait for the first and fail.
 *
 * <p>A claim whose instance no longer exists at all (an administrator deleted it together with its history, on
 * purpose) is taken over, which is the way to run a unit's year again.
 */
@Component
public class SingleStartGuard {

    private static final ZoneId ZONE = CampaignTime.zone();
    private static final DateTimeFormatter DATE = CampaignTime.DATE;

    private final JdbcTemplate jdbc;

    public SingleStartGuard(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims (processKey, unit, year) for this instance, or throws {@link ConflictException} naming the earlier one.
     * {@code what} starts the message, e.g. "Công tác thi đua – khen thưởng".
     */
    public void claim(DelegateExecution execution, String processKey, String unitCode, int year, String unitName, String what) {
        String self = execution.getProcessInstanceId();
        List<String> earlier = jdbc.queryForList("select process_instance_id from process_start_claim"
                + " where process_key = ? and unit_code = ? and campaign_year = ?", String.class, processKey, unitCode, year);
        String refusal = what + " năm " + year + " của " + unitName + " đã được bắt đầu";
        if (!earlier.isEmpty()) {
            String other = earlier.get(0);
            HistoricProcessInstance h = execution.getProcessEngineServices().getHistoryService()
                    .createHistoricProcessInstanceQuery().processInstanceId(other).singleResult();
            boolean running = execution.getProcessEngineServices().getRuntimeService()
                    .createProcessInstanceQuery().processInstanceId(other).count() > 0;
            if (h != null || running) {
                throw new ConflictException("unitCode", refusal + describe(h, running, other) + ". " + rule(what));
            }
            if (jdbc.update("update process_start_claim set process_instance_id = ?, claimed_at = ? where process_key = ?"
                    + " and unit_code = ? and campaign_year = ? and process_instance_id = ?", self, now(), processKey, unitCode,
                    year, other) == 0) {
                throw new ConflictException("unitCode", refusal + ". " + rule(what));
            }
            return;
        }
        try {
            jdbc.update("insert into process_start_claim (process_key, unit_code, campaign_year, process_instance_id, claimed_at)"
                    + " values (?, ?, ?, ?, ?)", processKey, unitCode, year, self, now());
        } catch (DuplicateKeyException concurrentStart) {
            throw new ConflictException("unitCode", refusal + " (cùng lúc với lượt này). " + rule(what));
        }
    }

    private static String describe(HistoricProcessInstance h, boolean running, String id) {
        if (h == null) {
            return " (lượt " + id + ", đang thực hiện)";
        }
        String state = running ? "đang thực hiện"
                : HistoricProcessInstance.STATE_COMPLETED.equals(h.getState()) ? "đã kết thúc" : "đã bị hủy";
        return " ngày " + DATE.format(h.getStartTime().toInstant().atZone(ZONE)) + " (lượt " + id + ", " + state + ")";
    }

    private static String rule(String what) {
        return "Mỗi đơn vị chỉ có một lượt " + what.substring(0, 1).toLowerCase() + what.substring(1) + " mỗi năm";
    }

    private static LocalDateTime now() {
        return CampaignTime.nowLocal();
    }
}
