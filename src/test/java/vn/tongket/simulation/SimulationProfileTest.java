package vn.tongket.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.ClassUtils;

/** The simulator's beans exist only with {@code tongket.simulation.enabled}: on in the default profile, off in mysql. */
class SimulationProfileTest {

    static List<String> simulationBeans(ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    Class<?> type = context.getType(name);
                    return type != null && ClassUtils.getUserClass(type).getPackageName().equals("vn.tongket.simulation");
                })
                .toList();
    }

    @Test
    void mysqlProfile_disablesTheSimulatorUnlessTongketSimulationIsSet() throws IOException {
        List<PropertySource<?>> mysql = new YamlPropertySourceLoader()
                .load("mysql", new ClassPathResource("application-mysql.yaml"));
        List<PropertySource<?>> defaults = new YamlPropertySourceLoader()
                .load("default", new ClassPathResource("application.yaml"));
        assertThat(mysql.get(0).getProperty("tongket.simulation.enabled")).hasToString("${TONGKET_SIMULATION:false}");
        assertThat(defaults.get(0).getProperty("tongket.simulation.enabled")).hasToString("true");
        assertThat(defaults.get(0).getProperty("tongket.simulation.any-database")).hasToString("false");
    }

    /** The mysql profile's value ({@code TONGKET_SIMULATION} unset) on the test database. */
    @Nested
    @SpringBootTest(properties = "tongket.simulation.enabled=false")
    class Disabled {
        @Autowired ApplicationContext context;

        @Test
        void noBeanOfTheSimulationPackage() {
            assertThat(simulationBeans(context)).isEmpty();
            assertThat(context.getBeanNamesForType(CycleSimulator.class)).isEmpty();
            assertThat(context.getBeanNamesForType(SimulationRunner.class)).isEmpty();
        }
    }

    /** The default profile. */
    @Nested
    @SpringBootTest
    class Enabled {
        @Autowired ApplicationContext context;

        @Test
        void theSimulatorAndItsGuardAreBeans() {
            assertThat(context.getBeanNamesForType(CycleSimulator.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(SimulationGuard.class)).hasSize(1);
            assertThat(context.getBeanNamesForType(SimulationRunner.class)).hasSize(1);
            assertThat(simulationBeans(context)).hasSizeGreaterThanOrEqualTo(9);
        }
    }
}
