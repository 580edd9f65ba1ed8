package vn.tongket.organization.importing;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.tongket.common.StartupDataLoader;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.UnitKind;

/**
 * Loads the fictitious demo bloc ({@code DUK}, Thanh Hóa provincial agencies) on first start when
 * {@code tongket.demo.enabled=true} and no bloc is stored yet, by importing the CSV files in
 * {@code src/main/resources/demo/} through {@link ImportService} (the same path as the REST import).
 * Runs after the startup folder, so a real bloc imported from the folder prevents the demo.
 * The 2013 rankings ({@code demo/history-2013-ranking.csv}) are NOT loaded: the 2013 ranking is made by the
 * process; {@link #importOptional2013Ranking()} imports them on request (tests, simulations).
 */
@Component
@Order(20)
public class DemoBlocLoader implements StartupDataLoader {

    public static final String BLOC_CODE = "DUK";
    /** Demo files in import order; all history files have 2009–2012 rows only. */
    static final List<String> FILES = List.of(
            "units.csv", "members.csv", "positions.csv",
            "history-units.csv", "history-members.csv", "history-commendations.csv",
            "history-emulation-titles.csv", "history-confidence.csv");
    static final String OPTIONAL_2013_RANKING = "history-2013-ranking.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoBlocLoader.class);

    private final ImportService importService;
    private final OrgUnitRepository units;
    private final boolean enabled;

    public DemoBlocLoader(ImportService importService, OrgUnitRepository units,
                          @Value("${tongket.demo.enabled:false}") boolean enabled) {
        this.importService = importService;
        this.units = units;
        this.enabled = enabled;
    }

    @Override
    public void load() throws IOException {
        if (!enabled) {
            return;
        }
        if (!units.findByKindAndActiveTrueOrderByCode(UnitKind.BLOC).isEmpty()) {
            log.info("A bloc is already stored: demo bloc not loaded");
            return;
        }
        loadDemo();
    }

    /** Imports the demo files (refused as duplicates if the demo is already there). */
    public void loadDemo() throws IOException {
        long t0 = System.nanoTime();
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (String file : FILES) {
            importResource(file);
        }
        log.info("Demo bloc {} loaded in {} ms ({} ms CPU of this thread)", BLOC_CODE, (System.nanoTime() - t0) / 1_000_000,
                (threads.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
    }

    /**
     * Imports the optional 2013 unit and member rankings of the demo bloc, so commendation eligibility for
     * N = 2013 can run without the ranking process. One-way: afterwards the 2013 ranking of these units and
     * members exists (a ranking process for 2013 on the demo bloc would then meet stored results).
     */
    public ImportResult importOptional2013Ranking() throws IOException {
        return importResource(OPTIONAL_2013_RANKING);
    }

    private ImportResult importResource(String file) throws IOException {
        ImportKind kind = ImportKind.fromFileName(file).orElseThrow();
        byte[] content;
        try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
            content = in.readAllBytes();
        }
        try {
            return importService.importFile(kind, file, "text/csv", content, false, HistorySource.DEMO);
        } catch (ImportRejectedException e) {
            e.errors().stream().limit(20).forEach(err -> log.error("demo/{}: {}", file, err));
            throw e;
        }
    }
}
