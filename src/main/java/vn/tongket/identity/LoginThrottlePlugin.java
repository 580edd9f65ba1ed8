package vn.tongket.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Replaces Camunda's login throttling: Camunda locks a user for good after {@code loginMaxAttempts} (10) wrong
 * passwords — anybody could lock any member out until an administrator unlocks him — and before that delays
 * every next attempt silently (a correct password is then answered "wrong"). Both are switched off here; the
 * temporary lock of {@link LoginThrottleService} (5 wrong → 15 minutes, told to the member) takes their place.
 */
@Component
public class LoginThrottlePlugin extends AbstractProcessEnginePlugin {

    private final LoginThrottleService throttle;

    public LoginThrottlePlugin(LoginThrottleService throttle) {
        this.throttle = throttle;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new ThrottledIdentityServiceProvider.Factory(throttle));
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayMaxTime(0);
    }
}
