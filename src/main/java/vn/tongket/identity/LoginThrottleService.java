package vn.tongket.identity;

import vn.tongket.common.CampaignTime;

import java.time.Instant;
import vn.tongket.calendar.CalendarProperties;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Counts consecutive wrong passwords per user in the table {@code login_lock} (shared by every node of a cluster)
 * and applies {@link LoginLockPolicy}. Called by the engine's password check ({@link ThrottledIdentityServiceProvider}),
 * so HTTP Basic on /api and /engine-rest and the web-app login are throttled alike. Time is the engine's clock
 * ({@link ClockUtil}), so tests move it instead of waiting.
 */
@Service
public class LoginThrottleService {

    private final JdbcTemplate jdbc;
    private final SecurityAuditLog audit;
    private final LoginLockPolicy policy;
    private final ZoneId zone;

    public LoginThrottleService(JdbcTemplate jdbc, SecurityAuditLog audit,
                                @Value("${tongket.security.login.max-failures:5}") int maxFailures,
                                @Value("${tongket.security.login.lock-duration:PT15M}") java.time.Duration lockDuration,
                                CalendarProperties calendar) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = new LoginLockPolicy(maxFailures, lockDuration);
        this.zone = calendar.getZone();
    }

    private static Instant now() {
        return CampaignTime.now();
    }

    public Optional<Instant> lockedUntil(String userId) {
        List<Long> until = jdbc.queryForList("SELECT locked_until FROM login_lock WHERE user_id = ?", Long.class, userId);
        Instant lockedUntil = until.isEmpty() || until.get(0) == null ? null : Instant.ofEpochMilli(until.get(0));
        return policy.isLocked(lockedUntil, now()) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /** The Vietnamese sentence for a locked user, or empty when the user is not locked. */
    public Optional<String> lockMessage(String userId) {
        return userId == null ? Optional.empty() : lockedUntil(userId).map(u -> LoginLockPolicy.message(u, now(), zone));
    }

    /** A wrong password of an existing user (not counted while the user is locked: those attempts are refused unchecked). */
    public void recordFailure(String userId) {
        if (jdbc.update("UPDATE login_lock SET failures = failures + 1, last_failure = ? WHERE user_id = ?",
                now().toEpochMilli(), userId) == 0) {
            try {
                jdbc.update("INSERT INTO login_lock (user_id, failures, last_failure) VALUES (?, 1, ?)", userId, now().toEpochMilli());
            } catch (DuplicateKeyException raced) {
                jdbc.update("UPDATE login_lock SET failures = failures + 1, last_failure = ? WHERE user_id = ?",
                        now().toEpochMilli(), userId);
            }
        }
        Integer failures = jdbc.queryForObject("SELECT failures FROM login_lock WHERE user_id = ?", Integer.class, userId);
        policy.lockAfterFailure(failures == null ? 0 : failures, now()).ifPresent(until -> {
            jdbc.update("UPDATE login_lock SET locked_until = ? WHERE user_id = ?", until.toEpochMilli(), userId);
            audit.record(SecurityAuditLog.LOGIN_LOCKED, userId, failures + " lần sai mật khẩu liên tiếp; khóa tạm đến "
                    + until.atZone(zone).toLocalDateTime());
        });
    }

    public void recordSuccess(String userId) {
        List<Integer> failures = jdbc.queryForList("SELECT failures FROM login_lock WHERE user_id = ?", Integer.class, userId);
        if (failures.isEmpty()) {
            return;
        }
        jdbc.update("DELETE FROM login_lock WHERE user_id = ?", userId);
        if (failures.get(0) != null && failures.get(0) >= policy.maxFailures()) {
            audit.record(SecurityAuditLog.LOGIN_AFTER_LOCK, userId, "đăng nhập đúng sau " + failures.get(0) + " lần sai");
        }
    }
}
