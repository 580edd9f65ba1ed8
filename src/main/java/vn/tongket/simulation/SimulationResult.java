package vn.tongket.simulation;

import vn.tongket.campaign.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What a simulated year did: counts, late units by stage, history figures, and what got stuck. */
public record SimulationResult(
        int year,
        String rootUnitCode,
        String cycleInstanceId,
        boolean cycleEnded,
        Instant simulatedStart,
        Instant simulatedEnd,
        int clockMoves,
        int tasksCompleted,
        int jobsExecuted,
        List<String> failures,
        List<String> openTasks,
        Map<Stage, List<String>> lateUnits,
        Map<String, Long> historyCounts,
        List<Path> files,
        double wallSeconds) {

    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append("Mô phỏng năm ").append(year).append(" cho ").append(rootUnitCode).append('\n');
        b.append("  Chu trình: ").append(cycleEnded ? "đã kết thúc" : "CHƯA kết thúc").append(" (").append(cycleInstanceId).append(")\n");
        b.append("  Đồng hồ mô phỏng: ").append(simulatedStart).append(" → ").append(simulatedEnd)
                .append(" (").append(clockMoves).append(" lần dời)\n");
        b.append("  Công việc đã hoàn thành: ").append(tasksCompleted).append("; job đã chạy: ").append(jobsExecuted).append('\n');
        lateUnits.forEach((s, units) -> b.append("  Chậm ").append(s.label()).append(": ")
                .append(units.isEmpty() ? "không" : String.join(", ", units)).append('\n'));
        historyCounts.forEach((k, v) -> b.append("  ").append(k).append(": ").append(v).append('\n'));
        if (!failures.isEmpty()) {
            b.append("  Lỗi (").append(failures.size()).append("):\n");
            failures.stream().limit(20).forEach(f -> b.append("    - ").append(f).append('\n'));
        }
        if (!openTasks.isEmpty()) {
            b.append("  Công việc còn mở (").append(openTasks.size()).append("):\n");
            openTasks.stream().limit(20).forEach(t -> b.append("    - ").append(t).append('\n'));
        }
        files.forEach(f -> b.append("  Tệp: ").append(f).append('\n'));
        b.append(String.format("  Thời gian chạy: %.1f s%n", wallSeconds));
        return b.toString();
    }
}
