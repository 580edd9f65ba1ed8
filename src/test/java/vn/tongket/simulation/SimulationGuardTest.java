package vn.tongket.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

class SimulationGuardTest {

    private static final String MYSQL_URL = "jdbc:mysql://127.0.0.1:3306/tongket?sendFractionalSeconds=false";

    @Test
    void demoH2Database_isAllowed() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:simulation-guard;DB_CLOSE_DELAY=-1");
        assertThatCode(() -> new SimulationGuard(h2, false).check()).doesNotThrowAnyException();
    }

    @Test
    void otherDatabase_isRefusedWithVietnameseMessage() {
        assertThatThrownBy(() -> new SimulationGuard(reportingUrl(MYSQL_URL), false).check())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Từ chối mô phỏng")
                .hasMessageContaining(MYSQL_URL)
                .hasMessageContaining("tongket.simulation.any-database=true");
    }

    @Test
    void otherDatabase_isAllowedWhenAnyDatabaseIsSet() {
        assertThatCode(() -> new SimulationGuard(reportingUrl(MYSQL_URL), true).check()).doesNotThrowAnyException();
    }

    @Test
    void recognisesOnlyH2UrlsAsTheDemo() {
        assertThat(SimulationGuard.isDemoDatabase("jdbc:h2:file:./data/tongket")).isTrue();
        assertThat(SimulationGuard.isDemoDatabase("jdbc:h2:mem:tongket-test")).isTrue();
        assertThat(SimulationGuard.isDemoDatabase(MYSQL_URL)).isFalse();
        assertThat(SimulationGuard.isDemoDatabase("jdbc:mariadb://db/h2")).isFalse();
        assertThat(SimulationGuard.isDemoDatabase(null)).isFalse();
    }

    /** A data source whose connection reports {@code url} (the JDBC metadata the guard reads) and nothing else. */
    private static DataSource reportingUrl(String url) {
        DatabaseMetaData meta = proxy(DatabaseMetaData.class, "getURL", url);
        Connection connection = proxy(Connection.class, "getMetaData", meta);
        return proxy(DataSource.class, "getConnection", connection);
    }

    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                return answer;
            }
            if (m.getName().equals("close")) {
                return null;
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}
