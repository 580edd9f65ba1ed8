package vn.tongket.campaign;

import vn.tongket.simulation.*;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.CommitteeGroups;

/**
 * The year at scale (issue 14), a benchmark and not a test: it prints figures and asserts only that the run
 * happened. One command on either database (see docs/benchmarks.md):
 * <pre>
 *   mvn -Pbenchmark verify -Dbench.db=h2
 *   DB_URL=... DB_USER=... DB_PASSWORD=... mvn -Pbenchmark verify -Dbench.db=mysql
 * </pre>
 * Phases, each printed as it runs: (1) a bloc of configurable size is generated (default 200 grassroots-level
 * units: 40 đảng bộ cơ sở × 3 chi bộ + 40 chi bộ cơ sở, 12,000 members, tổ đảng in every fourth branch,
 * 10 leaders per đảng bộ cơ sở ≈ 400 voted on) and synced to the identity service; (2) the annual cycle is started
 * through {@link CampaignService} on the moved clock and every due job is executed until none is left — the
 * time until every review instance exists and until every first task exists; (3) with all those tasks open,
 * the REST calls Tasklist makes (a member, a committee group, the Ban Tổ chức), the dashboard and every report
 * are timed over HTTP (p50/p95); (4) N tasks are completed with the answers a user gives in Tasklist (from their
 * Camunda Forms) and statements per completion counted; (5) bare Camunda's one-task process is started and
 * completed N times, with no variables and with the same answers, on the same engine and database; (6)
 * optionally ({@code -Dbench.wholeYear=true}) the whole year is simulated for the next year on the same bloc.
 * The process tree is followed by root instance and process keys of {@link Stage}, not by element ids, so the
 * benchmark survives the cycle's restructuring into per-unit pipelines.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "server.port=${bench.port:18810}", "tongket.demo.enabled=false"})
class YearBenchmark {

    static final String P = "BM";
    /** Before 2038: MySQL TIMESTAMP columns of Camunda's history (ACT_HI_IDENTITYLINK.TIMESTAMP_) end there. */
    static final int YEAR = Integer.getInteger("bench.year", 2035);
    static final int COMMITTEES = Integer.getInteger("bench.committees", 40);
    static final int BRANCHES_PER_COMMITTEE = Integer.getInteger("bench.branchesPerCommittee", 3);
    static final int GRASSROOTS_BRANCHES = Integer.getInteger("bench.grassrootsBranches", 40);
    static final int MEMBERS = Integer.getInteger("bench.members", 12_000);
    static final int LEADERS_PER_COMMITTEE = Integer.getInteger("bench.leadersPerCommittee", 10);
    static final int CELLS_PER_LARGE_BRANCH = 3;
    static final int QUERY_REPEATS = Integer.getInteger("bench.queryRepeats", 20);
    static final int PREP_SECONDS = Integer.getInteger("bench.prepSeconds", 900);
    static final boolean WHOLE_YEAR = Boolean.getBoolean("bench.wholeYear");
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    @TestConfiguration
    static class Counting {
        @Bean
        static SqlStatementCounter sqlStatementCounter() {
            return new SqlStatementCounter();
        }
    }

    @Autowired ProcessEngine engine;
    @Autowired CampaignService campaigns;
    @Autowired CycleSimulator simulator;
    @Autowired IdentitySyncService identity;
    @Autowired JdbcTemplate jdbc;
    @org.springframework.beans.factory.annotation.Value("${server.port}") int port;

    private final List<String> out = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void yearAtScale() throws Exception {
        var cfg = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String db = cfg.getDatabaseType();
        line("Database %s; history level %s; removal-time strategy %s; authorization %s; %d cores; max heap %d MB",
                db, cfg.getHistory(), cfg.getHistoryRemovalTimeStrategy(), cfg.isAuthorizationEnabled(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (Boolean.getBoolean("bench.dropParentTaskIndex") && parentTaskIndexed()) {
            // the "before" figures: Camunda's schema as shipped, without db/engine/V170's index
            jdbc.execute("mysql".equals(cfg.getDatabaseType())
                    ? "DROP INDEX ACT_IDX_TASK_PARENT ON ACT_RU_TASK" : "DROP INDEX ACT_IDX_TASK_PARENT");
        }
        line("Index on ACT_RU_TASK.PARENT_TASK_ID_: %s", parentTaskIndexed() ? "yes" : "no");
        long t = System.nanoTime();
        String bloc = GeneratedBloc.generate(jdbc, new GeneratedBloc.Size(COMMITTEES, BRANCHES_PER_COMMITTEE,
                GRASSROOTS_BRANCHES, MEMBERS, LEADERS_PER_COMMITTEE));
        line("Model: %d units (%d cells), %d members, %d positions generated in %.1f s", count("org_unit"),
                jdbc.queryForObject("select count(*) from org_unit where kind = 'CELL'", Integer.class),
                count("party_member"), count("org_position"), secs(t));
        t = System.nanoTime();
        var sync = identity.sync();
        line("Identity sync: %d users, %d groups in %.1f s", sync.usersCreated(), sync.groupsCreated(), secs(t));

        ClockUtil.setCurrentTime(java.util.Date.from(ZonedDateTime.of(YEAR, 12, 1, 8, 0, 0, 0, ZONE).toInstant()));
        try {
            measure(bloc);
        } finally {
            ClockUtil.reset();
        }
        line("Peak heap %d MB (sum of the heap pools' peaks); peak RSS %s; RSS now %s", peakHeapMb(),
                procStatus("VmHWM"), procStatus("VmRSS"));
        String text = String.join("\n", out);
        System.out.println("\n=== YearBenchmark ===\n" + text + "\n=====================\n");
        Path file = Path.of("target/benchmark/year-" + db + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text + "\n", StandardCharsets.UTF_8);
        org.junit.jupiter.api.Assertions.assertFalse(out.isEmpty());
    }

    private void measure(String bloc) throws Exception {
        // ---- 2. cycle start until every review instance and every first task exists
        SqlStatementCounter.start(true);
        long t0 = System.nanoTime();
        ProcessInstance cycle = campaigns.startCycle(YEAR, bloc, "benchmark");
        double tRequest = secs(t0);
        int expectedReviews = StageTargets.of(Stage.REVIEW, jdbc.query(
                "select code, kind, has_standing_committee from org_unit where code like ?",
                (rs, i) -> new StageTargets.UnitNode(rs.getString(1),
                        vn.tongket.organization.UnitKind.valueOf(rs.getString(2)), rs.getBoolean(3)), P + "-%")).size();
        int jobs = 0;
        double tReviews = -1;
        long lastPrint = System.nanoTime();
        while (true) {
            int n = executeDueJobs(cycle.getId());
            jobs += n;
            long reviews = instancesOf(cycle.getId(), Stage.REVIEW.processKey());
            if (tReviews < 0 && reviews >= expectedReviews) {
                tReviews = secs(t0);
            }
            if (System.nanoTime() - lastPrint > 10e9) {
                progress("cycle start: %d jobs, %d/%d review instances, %d open tasks, %.0f s", jobs, reviews,
                        expectedReviews, openTasks(cycle.getId()), secs(t0));
                lastPrint = System.nanoTime();
            }
            if (n == 0) {
                break;
            }
        }
        double tFirstTasks = secs(t0);
        long instances = instancesOf(cycle.getId(), null) - 1;
        int open = openTasks(cycle.getId());
        line("Cycle start: request %.2f s; all %d review instances after %.1f s; every first task (%d open tasks, "
                + "%d process instances under the cycle, %d jobs) after %.1f s", tRequest, expectedReviews, tReviews,
                open, instances, jobs, tFirstTasks);

        line("SQL statements of the cycle start: %d = %.0f per process instance", SqlStatementCounter.count(),
                SqlStatementCounter.count() / (double) Math.max(1, instances));
        System.out.println("Most frequent statements of the cycle start:");
        SqlStatementCounter.top(25).forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));

        // ---- 2b/4. the units' tasks done by their users, round by round ("complete every task open at the start of
        // the round with the answers its form takes, then run the jobs"; no element id named) until the members' own
        // tasks are open (open tasks reach 90 % of the members) or the time budget is spent. Every completion is
        // timed and its statements counted: the task mix of the year's first weeks.
        Random random = new Random(YEAR);
        LocalDate today = LocalDate.of(YEAR, 12, 1);
        long p0 = System.nanoTime();
        List<VariableMap> answered = new ArrayList<>();
        long[] cost = new long[2];
        int n = 0;
        int failed = 0;
        long jobNanos = 0;
        long jobStatements = 0;
        int jobsAfter = 0;
        SqlStatementCounter.start(true);
        for (int round = 1; round <= 12 && openTasks(cycle.getId()) < MEMBERS * 0.9 && secs(p0) < PREP_SECONDS; round++) {
            List<String> ids = taskIdsOf(cycle.getId());
            for (String id : ids) {
                failed += complete(id, random, today, new Object[] {answered, cost}) ? 0 : 1;
                n++;
                if (n % 500 == 0) {
                    progress("round %d: %d tasks completed, %.1f ms each so far, %.0f s", round, n, cost[0] / 1e6 / n, secs(p0));
                }
                if (secs(p0) > PREP_SECONDS) {
                    break;
                }
            }
            long j0 = System.nanoTime();
            long before = SqlStatementCounter.count();
            int k;
            int roundJobs = 0;
            while ((k = executeDueJobs(cycle.getId())) > 0) {
                roundJobs += k;
            }
            jobNanos += System.nanoTime() - j0;
            jobStatements += SqlStatementCounter.count() - before;
            jobsAfter += roundJobs;
            progress("round %d: %d tasks completed, %d jobs, now %d open tasks, %.0f s", round, ids.size(),
                    roundJobs, openTasks(cycle.getId()), secs(p0));
        }
        open = openTasks(cycle.getId());
        double tJobsAfter = jobNanos / 1e9;
        long completeNanos = cost[0];
        long statements = cost[1];
        line("Units' tasks done by simulated users: %d completions (%d refused 4 times), %d jobs they led to, in %.1f s;"
                + " %d tasks now open%s", n, failed, jobsAfter, secs(p0), open,
                open < MEMBERS * 0.9 ? String.format(" (the %d s budget, -Dbench.prepSeconds, ended before the members'"
                        + " tasks were all open)", PREP_SECONDS) : "");

        // ---- 3. Tasklist, dashboard and reports with these tasks open
        queries(bloc, open);

        List<Map.Entry<String, Long>> top = SqlStatementCounter.top(15);
        double oursMs = completeNanos / 1e6 / Math.max(1, n);
        double oursWithJobsMs = (completeNanos / 1e6 + tJobsAfter * 1000) / Math.max(1, n);

        // ---- 5. bare Camunda: one user task, same engine, same database, same number of tasks
        BpmnModelInstance bare = Bpmn.createExecutableProcess("BenchmarkBareProcess").camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_Bare").camundaCandidateGroups(CommitteeGroups.ORGANIZATION_BOARD)
                .endEvent().done();
        engine.getRepositoryService().createDeployment().name("benchmark-bare").addModelInstance("bare.bpmn", bare).deploy();
        SqlStatementCounter.start(false);
        long b0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("BenchmarkBareProcess", "bare-" + i,
                    Map.of("unitCode", "U" + i, "campaignYear", YEAR));
        }
        double bareStartMs = (System.nanoTime() - b0) / 1e6 / Math.max(1, n);
        List<Task> bareTasks = engine.getTaskService().createTaskQuery().processDefinitionKey("BenchmarkBareProcess").list();
        long before = SqlStatementCounter.count();
        long b1 = System.nanoTime();
        for (Task task : bareTasks) {
            engine.getTaskService().complete(task.getId());
        }
        double bareCompleteMs = (System.nanoTime() - b1) / 1e6 / Math.max(1, bareTasks.size());
        double bareStatements = (SqlStatementCounter.count() - before) / (double) Math.max(1, bareTasks.size());
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService().startProcessInstanceByKey("BenchmarkBareProcess", "bare-answered-" + i,
                    Map.of("unitCode", "U" + i, "campaignYear", YEAR));
        }
        bareTasks = engine.getTaskService().createTaskQuery().processDefinitionKey("BenchmarkBareProcess").list();
        before = SqlStatementCounter.count();
        long b2 = System.nanoTime();
        for (int i = 0; i < bareTasks.size(); i++) {
            engine.getTaskService().complete(bareTasks.get(i).getId(),
                    answered.isEmpty() ? Map.of() : answered.get(i % answered.size()));
        }
        double bareAnsweredMs = (System.nanoTime() - b2) / 1e6 / Math.max(1, bareTasks.size());
        double bareAnsweredStatements = (SqlStatementCounter.count() - before) / (double) Math.max(1, bareTasks.size());

        double perInstanceMs = 1000 * tFirstTasks / Math.max(1, instances);
        line("Per-unit instance start: %.1f ms (cycle start until every first task / %d instances) vs bare start"
                + " %.1f ms = %.1fx bare (target 5x)", perInstanceMs, instances, bareStartMs, perInstanceMs / bareStartMs);
        line("Task completion (%d tasks, %d refused 4 times): %.1f ms vs bare with the same answers %.1f ms = %.2fx"
                + " (target 1.3x); vs bare without variables %.1f ms = %.2fx; with the %d jobs they left (%.1f s): %.1f ms"
                + " = %.2fx", n - failed, failed, oursMs, bareAnsweredMs, oursMs / bareAnsweredMs, bareCompleteMs,
                oursMs / bareCompleteMs, jobsAfter, tJobsAfter, oursWithJobsMs, oursWithJobsMs / bareAnsweredMs);
        line("SQL statements per completed task: ours %.1f (+ %.1f in the jobs they left) vs bare %.1f with the same"
                + " answers (%.2fx), %.1f without variables", statements / (double) Math.max(1, n),
                jobStatements / (double) Math.max(1, n), bareAnsweredStatements,
                statements / (double) Math.max(1, n) / bareAnsweredStatements, bareStatements);
        System.out.println("Most frequent statements during our completions:");
        top.forEach(e -> System.out.printf("  %6d  %s%n", e.getValue(), e.getKey()));

        // ---- 6. optionally the whole year, on the next year's cycle for the same bloc
        if (WHOLE_YEAR) {
            long y0 = System.nanoTime();
            var o = CycleSimulator.Options.defaults(YEAR + 1);
            SimulationResult result = simulator.run(YEAR + 1, bloc, Path.of("target/benchmark/year-" + (YEAR + 1)), o);
            line("Whole year %d simulated: ended %s, %d tasks, %d jobs, %d clock moves in %.0f s wall time (%d open, %d failures)",
                    YEAR + 1, result.cycleEnded(), result.tasksCompleted(), result.jobsExecuted(), result.clockMoves(),
                    secs(y0), result.openTasks().size(), result.failures().size());
        } else {
            line("Whole year: not run (-Dbench.wholeYear=true runs it after the measurements above)");
        }
    }

    // ---------------------------------------------------------------- 3. the queries users feel

    private void queries(String bloc, int openTasks) throws Exception {
        String member = jdbc.queryForObject("select m.code from party_member m where m.code like ? and not exists"
                + " (select 1 from org_position p where p.member_id = m.id) order by m.code limit 1", String.class, P + "-%");
        // a branch committee member (secretary of a branch) and the branch committee group
        String committeeUser = jdbc.queryForObject("select m.code from org_position p join party_member m on m.id = p.member_id"
                + " join org_unit u on u.id = p.unit_id where u.kind = 'BRANCH' and p.role = 'SECRETARY' and u.code like ?"
                + " order by u.code limit 1", String.class, P + "-%");
        String committeeUnit = jdbc.queryForObject("select u.code from org_position p join party_member m on m.id = p.member_id"
                + " join org_unit u on u.id = p.unit_id where m.code = ? and u.kind = 'BRANCH'", String.class, committeeUser);
        String committeeGroup = CommitteeGroups.branchCommittee(committeeUnit);
        String board = jdbc.queryForObject("select m.code from org_position p join party_member m on m.id = p.member_id"
                + " where p.role = 'ORGANIZATION_BOARD' order by m.code limit 1", String.class);
        String filterId = engine.getFilterService().createTaskFilterQuery().list().stream().findFirst()
                .map(f -> f.getId()).orElse(null);
        line("Queries with %d open tasks (%d repeats each; p50 / p95 / max in ms; HTTP on this node):", openTasks, QUERY_REPEATS);
        record Who(String label, String user, String candidateParam) { }
        List<Who> whos = List.of(new Who("member " + member, member, "candidateUser=" + member),
                new Who("committee " + committeeGroup + " (" + committeeUser + ")", committeeUser, "candidateGroups=" + committeeGroup),
                new Who("Ban Tổ chức (" + board + ")", board, "candidateGroups=" + CommitteeGroups.ORGANIZATION_BOARD));
        for (Who w : whos) {
            String q = w.candidateParam() + "&includeAssignedTasks=true";
            time("Tasklist " + w.label() + ": GET /engine-rest/task?" + w.candidateParam() + " (15, by created)", w.user(),
                    () -> get("/engine-rest/task?" + q + "&firstResult=0&maxResults=15&sortBy=created&sortOrder=desc", w.user()));
            time("Tasklist " + w.label() + ": GET /engine-rest/task/count?" + w.candidateParam(), w.user(),
                    () -> get("/engine-rest/task/count?" + q, w.user()));
            if (filterId != null) {
                time("Tasklist " + w.label() + ": POST /engine-rest/filter/{id}/list (15)", w.user(),
                        () -> post("/engine-rest/filter/" + filterId + "/list?firstResult=0&maxResults=15",
                                "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}", w.user()));
                time("Tasklist " + w.label() + ": GET /engine-rest/filter/{id}/count", w.user(),
                        () -> get("/engine-rest/filter/" + filterId + "/count", w.user()));
            }
        }
        time("Dashboard GET /api/campaigns/" + YEAR + "/dashboard (Ban Tổ chức)", board,
                () -> get("/api/campaigns/" + YEAR + "/dashboard", board));
        for (String kind : List.of("review-ranking", "vote", "commendation", "evaluation")) {
            for (String ext : List.of("pdf", "xlsx")) {
                time("Report GET /api/reports/" + YEAR + "/" + kind + "." + ext + " (Ban Tổ chức)", board,
                        () -> get("/api/reports/" + YEAR + "/" + kind + "." + ext, board));
            }
        }
    }

    private void time(String label, String user, Supplier<Integer> call) {
        int repeats = label.startsWith("Report") ? Math.max(3, QUERY_REPEATS / 4) : QUERY_REPEATS;
        call.get(); // warm-up (first call of a user pays the password check cache, JIT)
        double[] ms = new double[repeats];
        int status = 0;
        for (int i = 0; i < repeats; i++) {
            long t = System.nanoTime();
            status = call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        line("  %-100s HTTP %d  p50 %6.0f  p95 %6.0f  max %6.0f", label, status, ms[(repeats - 1) / 2],
                ms[Math.min(repeats - 1, (int) Math.ceil(repeats * 0.95) - 1)], ms[repeats - 1]);
    }

    private int get(String path, String user) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET(), user);
    }

    private int post(String path, String json, String user) {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), user);
    }

    private int send(HttpRequest.Builder b, String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        try {
            return http.send(b.header("Authorization", "Basic " + basic).header("Accept", "application/json, */*").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- engine helpers

    private List<String> taskIdsOf(String root) {
        return jdbc.queryForList("select t.ID_ from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
                + " where e.ROOT_PROC_INST_ID_ = ? order by t.CREATE_TIME_, t.ID_", String.class, root);
    }

    /**
     * Completes a task with answers generated from its form (up to 4 attempts when a listener refuses them);
     * {@code measured} = {answers list, long[]{nanos in complete(), statements}} to record the cost.
     */
    @SuppressWarnings("unchecked")
    private boolean complete(String id, Random random, LocalDate today, Object[] measured) {
        SqlStatementCounter.pause(true); // reading the form and the variables is the harness's, not the completion's
        String form = deployedForm(id);
        var existing = engine.getTaskService().getVariablesTyped(id, false);
        SqlStatementCounter.pause(false);
        for (int attempt = 0; attempt < 4; attempt++) {
            var answers = form == null ? Map.<String, Object>of() : FormAnswers.answer(form,
                    name -> CycleSimulator.plain(existing.getValueTyped(name)), today, random, attempt);
            long before = SqlStatementCounter.count();
            long c0 = System.nanoTime();
            try {
                engine.getTaskService().complete(id, CycleSimulator.toVariables(answers));
                if (measured != null) {
                    ((List<VariableMap>) measured[0]).add(CycleSimulator.toVariables(answers));
                }
                return true;
            } catch (RuntimeException e) {
                // refused (e.g. a date too early): the user corrects the answer
            } finally {
                if (measured != null) {
                    long[] cost = (long[]) measured[1];
                    cost[0] += System.nanoTime() - c0;
                    cost[1] += SqlStatementCounter.count() - before;
                }
            }
        }
        return false;
    }

    private long instancesOf(String root, String processKey) {
        SqlStatementCounter.pause(true);
        try {
            return instancesQuery(root, processKey);
        } finally {
            SqlStatementCounter.pause(false);
        }
    }

    private long instancesQuery(String root, String processKey) {
        return processKey == null
                ? jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e where e.ROOT_PROC_INST_ID_ = ?"
                        + " and e.ID_ = e.PROC_INST_ID_", Long.class, root)
                : jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
                        + " where e.ROOT_PROC_INST_ID_ = ? and e.ID_ = e.PROC_INST_ID_ and d.KEY_ = ?", Long.class, root, processKey);
    }

    private int openTasks(String root) {
        SqlStatementCounter.pause(true);
        try {
            return openTasksQuery(root);
        } finally {
            SqlStatementCounter.pause(false);
        }
    }

    private int openTasksQuery(String root) {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RU_EXECUTION e on e.ID_ = t.PROC_INST_ID_"
                + " where e.ROOT_PROC_INST_ID_ = ?", Integer.class, root);
    }

    private int executeDueJobs(String root) {
        SqlStatementCounter.pause(true);
        List<String> due = jdbc.queryForList("select j.ID_ from ACT_RU_JOB j join ACT_RU_EXECUTION e"
                + " on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.ROOT_PROC_INST_ID_ = ? and j.RETRIES_ > 0"
                + " and (j.DUEDATE_ is null or j.DUEDATE_ <= ?)", String.class, root,
                new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime()));
        SqlStatementCounter.pause(false);
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

    private String deployedForm(String taskId) {
        try (var in = engine.getFormService().getDeployedTaskForm(taskId)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private boolean parentTaskIndexed() {
        try (var c = jdbc.getDataSource().getConnection()) {
            var md = c.getMetaData();
            for (String table : List.of("ACT_RU_TASK", "act_ru_task")) {
                try (var rs = md.getIndexInfo(c.getCatalog(), null, table, false, false)) {
                    while (rs.next()) {
                        if ("PARENT_TASK_ID_".equalsIgnoreCase(rs.getString("COLUMN_NAME"))) {
                            return true;
                        }
                    }
                }
            }
            return false;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }

    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    private static String procStatus(String key) {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith(key))
                    .map(l -> l.replace(key + ":", "").trim()).findFirst().orElse("?");
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        out.add(s);
        System.out.println("[bench] " + s);
    }

    private static void progress(String format, Object... args) {
        System.out.println("[bench] … " + String.format(format, args));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
