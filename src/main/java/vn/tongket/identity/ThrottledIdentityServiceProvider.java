package vn.tongket.identity;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda's database identity provider with our temporary lock in front of the password check: every password
 * check of the engine (web-app login, HTTP Basic of /engine-rest and of /api) goes through here. While a user is
 * locked the password is not even checked. Camunda's own permanent lock is switched off in {@link LoginThrottlePlugin}.
 */
public class ThrottledIdentityServiceProvider extends DbIdentityServiceProvider {

    private final LoginThrottleService throttle;

    public ThrottledIdentityServiceProvider(LoginThrottleService throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || userId.isEmpty()) {
            return false;
        }
        if (throttle.lockedUntil(userId).isPresent()) {
            return false;
        }
        boolean ok = super.checkPassword(userId, password);
        if (ok) {
            throttle.recordSuccess(userId);
        } else if (findUserById(userId) != null) {
            throttle.recordFailure(userId);
        }
        return ok;
    }

    /** Opens one provider per command, like Camunda's GenericManagerFactory does for its own. */
    static class Factory implements SessionFactory {
        private final LoginThrottleService throttle;

        Factory(LoginThrottleService throttle) {
            this.throttle = throttle;
        }

        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityServiceProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityServiceProvider(throttle);
        }
    }
}
