package vn.tongket.common;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tongket.identity.AdminBootstrap;
import vn.tongket.identity.IdentitySyncService;

/** Start-up in a fixed order: administrator, processes and forms, data loaders, identity from the model. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupRunner.class);

    private final AdminBootstrap admin;
    private final ProcessDeployer deployer;
    private final List<StartupDataLoader> loaders;
    private final IdentitySyncService identity;

    public StartupRunner(AdminBootstrap admin, ProcessDeployer deployer, List<StartupDataLoader> loaders,
                         IdentitySyncService identity) {
        this.admin = admin;
        this.deployer = deployer;
        this.loaders = loaders;
        this.identity = identity;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long t0 = System.nanoTime();
        admin.ensureAdmin();
        deployer.deployAll();
        for (StartupDataLoader loader : loaders) {
            loader.load();
        }
        identity.sync();
        log.info("Tổng kết ready in {} ms after context start", (System.nanoTime() - t0) / 1_000_000);
    }
}
