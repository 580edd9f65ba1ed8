package vn.tongket.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.tongket.campaign.GeneratedBloc;

/**
 * Past one node (issue 14 item 3), run by {@code .ci/run} against the local MariaDB: the packaged jar as separate
 * JVMs on one database (Camunda's shared-database cluster: every node's job executor on). Three runs of the same
 * cycle start on a generated bloc, each on its own new database:
 * <ol>
 *   <li>one node — the reference result and the one-node throughput;</li>
 *   <li>two nodes, the cycle opened on node A, both executing its jobs — the two-node throughput;</li>
 *   <li>two nodes, node A killed with {@code kill -9} while the cycle start is half done: node B finishes alone
 *   (node A's locked jobs come back when their lock expires).</li>
 * </ol>
 * Each run's end state (process instances by key and business key, open tasks by definition, instance and
 * assignee, waiting timers, the row count of every application table) must equal the one-node run's: no task
 * lost or duplicated, no job whose effect landed twice. No job is logged successful twice. Enabled by
 * {@code -Dtongket.cluster=true} with {@code CLUSTER_DB_PREFIX}, {@code DB_USER}, {@code DB_PASSWORD} set (the
 * user may create the databases {@code <prefix>_one}, {@code _two}, {@code _kill}).
 */
@EnabledIfSystemProperty(named = "tongket.cluster", matches = "true")
class ClusterKillIT {

    static final int PORT_A = Integer.getInteger("cluster.portA", 18821);
    static final int PORT_B = Integer.getInteger("cluster.portB", 18822);
    /** Lock time of a job executor's jobs: a killed node's jobs are taken over after it (Camunda's default: 5 min). */
    static final int LOCK_MS = 15_000;
    static final GeneratedBloc.Size SIZE = new GeneratedBloc.Size(Integer.getInteger("cluster.committees", 8), 3,
            Integer.getInteger("cluster.grassrootsBranches", 8), Integer.getInteger("cluster.members", 1_600), 10);

    final String prefix = env("CLUSTER_DB_PREFIX", "tongket_ci_cluster");
    final String user = env("DB_USER", "tongket_ci");
    final String password = env("DB_PASSWORD", "");
    final String host = env("CLUSTER_DB_HOST", "127.0.0.1:3306");
    final List<String> report = new ArrayList<>();

    record RunResult(double seconds, long jobs, String fingerprint, TreeMap<String, Long> jobsByHost) {
        double jobsPerSecond() {
            return jobs / seconds;
        }
    }

