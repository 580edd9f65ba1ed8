package vn.tongket.identity;

import vn.tongket.common.CampaignTime;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Security events (temporary login locks, …) in the table {@code security_event} and the log. */
@Component
public class SecurityAuditLog {

    public static final String LOGIN_LOCKED = "LOGIN_LOCKED";
    public static final String LOGIN_AFTER_LOCK = "LOGIN_AFTER_LOCK";

    private static final Logger log = LoggerFactory.getLogger(SecurityAuditLog.class);
    private static final int MAX_DETAIL = 500;

    private final JdbcTemplate jdbc;

    public SecurityAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String eventType, String userId, String detail) {
        String d = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        jdbc.update("INSERT INTO security_event (occurred_at, event_type, user_id, detail) VALUES (?, ?, ?, ?)",
                CampaignTime.nowTimestamp(), eventType, userId, d);
        log.warn("Security event {} user={} {}", eventType, userId, d);
    }

    public List<Map<String, Object>> eventsOf(String userId) {
        return jdbc.queryForList("SELECT occurred_at, event_type, user_id, detail FROM security_event WHERE user_id = ? ORDER BY id",
                userId);
    }
}
