package vn.tongket.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table {@code notification_log}: messages waiting to be sent and sent. Inserting is idempotent through the
 * unique {@code dedup_key}; sending is claimed row by row with a conditional UPDATE, so two nodes never send the
 * same row.
 */
@Repository
public class NotificationOutbox {

    public record Message(long id, String kind, String taskId, String recipientUser, String recipientEmail,
                          String subject, String body, int attempts) {
    }

    private final JdbcTemplate jdbc;

    public NotificationOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one message unless one with the same key exists; true when this call recorded it. */
    public boolean enqueue(String dedupKey, NotificationKind kind, String taskId, String user, String email,
                           String subject, String body, Instant now) {
        Integer existing = jdbc.queryForObject("select count(*) from notification_log where dedup_key = ?", Integer.class, dedupKey);
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            jdbc.update("insert into notification_log (dedup_key, kind, task_id, recipient_user, recipient_email, subject, body,"
                            + " created_at, attempts) values (?, ?, ?, ?, ?, ?, ?, ?, 0)",
                    dedupKey, kind.name(), taskId, user, email, cut(subject, 500), body, Timestamp.from(now));
            return true;
        } catch (DuplicateKeyException raced) { // another node recorded it between our check and our insert
            return false;
        }
    }

    /** Ids of unsent messages that nobody holds (or whose holder's claim is older than {@code staleBefore}). */
    public List<Long> claimable(Instant staleBefore, int maxAttempts, int limit) {
        return jdbc.queryForList("select id from notification_log where sent_at is null and attempts < ?"
                        + " and (claimed_by is null or claimed_at < ?) order by id limit " + limit,
                Long.class, maxAttempts, Timestamp.from(staleBefore));
    }

    /** Takes one message for this node; false when another node was faster. */
    public boolean claim(long id, String node, Instant now, Instant staleBefore) {
        return jdbc.update("update notification_log set claimed_by = ?, claimed_at = ? where id = ? and sent_at is null"
                + " and (claimed_by is null or claimed_at < ?)", node, Timestamp.from(now), id, Timestamp.from(staleBefore)) == 1;
    }

    public Message load(long id) {
        return jdbc.queryForObject("select id, kind, task_id, recipient_user, recipient_email, subject, body, attempts"
                + " from notification_log where id = ?", (rs, i) -> new Message(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)), id);
    }

    public void sent(long id, String node, Instant now) {
        jdbc.update("update notification_log set sent_at = ?, attempts = attempts + 1, last_error = null where id = ? and claimed_by = ?",
                Timestamp.from(now), id, node);
    }

    /** Releases the claim so a later run tries again (until the attempts are used up). */
    public void failed(long id, String node, String error) {
        jdbc.update("update notification_log set claimed_by = null, claimed_at = null, attempts = attempts + 1, last_error = ?"
                + " where id = ? and claimed_by = ?", cut(error, 1000), id, node);
    }

    public int pendingCount() {
        Integer n = jdbc.queryForObject("select count(*) from notification_log where sent_at is null", Integer.class);
        return n == null ? 0 : n;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
