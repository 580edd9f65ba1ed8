package vn.tongket.identity;

import vn.tongket.common.CampaignTime;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * When wrong passwords lock an account, and for how long: every {@code maxFailures}-th consecutive wrong password
 * locks it for {@code lockDuration}. The lock always ends by itself (never a permanent lock that anybody could
 * cause for any member); the correct password after the lock resets the count.
 */
public record LoginLockPolicy(int maxFailures, Duration lockDuration) {

    public static final LoginLockPolicy DEFAULT = new LoginLockPolicy(5, Duration.ofMinutes(15));

    public LoginLockPolicy {
        if (maxFailures < 1 || lockDuration.isNegative() || lockDuration.isZero()) {
            throw new IllegalArgumentException("maxFailures >= 1 and a positive lock duration");
        }
    }

    /** The end of the lock this failure starts ({@code failures} counts it), or empty when it starts none. */
    public Optional<Instant> lockAfterFailure(int failures, Instant now) {
        return failures > 0 && failures % maxFailures == 0 ? Optional.of(now.plus(lockDuration)) : Optional.empty();
    }

    public boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** What the member reads: "Tài khoản tạm khóa đến 14:35 do nhập sai mật khẩu nhiều lần" (+ the date if not today). */
    public static String message(Instant lockedUntil, Instant now, ZoneId zone) {
        ZonedDateTime until = lockedUntil.atZone(zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        String when = until.format(DateTimeFormatter.ofPattern("HH:mm"))
                + (until.toLocalDate().equals(today) ? "" : " ngày " + until.format(CampaignTime.DATE));
        return "Tài khoản tạm khóa đến " + when + " do nhập sai mật khẩu nhiều lần";
    }
}
