package vn.tongket.campaign;

import vn.tongket.simulation.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Benchmark, not a test (excluded from surefire/failsafe by its name; prints figures, asserts nothing). Run:
 * {@code mvn -o -q -Dtest=CycleStartBenchmark -Dsurefire.failIfNoSpecifiedTests=false test}.
 * <p>
 * Generates a bloc of 200 units (40 grassroots committees × 3 branches + 40 grassroots branches) and 12,000
 * members on the test database (H2 in memory), starts the annual cycle, executes the jobs (one thread, in order)
 * until every per-unit review instance exists, then completes N of the tasks they opened. The same N one-task
 * instances of a bare BPMN deployed here are started and completed for comparison. Prints seconds, ms per task
 * and the process RSS. The cycle calls the real review.bpmn (and the other real per-unit processes).
 */
@SpringBootTest
class CycleStartBenchmark {

    static final String P = "BM";
    static final int YEAR = 2095;
    static final int COMMITTEES = Integer.getInteger("bench.committees", 40);
    static final int BRANCHES_PER_COMMITTEE = 3;
    static final int GRASSROOTS_BRANCHES = Integer.getInteger("bench.grassrootsBranches", 40);
    static final int MEMBERS = Integer.getInteger("bench.members", 12_000);
    static final int MAX_TASKS = Integer.getInteger("bench.tasks", 2_000);

    @Autowired ProcessEngine engine;
    @Autowired CampaignService campaigns;
    @Autowired JdbcTemplate jdbc;