    @Test
    void twoNodesOnOneDatabase_nodeKilledMidCycle_otherNodeFinishesWithTheOneNodeResult() throws Exception {
        int year = java.time.LocalDate.now().getMonthValue() >= 10 ? java.time.LocalDate.now().getYear()
                : java.time.LocalDate.now().getYear() - 1;
        RunResult one = run("one", year, false, false);
        RunResult two = run("two", year, true, false);
        RunResult kill = run("kill", year, true, true);

        line("Throughput (jobs of the cycle start per second): one node %.1f, two nodes %.1f = %.2fx",
                one.jobsPerSecond(), two.jobsPerSecond(), two.jobsPerSecond() / one.jobsPerSecond());
        Path file = Path.of("target/cluster/cluster-report.txt");
        Files.writeString(file, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
        System.out.println("\n=== ClusterKillIT ===\n" + String.join("\n", report) + "\n=====================\n");
        assertEquals(one.fingerprint(), two.fingerprint(), "two nodes: the same instances, tasks, timers and rows as one");
        assertEquals(one.fingerprint(), kill.fingerprint(),
                "node A killed mid-cycle: node B ends with the same instances, tasks, timers and rows as one node");
        assertTrue(kill.jobsByHost().getOrDefault("nodeB", 0L) > 0, "node B executed jobs after node A was killed");
    }

    private RunResult run(String label, int year, boolean twoNodes, boolean killA) throws Exception {
        String db = prefix + "_" + label;
        String url = "jdbc:mysql://" + host + "/" + db + "?sendFractionalSeconds=false";
        JdbcTemplate server = new JdbcTemplate(new DriverManagerDataSource("jdbc:mysql://" + host + "/?sendFractionalSeconds=false",
                user, password));
        server.execute("DROP DATABASE IF EXISTS " + db);
        server.execute("CREATE DATABASE " + db + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, user, password));
        // an idle job executor waits up to max-wait (default 60 s) between acquisitions: node B, idle until the
        // cycle opens on A, would otherwise join only after a minute
        List<String> args = List.of("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MS,
                "--camunda.bpm.job-execution.wait-time-in-millis=1000", "--camunda.bpm.job-execution.max-wait=3000");
        try (AppNode a = AppNode.start(label + "-A", PORT_A, url, user, password, args, 600)) {
            String bloc = GeneratedBloc.generate(jdbc, SIZE);
            // node B starts after the model exists (its start-up syncs the identity service from it)
            try (AppNode b = twoNodes ? AppNode.start(label + "-B", PORT_B, url, user, password, args, 600) : null) {
                line("[%s] node A ready in %.1f s%s", label, a.startupSeconds,
                        b == null ? "" : String.format(", node B in %.1f s", b.startupSeconds));
                long t0 = System.nanoTime();
                String open = "{\"year\":" + year + ",\"unitCode\":\"" + bloc + "\"}";
                if (b == null || killA) {
                    var response = a.post("/api/campaigns", open);
                    assertEquals(201, response.statusCode(), response.body());
                } else {
                    // the same cycle opened at the same moment on both nodes: one 201, one 409, one cycle
                    var onA = java.util.concurrent.CompletableFuture.supplyAsync(() -> post(a, open));
                    var onB = java.util.concurrent.CompletableFuture.supplyAsync(() -> post(b, open));
                    List<Integer> statuses = new ArrayList<>(List.of(onA.get().statusCode(), onB.get().statusCode()));
                    statuses.sort(null);
                    line("[%s] the same cycle opened at once on A and B: HTTP %s; the loser's answer: %s", label, statuses,
                            (onA.get().statusCode() == 201 ? onB.get() : onA.get()).body());
                    assertEquals(List.of(201, 409), statuses, "one opening wins, the other gets 409");
                    assertEquals(1, jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d"
                            + " on d.ID_ = e.PROC_DEF_ID_ where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = 'AnnualCycleProcess'",
                            Integer.class), "one cycle instance");
                }
                int expected = jdbc.queryForObject("select count(*) from org_unit where kind <> 'CELL'", Integer.class);
                if (killA) {
                    while (reviewInstances(jdbc) < expected * 0.4) {
                        Thread.sleep(200);
                    }
                    long before = reviewInstances(jdbc);
                    a.kill();
                    line("[%s] node A killed (kill -9) after %.1f s with %d of %d review instances started", label,
                            secs(t0), before, expected);
                }
                waitUntilQuiet(jdbc, 600);
                double seconds = secs(t0);
                long jobs = successfulJobs(jdbc);
                TreeMap<String, Long> byHost = new TreeMap<>();
                jdbc.query("select HOSTNAME_, count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2 group by HOSTNAME_",
                        rs -> {
                            byHost.put(rs.getString(1).replace(label + "-", "node"), rs.getLong(2));
                        });
                long twice = jdbc.queryForObject("select count(*) from (select JOB_ID_ from ACT_HI_JOB_LOG where JOB_STATE_ = 2"
                        + " group by JOB_ID_ having count(*) > 1) x", Long.class);
                long failedLogs = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 1", Long.class);
                line("[%s] cycle start done in %.1f s: %d jobs (%.1f/s) by %s; %d review instances; %d open tasks;"
                                + " %d jobs logged successful twice; %d failed job attempts; peak RSS A %s%s", label, seconds,
                        jobs, jobs / seconds, byHost, reviewInstances(jdbc), jdbc.queryForObject("select count(*) from ACT_RU_TASK",
                                Long.class), twice, failedLogs, killA ? "(killed)" : a.peakRss(),
                        b == null ? "" : ", B " + b.peakRss());
                assertEquals(0, twice, "a job logged successful twice");
                RunResult result = new RunResult(seconds, jobs, fingerprint(jdbc), byHost);
                if (killA) {
                    crashDuringImportThenRestart(label, b, url, jdbc, args);
                }
                return result;
            }
        }
    }

    /**
     * Crash tests (issue 10 item 5) on the database node B just finished: node B is killed with {@code kill -9}
     * while it imports a members file, started again on the same database; the import is all or nothing, every
     * imported member has his user once the node is back (start-up sync), and a timer created before the crashes
     * fires on the restarted node.
     */
    private void crashDuringImportThenRestart(String label, AppNode b, String url, JdbcTemplate jdbc, List<String> args)
            throws Exception {
        int rows = Integer.getInteger("cluster.importRows", 3000);
        StringBuilder csv = new StringBuilder("code,fullName,birthDate,gender,partyCardNo,unitCode,cellCode,joinedDate,status,email\n");
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("BM-NEW%05d,Trần Văn Mới %d,1990-01-01,Nam,,%s-CBCS1,,2015-05-19,,%n", i, i, GeneratedBloc.P));
        }
        long before = jdbc.queryForObject("select count(*) from party_member", Long.class);
        var upload = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            try {
                return b.postMultipart("/api/import/members", "members.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                return null; // the connection dies with the node
            }
        });
        Thread.sleep(Integer.getInteger("cluster.importKillMs", 1500));
        b.kill();
        var answer = upload.get();
        long afterKill = jdbc.queryForObject("select count(*) from party_member", Long.class) - before;
        line("[%s] node B killed (kill -9) %d ms into an import of %d members (%s): %d of them in the database",
                label, Integer.getInteger("cluster.importKillMs", 1500), rows,
                answer == null ? "no answer: killed mid-request" : "answered HTTP " + answer.statusCode() + " before the kill",
                afterKill);
        assertTrue(afterKill == 0 || afterKill == rows, "an import is all or nothing, found " + afterKill + " of " + rows);
        if (answer != null && answer.statusCode() == 200) {
            assertEquals(rows, afterKill, "an acknowledged import is in the database");
        }
        // a timer that existed before both crashes, made due now, fires on the restarted node
        String timer = jdbc.queryForList("select ID_ from ACT_RU_JOB where TYPE_ = 'timer' order by DUEDATE_, ID_",
                String.class).stream().findFirst().orElse(null);
        try (AppNode again = AppNode.start(label + "-B2", PORT_B, url, user, password, args, 600)) {
            // the start-up sync runs after "Started" (an ApplicationRunner): give it time to repair the users
            long users = 0;
            for (long until = System.nanoTime() + 180_000_000_000L; System.nanoTime() < until; Thread.sleep(1000)) {
                users = jdbc.queryForObject("select count(*) from ACT_ID_USER where ID_ like 'BM-NEW%'", Long.class);
                if (users >= afterKill) {
                    break;
                }
            }
            line("[%s] node B restarted on the same database in %.1f s: %d imported members, %d of them with a user",
                    label, again.startupSeconds, afterKill, users);
            assertEquals(afterKill, users, "every imported member has a user after the restart");
            if (timer != null) {
                jdbc.update("update ACT_RU_JOB set DUEDATE_ = ? where ID_ = ?",
                        new Timestamp(System.currentTimeMillis() - 60_000), timer);
                long deadline = System.nanoTime() + 300_000_000_000L;
                long fired = 0;
                while (fired == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(1000);
                    fired = jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_ID_ = ? and JOB_STATE_ = 2",
                            Long.class, timer);
                }
                line("[%s] a timer created before the crashes, made due, %s on the restarted node", label,
                        fired > 0 ? "fired" : "did NOT fire");
                assertTrue(fired > 0, "the timer fired after the restart");
            }
        }
    }

    private static java.net.http.HttpResponse<String> post(AppNode node, String json) {
        try {
            return node.post("/api/campaigns", json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Review instances under any cycle (by process key, not by element id). */
    private static long reviewInstances(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_"
                + " where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = 'SelfCriticismReviewProcess'", Long.class);
    }

    private static long successfulJobs(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 2", Long.class);
    }

    /** Waits until no job is due or locked, twice in a row 2 s apart. */
    private static void waitUntilQuiet(JdbcTemplate jdbc, int timeoutSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        int quiet = 0;
        while (quiet < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("jobs still due after " + timeoutSeconds + " s");
            }
            Thread.sleep(2000);
            long due = jdbc.queryForObject("select count(*) from ACT_RU_JOB where RETRIES_ > 0 and (DUEDATE_ is null"
                    + " or DUEDATE_ <= ? or LOCK_OWNER_ is not null)", Long.class, new Timestamp(System.currentTimeMillis()));
            quiet = due == 0 ? quiet + 1 : 0;
        }
    }

    /**
     * The end state by meaning, not by generated id: instances (key, business key), tasks (definition, instance's
     * business key, assignee, candidate groups), waiting jobs (type, definition, instance's business key), failed
     * jobs, and the row count of every application table.
     */
    static String fingerprint(JdbcTemplate jdbc) {
        List<String> lines = new ArrayList<>();
        lines.addAll(jdbc.queryForList("select concat('instance ', d.KEY_, ' ', coalesce(e.BUSINESS_KEY_, '-'))"
                + " from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ where e.ID_ = e.PROC_INST_ID_",
                String.class));
        lines.addAll(jdbc.queryForList("select concat('task ', t.TASK_DEF_KEY_, ' ', coalesce(p.BUSINESS_KEY_, '-'), ' ',"
                + " coalesce(t.ASSIGNEE_, '-'), ' ', coalesce((select group_concat(l.GROUP_ID_ order by l.GROUP_ID_)"
                + " from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'), '-'))"
                + " from ACT_RU_TASK t join ACT_RU_EXECUTION p on p.ID_ = t.PROC_INST_ID_", String.class));
        lines.addAll(jdbc.queryForList("select concat('job ', j.TYPE_, ' ', coalesce(j.PROCESS_DEF_KEY_, '-'), ' ',"
                + " coalesce(p.BUSINESS_KEY_, '-'), ' retries ', j.RETRIES_) from ACT_RU_JOB j"
                + " left join ACT_RU_EXECUTION p on p.ID_ = j.PROCESS_INSTANCE_ID_", String.class));
        for (String table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = database()"
                + " and table_name not like 'ACT\\_%' and table_name not like 'flyway%' and table_name not like 'SPRING\\_SESSION%'"
                + " order by table_name", String.class)) {
            lines.add("rows " + table + " " + jdbc.queryForObject("select count(*) from " + table, Long.class));
        }
        lines.sort(null);
        return String.join("\n", lines);
    }

    private void line(String format, Object... args) {
        String s = String.format(format, args);
        report.add(s);
        System.out.println("[cluster] " + s);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }
}
