package vn.tongket.campaign;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reports the simulation ends with. The report feature (part D/Đ reports) is built separately; until it
 * is in the application the simulation writes only its own files (dashboard.json, unit-stages.csv,
 * late-units.csv, summary.txt).
 */
@Component
public class SimulationReports {

    private static final Logger log = LoggerFactory.getLogger(SimulationReports.class);

    public List<Path> write(int year, String rootUnitCode, Path outDir) throws IOException {
        log.info("Báo cáo tổng hợp (ReportService) chưa có trong ứng dụng: mô phỏng chỉ ghi tệp tiến độ vào {}", outDir);
        return List.of();
    }
}
