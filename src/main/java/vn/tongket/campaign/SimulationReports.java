package vn.tongket.campaign;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The aggregated reports the simulation ends with (review and ranking, votes, commendation, evaluation), as PDF
 * and xlsx, produced by the report feature ({@code vn.tongket.report}) when it is in the application. It is looked
 * up by name so the cycle does not depend on it at build time; without it only the cycle's own files are written.
 */
@Component
public class SimulationReports {

    private static final Logger log = LoggerFactory.getLogger(SimulationReports.class);
    private static final String PKG = "vn.tongket.report.";
    /** Report kind → the ReportService method giving its data. */
    static final Map<String, String> KINDS = Map.of("REVIEW_RANKING", "reviewRanking", "VOTE", "vote",
            "COMMENDATION", "commendation", "EVALUATION", "evaluation");

    private final ApplicationContext context;

    public SimulationReports(ApplicationContext context) {
        this.context = context;
    }

    /** True when the report feature is in the application. */
    public boolean available() {
        try {
            Class.forName(PKG + "ReportService");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Writes bao-cao-<kind>-<year>[-<unit>].pdf/.xlsx for the campaign's unit; returns the files written. */
    public List<Path> write(int year, String rootUnitCode, String blocCode, Path outDir) throws IOException {
        if (!available()) {
            log.info("Chưa có phần báo cáo tổng hợp (vn.tongket.report) trong ứng dụng: mô phỏng chỉ ghi tệp tiến độ vào {}", outDir);
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        String unit = rootUnitCode.equals(blocCode) ? null : rootUnitCode;
        try {
            ClassLoader cl = getClass().getClassLoader();
            Class<?> serviceType = Class.forName(PKG + "ReportService", true, cl);
            Class<?> kindType = Class.forName(PKG + "ReportKind", true, cl);
            Class<?> docType = Class.forName(PKG + "ReportDocument", true, cl);
            Method documentOf = Class.forName(PKG + "ReportDocuments", true, cl).getDeclaredMethod("of", kindType, Object.class);
            documentOf.setAccessible(true);
            Object service = context.getBean(serviceType);
            Object pdf = context.getBean(Class.forName(PKG + "PdfReportRenderer", true, cl));
            Object xlsx = context.getBean(Class.forName(PKG + "XlsxReportRenderer", true, cl));
            for (Object kind : kindType.getEnumConstants()) {
                String method = KINDS.get(((Enum<?>) kind).name());
                if (method == null) {
                    continue;
                }
                Object data = serviceType.getMethod(method, int.class, String.class).invoke(service, year, unit);
                Object doc = documentOf.invoke(null, kind, data);
                String slug = (String) kindType.getMethod("slug").invoke(kind);
                String base = "bao-cao-" + slug + "-" + year + (unit == null ? "" : "-" + unit);
                files.add(write(outDir.resolve(base + ".pdf"), (byte[]) pdf.getClass().getMethod("render", docType).invoke(pdf, doc)));
                files.add(write(outDir.resolve(base + ".xlsx"), (byte[]) xlsx.getClass().getMethod("render", docType).invoke(xlsx, doc)));
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            log.warn("Không tạo được báo cáo tổng hợp: {}", CycleSimulator.rootMessage(e));
            throw new IllegalStateException("Không tạo được báo cáo tổng hợp: " + CycleSimulator.rootMessage(e), e);
        }
        return files;
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }
}
