package vn.tongket.simulation;

import vn.tongket.campaign.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.*;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarService;

/**
 * Runs a whole campaign year through the engine: starts the cycle, then over and over executes the due jobs
 * of the cycle's process tree, completes its open tasks as simulated users (answers generated from each
 * task's Camunda Form), and when nothing is left to do moves the engine clock ({@link ClockUtil}) to the next
 * timer — deadline by deadline — until the cycle ends. Some units of the vote, evaluation and commendation
 * stages are "slow" (a stable share, by seed): their tasks wait until the stage deadline has passed, so the
 * late-unit records and the dashboard have something to show. Writes its outputs to a folder.
 */
@Service
@OnSimulationEnabled
public class CycleSimulator {

    private static final Logger log = LoggerFactory.getLogger(CycleSimulator.class);
    /** How often (wall clock) a long run reports its progress in the log. */
    private static final long PROGRESS_EVERY_NANOS = 30_000_000_000L;
    /** A task completed more often than this on one execution means the generated answers loop. */
    private static final int MAX_REPEATS = 25;
    private static final Set<Stage> SLOW_STAGES = EnumSet.of(Stage.VOTE, Stage.EVALUATION, Stage.COMMENDATION);

    /**
     * Where the simulated year starts, the share of slow units, the seed of every random choice; units slow in a
     * given stage ({@code "VOTE/CODE"}: its tasks wait past the stage deadline); and one unit whose review is paused
     * for an inspection conclusion (A.I.3.3) until {@code pauseUntil} (its first person reviewed shows signs of a
     * violation, the superior committee pauses, the conclusion is entered at that time).
     */
    public record Options(ZonedDateTime start, double lateShare, long seed, int maxRounds, String simulatedUser,
                          Set<String> slow, String pausedReviewUnit, ZonedDateTime pauseUntil) {
        public Options(ZonedDateTime start, double lateShare, long seed, int maxRounds, String simulatedUser) {
            this(start, lateShare, seed, maxRounds, simulatedUser, Set.of(), null, null);
        }

        public static Options defaults(int year) {
            return new Options(ZonedDateTime.of(year, 12, 1, 8, 0, 0, 0, vn.tongket.common.CampaignTime.zone()), 0.15, year,
                    20_000, "mo-phong");
        }

        /** No random slow units; {@code slowUnit} slow in {@code slowStage}; {@code pausedUnit}'s review paused. */
        public Options withScenario(Stage slowStage, String slowUnit, String pausedUnit, ZonedDateTime until) {
            return new Options(start, 0, seed, maxRounds, simulatedUser, Set.of(slowStage + "/" + slowUnit), pausedUnit, until);
        }
    }

    private final ProcessEngine engine;
    private final CampaignService campaigns;
    private final CampaignRepository campaignRepository;
    private final CampaignLateRecordRepository lateRecords;
    private final CampaignDashboardService dashboards;
    private final CampaignCalendarService calendars;
    private final JdbcTemplate jdbc;
    private final List<SimulationStep> steps;
    private final SimulationReports reports;
    private final SimulationGuard guard;

    public CycleSimulator(ProcessEngine engine, CampaignService campaigns, CampaignRepository campaignRepository,
                          CampaignLateRecordRepository lateRecords, CampaignDashboardService dashboards,
                          CampaignCalendarService calendars, JdbcTemplate jdbc, List<SimulationStep> steps,
                          SimulationReports reports, SimulationGuard guard) {
        this.engine = engine;
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.lateRecords = lateRecords;
        this.dashboards = dashboards;
        this.calendars = calendars;
        this.jdbc = jdbc;
        this.steps = steps;
        this.reports = reports;
        this.guard = guard;
    }

    /** True when the unit's tasks in that stage wait until the stage deadline (stable for a seed). */
    public static boolean isSlow(Options o, Stage stage, String unitCode) {
        if (o.slow().contains(stage + "/" + unitCode)) {
            return true;
        }
        if (!SLOW_STAGES.contains(stage) || o.lateShare() <= 0) {
            return false;
        }
        return new SplittableRandom(o.seed() * 0x9E3779B97F4A7C15L + (stage.name() + "/" + unitCode).hashCode())
                .nextDouble() < o.lateShare();
    }

