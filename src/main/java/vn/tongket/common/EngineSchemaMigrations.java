package vn.tongket.common;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Flyway migrations on Camunda's own tables ({@code db/engine}, e.g. indexes the engine lacks), run once the
 * process engine has created or updated its schema. They cannot live in {@code db/migration}: the application's
 * Flyway runs before the engine (JPA waits for Flyway, the engine waits for JPA's transaction manager), when
 * Camunda's tables do not exist yet on a new database. Their own history table ({@code flyway_engine_history})
 * keeps them apart from the application's; the SQL is the same on H2 and MySQL/MariaDB.
 */
@Component
public class EngineSchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(EngineSchemaMigrations.class);

    public EngineSchemaMigrations(ProcessEngine engine, DataSource dataSource) {
        MigrateResult result = Flyway.configure().dataSource(dataSource).locations("classpath:db/engine")
                .table("flyway_engine_history").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        if (result.migrationsExecuted > 0) {
            log.info("Engine schema ({}): {} migration(s) applied, now at version {}", engine.getName(),
                    result.migrationsExecuted, result.targetSchemaVersion);
        }
    }
}
