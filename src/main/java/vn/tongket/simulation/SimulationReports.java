package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.tongket.report.ReportFiles;
import vn.tongket.report.ReportKind;

/** The aggregated reports a simulated year ends with (review and ranking, votes, commendation, evaluation), PDF and xlsx. */
@Component
@OnSimulationEnabled
public class SimulationReports {

    private final ReportFiles reports;

    public SimulationReports(ReportFiles reports) {
        this.reports = reports;
    }

    /** Writes bao-cao-&lt;kind&gt;-&lt;year&gt;[-&lt;unit&gt;].pdf/.xlsx for the campaign's unit; returns the files written. */
    public List<Path> write(int year, String rootUnitCode, String blocCode, Path outDir) throws IOException {
        String unit = rootUnitCode.equals(blocCode) ? null : rootUnitCode;
        List<Path> files = new ArrayList<>();
        for (ReportKind kind : ReportKind.values()) {
            for (ReportFiles.Format format : ReportFiles.Format.values()) {
                Path file = outDir.resolve(ReportFiles.fileName(kind, year, unit, format));
                Files.write(file, reports.render(kind, year, unit, format));
                files.add(file);
            }
        }
        return files;
    }
}
