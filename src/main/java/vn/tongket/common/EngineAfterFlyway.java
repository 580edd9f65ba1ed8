package vn.tongket.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The process engine starts after Flyway has migrated the database: with {@code schema-update: false} (MySQL
 * profile) Camunda's tables come from migration V102, so the engine must not look for them earlier.
 */
@Component
public class EngineAfterFlyway implements BeanFactoryPostProcessor {

    static final String FLYWAY_INITIALIZER = "flywayInitializer";

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(FLYWAY_INITIALIZER)) {
            return;
        }
        for (String name : beanFactory.getBeanNamesForType(ProcessEngineFactoryBean.class, true, false)) {
            String definitionName = name.startsWith("&") ? name.substring(1) : name;
            BeanDefinition definition = beanFactory.getBeanDefinition(definitionName);
            List<String> dependsOn = new ArrayList<>(definition.getDependsOn() == null ? List.of()
                    : Arrays.asList(definition.getDependsOn()));
            if (!dependsOn.contains(FLYWAY_INITIALIZER)) {
                dependsOn.add(FLYWAY_INITIALIZER);
                definition.setDependsOn(dependsOn.toArray(String[]::new));
            }
        }
    }
}
