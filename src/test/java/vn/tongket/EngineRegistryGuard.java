package vn.tongket;

import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.annotation.Configuration;

/**
 * Test-only: {@code camunda.cfg.xml} (the engine-only test configuration) is on the test classpath, and the
 * first engine lookup by the REST API ({@code ProcessEngines.getProcessEngine}) would otherwise parse it and
 * register a second, empty "default" engine in place of the Spring one. Marking the registry initialized
 * keeps the Spring Boot engine the only one in Spring integration tests.
 */
@Configuration(proxyBeanMethods = false)
public class EngineRegistryGuard extends ProcessEngines {

    static {
        isInitialized = true;
    }
}
