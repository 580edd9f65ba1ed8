package vn.tongket.campaign;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements sent to the database (for the benchmarks): wraps the application's {@link DataSource}
 * (a {@link BeanPostProcessor}) so every statement executed through Camunda (MyBatis), Hibernate and JdbcTemplate
 * is counted, each batch entry as one statement. {@link #start()} resets the counts, {@link #top(int)} lists the
 * most frequent statements since then (whitespace collapsed) to find where the statements of a task go.
 */
public class SqlStatementCounter implements BeanPostProcessor {

    private static final AtomicLong COUNT = new AtomicLong();
    private static final Map<String, LongAdder> BY_SQL = new ConcurrentHashMap<>();
    private static volatile boolean recordText;
    private static volatile boolean paused;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource ds && !(bean instanceof CountingDataSource)) {
            return new CountingDataSource(ds);
        }
        return bean;
    }

    /** Resets the counters; {@code withText}: also count per statement text (costs a little). */
    public static void start(boolean withText) {
        COUNT.set(0);
        BY_SQL.clear();
        recordText = withText;
    }

    /** While paused (the benchmark's own reads), statements are not counted. */
    public static void pause(boolean p) {
        paused = p;
    }

    public static long count() {
        return COUNT.get();
    }

    public static List<Map.Entry<String, Long>> top(int n) {
        return BY_SQL.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue().sum()))
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(n).toList();
    }

    private static void counted(String sql) {
        if (paused) {
            return;
        }
        COUNT.incrementAndGet();
        if (recordText && sql != null) {
            String key = sql.replaceAll("\\s+", " ").trim();
            BY_SQL.computeIfAbsent(key.length() > 160 ? key.substring(0, 160) : key, k -> new LongAdder()).increment();
        }
    }

    static final class CountingDataSource extends DelegatingDataSource {
        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T unwrap(Class<T> iface) throws SQLException {
            return iface.isInstance(this) ? (T) this : super.unwrap(iface);
        }
    }

    private static Connection connection(Connection c) {
        return (Connection) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, m, args) -> {
                    Object result = invoke(c, m, args);
                    if (result instanceof Statement s && m.getName().startsWith("prepare")) {
                        String sql = (String) args[0];
                        Class<?> type = s instanceof CallableStatement ? CallableStatement.class : PreparedStatement.class;
                        return statement(s, type, sql);
                    }
                    if (result instanceof Statement s && m.getName().equals("createStatement")) {
                        return statement(s, Statement.class, null);
                    }
                    return result;
                });
    }

    private static Object statement(Statement s, Class<?> type, String preparedSql) {
        InvocationHandler h = (proxy, m, args) -> {
            String name = m.getName();
            if (name.equals("addBatch")) {
                counted(args != null && args.length == 1 ? (String) args[0] : preparedSql);
            } else if (name.startsWith("execute") && !name.equals("executeBatch") && !name.equals("executeLargeBatch")) {
                counted(args != null && args.length >= 1 && args[0] instanceof String sql ? sql : preparedSql);
            }
            return invoke(s, m, args);
        };
        return Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