    @Test
    void cycleStart() throws Exception {
        List<String> out = new ArrayList<>();
        long t = System.nanoTime();
        String bloc = generateModel();
        out.add(String.format("Model: %d units, %d members generated in %.1f s", units(), MEMBERS, secs(t)));
        ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(YEAR, 12, 1).atStartOfDay(
                java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
        try {
            // --- cycle start: the REST call, then the jobs until every review instance exists
            long t0 = System.nanoTime();
            ProcessInstance cycle = campaigns.startCycle(YEAR, bloc, "benchmark");
            double tRequest = secs(t0);
            int expected = StageTargets.of(Stage.REVIEW, jdbc.query("select code, kind from org_unit where code like ?",
                    (rs, i) -> new StageTargets.UnitNode(rs.getString(1),
                            vn.tongket.organization.UnitKind.valueOf(rs.getString(2))), P + "-%")).size();
            int jobs = 0;
            while (reviewInstances(cycle.getId()) < expected) {
                int n = executeDueJobs(cycle.getId());
                if (n == 0) {
                    throw new IllegalStateException("no job left but only " + reviewInstances(cycle.getId()) + " reviews");
                }
                jobs += n;
            }
            double tStart = secs(t0);
            int settleJobs;
            long t1 = System.nanoTime();
            while ((settleJobs = executeDueJobs(cycle.getId())) > 0) {
                jobs += settleJobs;
            }
            double tSettle = secs(t1);
            List<String> taskIds = jdbc.queryForList("select t.ID_ from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                    + " on e.ID_ = t.PROC_INST_ID_ where e.ROOT_PROC_INST_ID_ = ?", String.class, cycle.getId());
            out.add(String.format("Cycle start: request %.2f s; %d review instances exist after %.1f s (%d jobs); "
                    + "%.1f s more until no job is left; %d open tasks", tRequest, expected, tStart, jobs, tSettle, taskIds.size()));

            // each task completed with the answers a user gives in Tasklist (generated from its Camunda Form, as
            // the simulation does); only the completing calls are timed, not reading the form and variables
            int n = Math.min(MAX_TASKS, taskIds.size());
            int failed = 0;
            long completeNanos = 0;
            List<org.camunda.bpm.engine.variable.VariableMap> answered = new ArrayList<>();
            java.util.Random random = new java.util.Random(YEAR);
            LocalDate today = LocalDate.of(YEAR, 12, 1);
            for (String id : taskIds.subList(0, n)) {
                String form = deployedForm(id);
                var existing = engine.getTaskService().getVariablesTyped(id, false);
                boolean done = false;
                for (int attempt = 0; attempt < 4 && !done; attempt++) {
                    var answers = form == null ? Map.<String, Object>of() : FormAnswers.answer(form,
                            name -> CycleSimulator.plain(existing.getValueTyped(name)), today, random, attempt);
                    var variables = CycleSimulator.toVariables(answers);
                    long c0 = System.nanoTime();
                    try {
                        engine.getTaskService().complete(id, variables);
                        done = true;
                        answered.add(CycleSimulator.toVariables(answers));
                    } catch (RuntimeException e) {
                        // refused (e.g. a date too early): the user corrects the answer
                    } finally {
                        completeNanos += System.nanoTime() - c0;
                    }
                }
                failed += done ? 0 : 1;
            }
            double tComplete = completeNanos / 1e9;
            out.add(String.format("Cycle tasks: completed %d with generated form answers (%d refused 4 times) in %.1f s"
                    + " = %.1f ms/task (time in TaskService.complete, refused attempts included)", n - failed, failed,
                    tComplete, 1000 * tComplete / Math.max(1, n)));

            // --- bare Camunda on the same database: N one-task instances started, their tasks completed
            BpmnModelInstance bare = Bpmn.createExecutableProcess("BenchmarkBareProcess").camundaHistoryTimeToLive(1)
                    .startEvent().userTask("Task_Bare").camundaCandidateGroups("ban-to-chuc").endEvent().done();
            engine.getRepositoryService().createDeployment().name("benchmark-bare").addModelInstance("bare.bpmn", bare).deploy();
            long t3 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("BenchmarkBareProcess", "bare-" + i,
                        Map.of("unitCode", "U" + i, "campaignYear", YEAR));
            }
            double tBareStart = secs(t3);
            long t4 = System.nanoTime();
            for (Task task : engine.getTaskService().createTaskQuery().processDefinitionKey("BenchmarkBareProcess").list()) {
                engine.getTaskService().complete(task.getId());
            }
            double tBareComplete = secs(t4);
            // the same bare process completed with the very answers the cycle's tasks got: the data a user enters
            // costs the same in both, what remains is our listeners, tables and flow
            for (int i = 0; i < n; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("BenchmarkBareProcess", "bare-answered-" + i,
                        Map.of("unitCode", "U" + i, "campaignYear", YEAR));
            }
            List<Task> bareTasks = engine.getTaskService().createTaskQuery().processDefinitionKey("BenchmarkBareProcess").list();
            long t5 = System.nanoTime();
            for (int i = 0; i < bareTasks.size(); i++) {
                engine.getTaskService().complete(bareTasks.get(i).getId(),
                        answered.isEmpty() ? Map.of() : answered.get(i % answered.size()));
            }
            double tBareAnswered = secs(t5);
            out.add(String.format("Bare Camunda: %d starts in %.1f s (%.1f ms each), %d completions in %.1f s (%.1f ms each);"
                            + " start+complete per task %.1f ms", n, tBareStart, 1000 * tBareStart / Math.max(1, n), n,
                    tBareComplete, 1000 * tBareComplete / Math.max(1, n), 1000 * (tBareStart + tBareComplete) / Math.max(1, n)));
            out.add(String.format("Bare Camunda completing with the same answers: %.1f ms each", 1000 * tBareAnswered / Math.max(1, n)));
            out.add(String.format("Per-unit instance start (cycle start / instances) %.1f ms vs bare start %.1f ms;"
                    + " task completion %.1f ms vs bare %.1f ms without variables (%.1fx), %.1f ms with the same answers (%.1fx)",
                    1000 * tStart / expected, 1000 * tBareStart / Math.max(1, n), 1000 * tComplete / Math.max(1, n),
                    1000 * tBareComplete / Math.max(1, n), tComplete / Math.max(1e-9, tBareComplete),
                    1000 * tBareAnswered / Math.max(1, n), tComplete / Math.max(1e-9, tBareAnswered)));
            out.add(String.format("Cycle start target (30 s on H2): %s", tStart <= 30 ? "met" : "NOT met"));
            out.add("RSS: " + rss() + "; heap used " + (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1 << 20)
                    + " MB of max " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; "
                    + Runtime.getRuntime().availableProcessors() + " cores");
        } finally {
            ClockUtil.reset();
        }
        String text = String.join("\n", out);
        System.out.println("\n=== CycleStartBenchmark ===\n" + text + "\n===========================\n");
        Path file = Path.of("target/benchmark/cycle-start.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
    }

    private String deployedForm(String taskId) {
        try (var in = engine.getFormService().getDeployedTaskForm(taskId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private int units() {
        return jdbc.queryForObject("select count(*) from org_unit where code like ?", Integer.class, P + "-%");
    }

    private String generateModel() {
        String bloc = P + "-KHOI";
        if (jdbc.queryForObject("select count(*) from org_unit where code = ?", Integer.class, bloc) > 0) {
            return bloc;
        }
        long blocId = insertUnit(bloc, "Đảng bộ Khối (benchmark)", "BLOC", null, true);
        List<Long> branches = new ArrayList<>();
        List<Long> leaders = new ArrayList<>();
        for (int c = 1; c <= COMMITTEES; c++) {
            long id = insertUnit(P + "-DB" + c, "Đảng bộ cơ sở " + c, "GRASSROOTS_COMMITTEE", blocId, true);
            leaders.add(id);
            for (int b = 1; b <= BRANCHES_PER_COMMITTEE; b++) {
                long br = insertUnit(P + "-DB" + c + "-CB" + b, "Chi bộ " + b + " của Đảng bộ " + c, "BRANCH", id, false);
                branches.add(br);
                leaders.add(br);
            }
        }
        for (int g = 1; g <= GRASSROOTS_BRANCHES; g++) {
            long id = insertUnit(P + "-CBCS" + g, "Chi bộ cơ sở " + g, "GRASSROOTS_BRANCH", blocId, false);
            branches.add(id);
            leaders.add(id);
        }
        List<Object[]> rows = new ArrayList<>();
        for (int m = 0; m < MEMBERS; m++) {
            rows.add(new Object[] {String.format("%s-DV%05d", P, m), "Đảng viên " + m, branches.get(m % branches.size()),
                    Date.valueOf(LocalDate.of(1970 + m % 30, 1 + m % 12, 1 + m % 28)), "ACTIVE"});
        }
        jdbc.batchUpdate("insert into party_member (code, full_name, unit_id, birth_date, status) values (?, ?, ?, ?, ?)", rows);
        // a secretary and a deputy in each unit (members of the unit's first branch for a committee)
        List<Object[]> posRows = new ArrayList<>();
        for (Long unit : leaders) {
            List<Long> ms = jdbc.queryForList("select m.id from party_member m where m.unit_id = ? or m.unit_id in"
                    + " (select u.id from org_unit u where u.parent_id = ?) order by m.id", Long.class, unit, unit);
            if (ms.size() >= 2) {
                posRows.add(new Object[] {ms.get(0), unit, "SECRETARY", Date.valueOf("2010-01-01")});
                posRows.add(new Object[] {ms.get(1), unit, "DEPUTY_SECRETARY", Date.valueOf("2010-01-01")});
            }
        }
        jdbc.batchUpdate("insert into org_position (member_id, unit_id, role, start_date) values (?, ?, ?, ?)", posRows);
        return bloc;
    }

    private long insertUnit(String code, String name, String kind, Long parent, boolean standing) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var ps = con.prepareStatement("insert into org_unit (code, name, kind, parent_id, has_standing_committee, active)"
                    + " values (?, ?, ?, ?, ?, true)", new String[] {"id"});
            ps.setString(1, code);
            ps.setString(2, name);
            ps.setString(3, kind);
            ps.setObject(4, parent);
            ps.setBoolean(5, standing);
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    private long reviewInstances(String cycleId) {
        // reviews are called by the unit pipelines (UnitCycleProcess), two levels below the cycle
        return jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
                + " where e.ROOT_PROC_INST_ID_ = ? and e.ID_ = e.PROC_INST_ID_ and d.KEY_ = ?", Long.class, cycleId,
                Stage.REVIEW.processKey());
    }

    private int executeDueJobs(String root) {
        List<String> due = jdbc.queryForList("select j.ID_ from ACT_RU_JOB j join ACT_RU_EXECUTION e"
                + " on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.ROOT_PROC_INST_ID_ = ? and j.RETRIES_ > 0"
                + " and (j.DUEDATE_ is null or j.DUEDATE_ <= ?)", String.class, root,
                new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
        int n = 0;
        for (String id : due) {
            try {
                engine.getManagementService().executeJob(id);
                n++;
            } catch (RuntimeException e) {
                System.out.println("job failed: " + CycleSimulator.rootMessage(e));
            }
        }
        return n;
    }

    private static String rss() throws java.io.IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS"))
                .map(l -> l.replace("VmRSS:", "").trim()).findFirst().orElse("?");
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
