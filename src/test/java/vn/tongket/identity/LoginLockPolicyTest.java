package vn.tongket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginLockPolicyTest {

    private final LoginLockPolicy policy = LoginLockPolicy.DEFAULT;
    private final Instant now = Instant.parse("2026-12-02T07:20:00Z");
    private final ZoneId hanoi = ZoneId.of("Asia/Ho_Chi_Minh");

    @Test
    void fourWrongPasswords_lockNothing() {
        for (int f = 1; f <= 4; f++) {
            assertThat(policy.lockAfterFailure(f, now)).isEmpty();
        }
    }

    @Test
    void everyFifthWrongPassword_locksForFifteenMinutes_neverLonger() {
        assertThat(policy.lockAfterFailure(5, now)).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.lockAfterFailure(10, now)).contains(now.plus(Duration.ofMinutes(15)));
        assertThat(policy.lockAfterFailure(500, now)).contains(now.plus(Duration.ofMinutes(15)));
    }

    @Test
    void theLockEndsByItself() {
        Instant until = now.plus(Duration.ofMinutes(15));
        assertThat(policy.isLocked(until, now.plusSeconds(899))).isTrue();
        assertThat(policy.isLocked(until, until)).isFalse();
        assertThat(policy.isLocked(null, now)).isFalse();
    }

    @Test
    void message_namesTheHourInHanoi() {
        assertThat(LoginLockPolicy.message(now.plus(Duration.ofMinutes(15)), now, hanoi))
                .isEqualTo("Tài khoản tạm khóa đến 14:35 do nhập sai mật khẩu nhiều lần");
    }

    @Test
    void message_namesTheDate_whenTheLockEndsTomorrow() {
        Instant late = Instant.parse("2026-12-02T16:55:00Z"); // 23:55
        assertThat(LoginLockPolicy.message(late.plus(Duration.ofMinutes(15)), late, hanoi))
                .isEqualTo("Tài khoản tạm khóa đến 00:10 ngày 03/12/2026 do nhập sai mật khẩu nhiều lần");
    }
}
