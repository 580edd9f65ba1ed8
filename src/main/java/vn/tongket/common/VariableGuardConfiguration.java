package vn.tongket.common;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link VariableGuardPlugin} with the Spring Boot engine (the starter applies every plugin bean). */
@Configuration
public class VariableGuardConfiguration {

    @Bean
    public ProcessEnginePlugin variableGuardPlugin(org.springframework.beans.factory.ObjectProvider<vn.tongket.identity.GroupMembership> membership) {
        return new VariableGuardPlugin(user -> membership.getObject().memberGroups(user));
    }
}
