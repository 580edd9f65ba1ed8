package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * Camunda 7.24's own MySQL schema, created by Flyway (production runs with {@code camunda.bpm.database.schema-update:
 * false}, see docs/operations.md): the create scripts shipped in the engine jar, in the engine's own order. Skipped
 * on H2 (the default and test profiles let the engine create its schema) and on a database that already holds
 * Camunda's tables (installations that started with {@code schema-update: true}). Later Camunda versions get a
 * migration of their own that runs the engine jar's {@code db/upgrade/mysql_engine_7.24_to_7.25.sql}.
 */
public class V102__Camunda_schema extends BaseJavaMigration {

    static final List<String> SCRIPTS = List.of("engine", "history", "identity", "case.engine", "case.history",
            "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        DatabaseMetaData meta = connection.getMetaData();
        String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (!product.contains("mysql") && !product.contains("mariadb")) {
            return;
        }
        if (hasTable(connection, "ACT_GE_PROPERTY")) {
            return;
        }
        for (String component : SCRIPTS) {
            ScriptUtils.executeSqlScript(connection, new EncodedResource(new ClassPathResource(
                    "org/camunda/bpm/engine/db/create/activiti.mysql.create." + component + ".sql"), "UTF-8"));
        }
    }

    private static boolean hasTable(Connection connection, String name) throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        for (String candidate : List.of(name, name.toLowerCase(Locale.ROOT))) {
            try (ResultSet rs = meta.getTables(connection.getCatalog(), null, candidate, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