    public SimulationResult run(int year, String unitCode, Path outDir, Options o) throws IOException {
        guard.check();
        long t0 = System.nanoTime();
        JobExecutor jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        boolean executorWasActive = jobExecutor != null && jobExecutor.isActive();
        if (executorWasActive) {
            jobExecutor.shutdown(); // the simulation executes the jobs itself, in order, on the moved clock
        }
        try {
            return simulate(year, unitCode, outDir, o, t0);
        } finally {
            if (executorWasActive) {
                jobExecutor.start();
            }
        }
    }

    private SimulationResult simulate(int year, String unitCode, Path outDir, Options o, long t0) throws IOException {
        ClockUtil.setCurrentTime(Date.from(o.start().toInstant()));
        Instant until = o.start().plusMonths(5).toInstant();
        CampaignCalendar calendar = calendars.forYear(year);
        List<String> missing = Arrays.stream(Stage.values()).map(Stage::processKey)
                .filter(k -> engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(k).count() == 0)
                .toList();
        if (!missing.isEmpty()) {
            log.warn("Mô phỏng: chưa có quy trình {} — chu trình sẽ dừng ở giai đoạn gọi quy trình đó", missing);
        }
        ProcessInstance cycle = campaigns.startCycle(year, unitCode, o.simulatedUser());
        Run run = new Run(cycle.getId(), o, calendar, new Random(o.seed()));
        log.info("Mô phỏng năm {}: chu trình {} bắt đầu lúc {}", year, cycle.getId(), o.start());
        Files.createDirectories(outDir.resolve("snapshots"));
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);
        int rounds = 0;
        while (rounds++ < o.maxRounds()) {
            int done;
            do {
                done = executeDueJobs(run) + completeTasks(run);
                logProgress(run, t0);
            } while (done > 0 && rounds++ < o.maxRounds());
            if (ended(run.root)) {
                break;
            }
            Instant next = nextEvent(run);
            if (next == null || next.isAfter(until)) {
                break;
            }
            // the dashboard as the Ban Tổ chức saw it before the clock moves on (for training: step through the year)
            write(outDir.resolve("snapshots").resolve("dashboard-" + ClockUtil.getCurrentTime().toInstant()
                    .atZone(calendar.zone()).toLocalDateTime().toString().replace(':', '-') + ".json"),
                    json.writeValueAsString(dashboards.dashboard(year)));
            // one second past the event, as a job executor acquires a job after its due date: with the clock exactly
            // on the due date of a cycle timer's last repetition, Camunda computes that same date as the next one
            // (DurationHelper takes "not after now" as still to come) and the timer fires for ever
            ClockUtil.setCurrentTime(Date.from(next.plusSeconds(1)));
            run.clockMoves++;
            log.info("Mô phỏng: dời đồng hồ đến {} ({} việc đã hoàn thành, {} job, {} s)",
                    next.atZone(calendar.zone()).toLocalDateTime(), run.tasksCompleted, run.jobsExecuted,
                    String.format("%.0f", (System.nanoTime() - t0) / 1e9));
        }
        Campaign campaign = campaignRepository.findByProcessInstanceId(cycle.getId()).orElseThrow();
        Map<Stage, List<String>> late = new EnumMap<>(Stage.class);
        for (Stage s : Stage.values()) {
            late.put(s, lateRecords.findByCampaignIdAndStage(campaign.getId(), s).stream()
                    .map(CampaignLateRecord::getUnitCode).toList());
        }
        List<String> open = new ArrayList<>();
        for (TreeTask tt : treeTasks(run.root)) {
            Task t = engine.getTaskService().createTaskQuery().taskId(tt.id()).singleResult();
            if (t != null) {
                open.add(t.getName() + " [" + t.getTaskDefinitionKey() + ", " + run.unitOf(t.getProcessInstanceId())
                        + "]" + Optional.ofNullable(run.stuck.get(tt.id())).map(m -> ": " + m).orElse(""));
            }
        }
        List<Path> files = new ArrayList<>();
        files.add(outDir.resolve("snapshots"));
        CampaignDashboard dashboard = dashboards.dashboard(year);
        files.add(write(outDir.resolve("dashboard.json"), json.writeValueAsString(dashboard)));
        files.add(write(outDir.resolve("unit-stages.csv"), unitStagesCsv(dashboard)));
        files.add(write(outDir.resolve("late-units.csv"), lateCsv(dashboard)));
        try {
            files.addAll(reports.write(year, campaign.getRootUnitCode(), blocCode(campaign.getRootUnitCode()), outDir));
        } catch (RuntimeException e) {
            run.failures.add("Không tạo được báo cáo tổng hợp: " + rootMessage(e));
        }
        SimulationResult result = new SimulationResult(year, campaign.getRootUnitCode(), run.root, ended(run.root),
                o.start().toInstant(), ClockUtil.getCurrentTime().toInstant(), run.clockMoves, run.tasksCompleted,
                run.jobsExecuted, run.failures, open, late, historyCounts(year), files,
                (System.nanoTime() - t0) / 1e9);
        Path summary = outDir.resolve("summary.txt");
        files.add(summary);
        write(summary, result.summary());
        return result;
    }

    private String blocCode(String unitCode) {
        return jdbc.queryForList("select code from org_unit where kind = 'BLOC' order by code", String.class).stream()
                .filter(b -> b.equals(unitCode)).findFirst().orElseGet(() -> {
                    String code = unitCode;
                    for (int i = 0; i < 10; i++) {
                        List<String> parent = jdbc.queryForList("select p.code from org_unit u join org_unit p"
                                + " on p.id = u.parent_id where u.code = ?", String.class, code);
                        if (parent.isEmpty()) {
                            return code;
                        }
                        code = parent.get(0);
                    }
                    return code;
                });
    }

    private static Path write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    // ---------------------------------------------------------------- one simulated run

    private final class Run {
        final String root;
        final Options options;
        final CampaignCalendar calendar;
        final Random random;
        final Map<String, String> topLevel = new HashMap<>();
        final Map<String, String[]> keyAndUnit = new HashMap<>();
        final Map<String, String> stuck = new LinkedHashMap<>();
        final Set<String> failedJobs = new HashSet<>();
        final List<String> failures = new ArrayList<>();
        final TreeSet<Instant> releases = new TreeSet<>();
        final Map<String, List<String>> groupsOfUser = new HashMap<>();
        /** Completions per execution and task definition: a task that keeps coming back is a loop. */
        final Map<String, Integer> repeats = new HashMap<>();
        /** Completions per process key and task definition, for the progress log. */
        final Map<String, Integer> perTaskDefinition = new TreeMap<>();
        /** Jobs executed per handler and configuration, for the progress log. */
        final Map<String, Integer> perJobHandler = new TreeMap<>();
        final Map<String, List<String>> firstUsersOfGroup = new HashMap<>();
        long lastProgress = System.nanoTime();
        int tasksCompleted;
        int jobsExecuted;
        int clockMoves;
        boolean pauseRequested;

        Run(String root, Options options, CampaignCalendar calendar, Random random) {
            this.root = root;
            this.options = options;
            this.calendar = calendar;
            this.random = random;
        }

        /**
         * The stage instance (direct child of a unit pipeline, or of the cycle) a process instance belongs to; the
         * cycle itself for its own tasks (the overdue tasks).
         */
        String topLevelOf(String pid) {
            return topLevel.computeIfAbsent(pid, p -> {
                String current = p;
                for (int depth = 0; depth < 20; depth++) {
                    ProcessInstance sup = engine.getRuntimeService().createProcessInstanceQuery()
                            .subProcessInstanceId(current).singleResult();
                    if (sup == null || sup.getId().equals(root) || UnitCycleProcess.KEY.equals(engine.getRepositoryService()
                            .getProcessDefinition(sup.getProcessDefinitionId()).getKey())) {
                        return current;
                    }
                    current = sup.getId();
                }
                return current;
            });
        }

        /** {process key, unit code} of the per-unit instance a process instance belongs to. */
        String[] keyAndUnitOf(String pid) {
            String top = topLevelOf(pid);
            return keyAndUnit.computeIfAbsent(top, t -> {
                ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(t).singleResult();
                if (pi == null) {
                    return new String[] {"?", "?"};
                }
                ProcessDefinition def = engine.getRepositoryService().getProcessDefinition(pi.getProcessDefinitionId());
                String bk = pi.getBusinessKey() == null ? "?" : pi.getBusinessKey();
                return new String[] {def.getKey(), CycleTargets.unitOf(bk)};
            });
        }

        String unitOf(String pid) {
            String[] ku = keyAndUnitOf(pid);
            return ku[0] + " " + ku[1];
        }

        /** The instant a slow unit's task may be done, or null when it may be done now. */
        Instant heldUntil(String pid, String taskDefinitionKey) {
            String[] ku = keyAndUnitOf(pid);
            if (options.pausedReviewUnit() != null && Stage.REVIEW.processKey().equals(ku[0])
                    && options.pausedReviewUnit().equals(ku[1]) && vn.tongket.review.ReviewProcess.TASK_INSPECTION.equals(taskDefinitionKey)) {
                Instant release = options.pauseUntil().toInstant();
                return ClockUtil.getCurrentTime().toInstant().isBefore(release) ? release : null;
            }
            for (Stage s : Stage.values()) {
                if (s.processKey().equals(ku[0]) && isSlow(options, s, ku[1])) {
                    Instant release = calendar.lateFrom(s.deadline()).plusDays(1).toInstant();
                    return ClockUtil.getCurrentTime().toInstant().isBefore(release) ? release : null;
                }
            }
            return null;
        }
    }

    private boolean ended(String root) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(root).count() == 0;
    }

    /** The open tasks of the cycle's whole process tree, oldest first. */
    private List<TreeTask> treeTasks(String root) {
        return jdbc.query("select t.ID_, t.PROC_INST_ID_, t.TASK_DEF_KEY_ from ACT_RU_TASK t join ACT_RU_EXECUTION e"
                        + " on e.ID_ = t.PROC_INST_ID_ where e.ROOT_PROC_INST_ID_ = ? order by t.CREATE_TIME_, t.ID_",
                (rs, i) -> new TreeTask(rs.getString(1), rs.getString(2), rs.getString(3)), root);
    }

    private record TreeTask(String id, String processInstanceId, String taskDefinitionKey) {
    }

    private void logProgress(Run run, long t0) {
        long now = System.nanoTime();
        if (now - run.lastProgress < PROGRESS_EVERY_NANOS) {
            return;
        }
        run.lastProgress = now;
        log.info("Mô phỏng: {} — {} việc đã hoàn thành, {} job, {} việc đang mở, {} s",
                ClockUtil.getCurrentTime().toInstant().atZone(run.calendar.zone()).toLocalDateTime(), run.tasksCompleted,
                run.jobsExecuted, treeTasks(run.root).size(), String.format("%.0f", (now - t0) / 1e9));
        log.debug("Mô phỏng: số lần hoàn thành theo việc: {}; job theo loại: {}", run.perTaskDefinition, run.perJobHandler);
    }

    private int executeDueJobs(Run run) {
        List<String[]> due = jdbc.query("select j.ID_, j.HANDLER_TYPE_, j.HANDLER_CFG_ from ACT_RU_JOB j join ACT_RU_EXECUTION e"
                        + " on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.ROOT_PROC_INST_ID_ = ? and j.RETRIES_ > 0"
                        + " and j.SUSPENSION_STATE_ = 1 and (j.DUEDATE_ is null or j.DUEDATE_ <= ?) order by j.DUEDATE_, j.ID_",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, run.root,
                new Timestamp(ClockUtil.getCurrentTime().getTime()));
        int n = 0;
        for (String[] job : due) {
            String id = job[0];
            run.perJobHandler.merge(job[1] + " " + job[2], 1, Integer::sum);
            try {
                engine.getManagementService().executeJob(id);
                n++;
            } catch (RuntimeException e) {
                if (run.failedJobs.add(id)) {
                    run.failures.add("job " + id + ": " + rootMessage(e));
                    log.warn("Mô phỏng: job {} lỗi: {}", id, rootMessage(e));
                }
            }
        }
        run.jobsExecuted += n;
        return n;
    }

    private int completeTasks(Run run) {
        int n = 0;
        for (TreeTask tt : treeTasks(run.root)) {
            if (run.stuck.containsKey(tt.id())) {
                continue;
            }
            Instant held = run.heldUntil(tt.processInstanceId(), tt.taskDefinitionKey());
            if (held != null) {
                run.releases.add(held);
                continue;
            }
            Task task = engine.getTaskService().createTaskQuery().taskId(tt.id()).initializeFormKeys().singleResult();
            if (task == null) {
                continue;
            }
            if (complete(task, run)) {
                n++;
            }
        }
        run.tasksCompleted += n;
        return n;
    }

    private boolean complete(Task task, Run run) {
        String key = run.keyAndUnitOf(task.getProcessInstanceId())[0];
        // the same task again and again on one execution (not the instances of a multi-instance activity, which
        // each have their own execution) means the generated answers send the process round a loop
        int repeat = run.repeats.merge(task.getExecutionId() + "/" + task.getTaskDefinitionKey(), 1, Integer::sum);
        if (repeat > MAX_REPEATS) {
            String message = "việc lặp lại quá " + MAX_REPEATS + " lần ở cùng một bước của quy trình (vòng lặp của mô phỏng)";
            run.stuck.put(task.getId(), message);
            run.failures.add("task " + task.getName() + " [" + task.getTaskDefinitionKey() + ", "
                    + run.unitOf(task.getProcessInstanceId()) + "]: " + message);
            return false;
        }
        run.perTaskDefinition.merge(key + "/" + task.getTaskDefinitionKey(), 1, Integer::sum);
        String form = formOf(task);
        String message = null;
        // a task that came back (e.g. the counting board was sent back for another proposal) is answered
        // differently: the simulated user does not repeat the answer that sent it back
        int firstAttempt = repeat - 1;
        for (int attempt = firstAttempt; attempt < firstAttempt + 4; attempt++) {
            Map<String, Object> answers = new LinkedHashMap<>();
            if (form != null) {
                VariableMap existing = engine.getTaskService().getVariablesTyped(task.getId(), false);
                answers.putAll(FormAnswers.answer(form, name -> plain(existing.getValueTyped(name)),
                        ClockUtil.getCurrentTime().toInstant().atZone(run.calendar.zone()).toLocalDate(), run.random, attempt));
            }
            pauseScenario(task, key, run, answers);
            try {
                for (SimulationStep step : steps) {
                    if (step.appliesTo(task, key)) {
                        step.before(task, answers);
                    }
                }
                completeAs(task, toVariables(answers), run);
                return true;
            } catch (RuntimeException e) {
                message = rootMessage(e);
            }
        }
        run.stuck.put(task.getId(), message);
        run.failures.add("task " + task.getName() + " [" + task.getTaskDefinitionKey() + ", "
                + run.unitOf(task.getProcessInstanceId()) + "]: " + message);
        log.warn("Mô phỏng: không hoàn thành được '{}' ({}): {}", task.getName(), task.getId(), message);
        return false;
    }

    /**
     * The paused review of the scenario: the first person reviewed in the paused unit shows signs of a violation not
     * yet enough to conclude, the superior committee pauses the review (A.I.3.3 "Lưu ý"); the inspection conclusion
     * task is held until {@code pauseUntil} by {@link Run#heldUntil}.
     */
    private void pauseScenario(Task task, String key, Run run, Map<String, Object> answers) {
        if (run.options.pausedReviewUnit() == null || !Stage.REVIEW.processKey().equals(key)
                || !run.options.pausedReviewUnit().equals(run.keyAndUnitOf(task.getProcessInstanceId())[1])) {
            return;
        }
        if (vn.tongket.review.ReviewProcess.TASK_PERSON_MEETING.equals(task.getTaskDefinitionKey()) && !run.pauseRequested) {
            run.pauseRequested = true;
            answers.put("itemViolationSigns", true);
        } else if (vn.tongket.review.ReviewProcess.TASK_PERSON_MEETING.equals(task.getTaskDefinitionKey())) {
            answers.put("itemViolationSigns", false);
        } else if (vn.tongket.review.ReviewProcess.TASK_DECIDE_PAUSE.equals(task.getTaskDefinitionKey())) {
            answers.put("reviewPaused", true);
            answers.put("superiorInstruction", "Tạm dừng kiểm điểm, chờ kết luận kiểm tra (mô phỏng)");
        }
    }

    private String formOf(Task task) {
        boolean camundaForm = task.getCamundaFormRef() != null
                || (task.getFormKey() != null && task.getFormKey().startsWith("camunda-forms:"));
        if (!camundaForm) {
            return null;
        }
        try (var in = engine.getFormService().getDeployedTaskForm(task.getId())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Completes as a user who may: the assignee, a candidate user, or a member of a candidate group. The process
     * refuses some of them (a cadre never decides on himself, only the deciding body decides): the next candidate
     * is then tried, up to {@link #MAX_CANDIDATES}.
     */
    private void completeAs(Task task, VariableMap variables, Run run) {
        var identity = engine.getIdentityService();
        List<String> users = new java.util.ArrayList<>();
        if (task.getAssignee() != null) {
            users.add(task.getAssignee());
        } else {
            for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                } else if (link.getGroupId() != null) {
                    users.addAll(run.firstUsersOfGroup.computeIfAbsent(link.getGroupId(), g -> identity.createUserQuery()
                            .memberOfGroup(g).orderByUserId().asc().listPage(0, MAX_CANDIDATES).stream()
                            .map(u -> u.getId()).toList()));
                }
            }
        }
        if (users.isEmpty()) {
            engine.getTaskService().complete(task.getId(), variables);
            return;
        }
        RuntimeException refused = null;
        for (String user : users.stream().distinct().limit(MAX_CANDIDATES).toList()) {
            List<String> groups = run.groupsOfUser.computeIfAbsent(user, u -> identity.createGroupQuery().groupMember(u).list()
                    .stream().map(g -> g.getId()).toList());
            identity.setAuthentication(user, groups);
            try {
                engine.getTaskService().complete(task.getId(), variables);
                return;
            } catch (org.camunda.bpm.engine.AuthorizationException e) {
                identity.clearAuthentication();
                engine.getTaskService().complete(task.getId(), variables);
                return;
            } catch (RuntimeException e) {
                // a listener's refusal arrives wrapped by the engine: try the next candidate
                if (!refusedByTheProcess(e)) {
                    throw e;
                }
                refused = e;
            } finally {
                identity.clearAuthentication();
            }
        }
        throw refused;
    }

    private static boolean refusedByTheProcess(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof vn.tongket.common.AccessRefusedException) {
                return true;
            }
        }
        return false;
    }

    /** How many candidates of a task the simulation tries before it reports the task stuck. */
    static final int MAX_CANDIDATES = 5;

    public static Object plain(TypedValue v) {
        if (v == null) {
            return null;
        }
        if (v instanceof SerializableValue s && !s.isDeserialized()) {
            return s.getValueSerialized();
        }
        return v.getValue();
    }

    public static VariableMap toVariables(Map<String, Object> answers) {
        VariableMap vars = Variables.createVariables();
        answers.forEach((k, v) -> {
            if (v instanceof List<?> list) {
                try {
                    vars.putValueTyped(k, SpinValues.jsonValue(new ObjectMapper().writeValueAsString(list)).create());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                vars.put(k, v);
            }
        });
        return vars;
    }

    private Instant nextEvent(Run run) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        Timestamp next = jdbc.queryForObject("select min(j.DUEDATE_) from ACT_RU_JOB j join ACT_RU_EXECUTION e"
                        + " on e.ID_ = j.PROCESS_INSTANCE_ID_ where e.ROOT_PROC_INST_ID_ = ? and j.RETRIES_ > 0"
                        + " and j.SUSPENSION_STATE_ = 1 and j.DUEDATE_ > ?",
                Timestamp.class, run.root, new Timestamp(now.toEpochMilli()));
        Instant timer = next == null ? null : next.toInstant();
        Instant release = run.releases.higher(now);
        run.releases.headSet(now, true).clear();
        if (timer == null) {
            return release;
        }
        return release == null || timer.isBefore(release) ? timer : release;
    }

    private Map<String, Long> historyCounts(int year) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String[] t : new String[][] {
                {"unit_ranking_history", "Tổ chức đảng được xếp loại"},
                {"member_ranking_history", "Đảng viên được xếp loại"},
                {"confidence_result_history", "Kết quả lấy phiếu tín nhiệm (người × nơi)"},
                {"commendation_history", "Khen thưởng"},
                {"emulation_title_history", "Danh hiệu thi đua"}}) {
            out.put(t[1] + " năm " + year + " (từ quy trình)", jdbc.queryForObject("select count(*) from " + t[0]
                    + " where campaign_year = ? and source = 'PROCESS'", Long.class, year));
        }
        // the reports of the guidance (ReportSubmissionProcess), where that feature is deployed
        try {
            out.put("Báo cáo đã gửi lên năm " + year, jdbc.queryForObject("select count(*) from report_submission"
                    + " where campaign_year = ? and sent_at is not null", Long.class, year));
            out.put("Báo cáo đã được cấp trên tiếp nhận năm " + year, jdbc.queryForObject("select count(*) from report_submission"
                    + " where campaign_year = ? and acknowledged_at is not null", Long.class, year));
        } catch (org.springframework.dao.DataAccessException e) {
            log.debug("Mô phỏng: chưa có bảng report_submission ({})", rootMessage(e));
        }
        out.put("Danh sách đơn vị quá hạn gửi cấp ủy cấp trên năm " + year, jdbc.queryForObject(
                "select count(*) from campaign_overdue_notice n join campaign c on c.id = n.campaign_id"
                        + " where c.campaign_year = ?", Long.class, year));
        out.put("Danh sách quá hạn đã được cấp ủy cấp trên chỉ đạo năm " + year, jdbc.queryForObject(
                "select count(*) from campaign_overdue_notice n join campaign c on c.id = n.campaign_id"
                        + " where c.campaign_year = ? and n.handled_by is not null", Long.class, year));
        return out;
    }

    private static String unitStagesCsv(CampaignDashboard d) {
        StringBuilder b = new StringBuilder("unit_code,unit_name");
        for (Stage s : Stage.values()) {
            b.append(',').append(s.name());
        }
        b.append('\n');
        for (CampaignDashboard.UnitRow r : d.units()) {
            b.append(r.unitCode()).append(',').append(csv(r.unitName()));
            for (Stage s : Stage.values()) {
                b.append(',').append(Optional.ofNullable(r.states().get(s)).orElse(""));
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String lateCsv(CampaignDashboard d) {
        StringBuilder b = new StringBuilder("unit_code,unit_name,stage,deadline,recorded_at,current_state\n");
        for (CampaignDashboard.LateUnit l : d.late()) {
            b.append(l.unitCode()).append(',').append(csv(l.unitName())).append(',').append(l.stage()).append(',')
                    .append(l.deadline()).append(',').append(l.recordedAt()).append(',')
                    .append(Optional.ofNullable(l.currentState()).orElse("")).append('\n');
        }
        return b.toString();
    }

    private static String csv(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }

    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
