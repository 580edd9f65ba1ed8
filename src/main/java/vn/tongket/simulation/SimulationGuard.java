package vn.tongket.simulation;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Refuses to simulate a year on a database that is not the demo's: the simulator moves the engine clock and
 * completes every task as simulated users. The demo's database is recognised by its H2 URL ({@code jdbc:h2:});
 * {@code tongket.simulation.any-database=true} allows any database on purpose.
 */
@Component
@OnSimulationEnabled
public class SimulationGuard {

    private final DataSource dataSource;
    private final boolean anyDatabase;

    public SimulationGuard(DataSource dataSource,
            @Value("${tongket.simulation.any-database:false}") boolean anyDatabase) {
        this.dataSource = dataSource;
        this.anyDatabase = anyDatabase;
    }

    /** Throws {@link IllegalStateException} (Vietnamese message) unless this database may be simulated on. */
    public void check() {
        if (anyDatabase) {
            return;
        }
        String url = url();
        if (!isDemoDatabase(url)) {
            throw new IllegalStateException("Từ chối mô phỏng: cơ sở dữ liệu " + url
                    + " không phải cơ sở dữ liệu demo (H2). Mô phỏng dời đồng hồ của hệ thống và hoàn thành mọi"
                    + " công việc thay người dùng; nếu thật sự muốn, đặt tongket.simulation.any-database=true.");
        }
    }

    static boolean isDemoDatabase(String url) {
        return url != null && url.startsWith("jdbc:h2:");
    }

    private String url() {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Không đọc được địa chỉ cơ sở dữ liệu: " + e.getMessage(), e);
        }
    }
}
