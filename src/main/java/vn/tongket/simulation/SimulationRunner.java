package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.nio.file.Path;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tongket.organization.OrganizationService;

/**
 * {@code mvn spring-boot:run -Dspring-boot.run.arguments=--simulate=2013}: after start-up (processes deployed,
 * demo bloc loaded, identity synced) runs the whole year for the bloc (or {@code --simulate-unit=CODE}) and
 * writes ./data/simulation-YEAR/. The application then keeps running (dashboard at /dashboard/?year=YEAR)
 * unless {@code --simulate-exit} is given.
 */
@Component
@OnSimulationEnabled
@Order(Ordered.LOWEST_PRECEDENCE)
public class SimulationRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SimulationRunner.class);

    private final CycleSimulator simulator;
    private final OrganizationService organization;
    private final ApplicationContext context;

    public SimulationRunner(CycleSimulator simulator, OrganizationService organization, ApplicationContext context) {
        this.simulator = simulator;
        this.organization = organization;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!args.containsOption("simulate")) {
            return;
        }
        int year = Integer.parseInt(args.getOptionValues("simulate").get(0).trim());
        String unit = args.containsOption("simulate-unit") ? args.getOptionValues("simulate-unit").get(0)
                : organization.bloc().getCode();
        Path out = Path.of(args.containsOption("simulate-out") ? args.getOptionValues("simulate-out").get(0)
                : "./data/simulation-" + year);
        int exit = 0;
        try {
            SimulationResult result = simulator.run(year, unit, out, CycleSimulator.Options.defaults(year));
            System.out.println(result.summary());
            exit = result.cycleEnded() ? 0 : 2;
        } catch (RuntimeException e) {
            log.error("Mô phỏng năm {} thất bại: {}", year, CycleSimulator.rootMessage(e));
            exit = 1;
        } finally {
            ClockUtil.reset();
        }
        if (args.containsOption("simulate-exit")) {
            int code = exit;
            System.exit(SpringApplication.exit(context, () -> code));
        }
    }
}
