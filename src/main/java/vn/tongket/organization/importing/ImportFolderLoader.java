package vn.tongket.organization.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.tongket.common.StartupDataLoader;
import vn.tongket.organization.HistorySource;

/**
 * Imports the files found in {@code tongket.import.startup-folder} (default {@code ./import}) at start:
 * {@code units*.csv|xlsx}, then {@code members*}, {@code positions*}, {@code history*} (by name within a kind).
 * Each file is one all-or-nothing import; an accepted file moves to {@code done/}, a refused one to
 * {@code failed/} with {@code <file>.errors.txt} listing every rejected row. Identity is synced after all
 * loaders by the startup runner.
 */
@Component
@Order(10)
public class ImportFolderLoader implements StartupDataLoader {

    private static final Logger log = LoggerFactory.getLogger(ImportFolderLoader.class);

    private final ImportService importService;
    private final Path folder;

    public ImportFolderLoader(ImportService importService,
                              @Value("${tongket.import.startup-folder:./import}") String folder) {
        this.importService = importService;
        this.folder = Path.of(folder);
    }

    @Override
    public void load() throws IOException {
        importFolder();
    }

    /** Imports every recognised file in the folder; returns the results of the accepted ones. */
    public List<ImportResult> importFolder() throws IOException {
        List<ImportResult> results = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return results;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> ImportKind.fromFileName(p.getFileName().toString()).isPresent())
                    .sorted(Comparator.<Path>comparingInt(p -> ImportKind.fromFileName(p.getFileName().toString()).orElseThrow().ordinal())
                            .thenComparing(p -> p.getFileName().toString()))
                    .toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            ImportKind kind = ImportKind.fromFileName(name).orElseThrow();
            try {
                results.add(importService.importFile(kind, name, null, Files.readAllBytes(file), false, HistorySource.IMPORT));
                move(file, "done");
            } catch (ImportRejectedException e) {
                Path failed = move(file, "failed");
                String report = e.errors().stream().map(RowError::toString).collect(Collectors.joining("\n"));
                Files.writeString(failed.resolveSibling(name + ".errors.txt"), report + "\n", StandardCharsets.UTF_8);
                log.warn("Import folder: {} refused ({} errors), see {}", name, e.errors().size(), failed.getParent());
            } catch (RuntimeException e) {
                Path failed = move(file, "failed");
                Files.writeString(failed.resolveSibling(name + ".errors.txt"), "Lỗi hệ thống: " + e + "\n", StandardCharsets.UTF_8);
                log.error("Import folder: {} failed", name, e);
            }
        }
        return results;
    }

    private Path move(Path file, String sub) throws IOException {
        Path dir = folder.resolve(sub);
        Files.createDirectories(dir);
        return Files.move(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }
}
