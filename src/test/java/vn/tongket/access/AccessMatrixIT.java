package vn.tongket.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.evaluation.EntryStep;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.EvaluationTarget;
import vn.tongket.evaluation.EvaluationTestData;
import vn.tongket.evaluation.LeaderEvaluationRepository;
import vn.tongket.evaluation.LeadershipEvaluationProcess;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;

/**
 * The access table of docs/access.md, walked: roles (Ban Tổ chức, grassroots committee member, plain member, the
 * person evaluated, the deciding body, anonymous, administrator) × one confidential evaluation × the paths that can
 * reach it (our API, the evaluation report as xlsx, Engine REST runtime variables, task variables, history variable
 * instances and details). A single leak fails the test with the whole list. Also finding 3: the report no longer
 * gives categories to members whom {@code GET /api/evaluations/{id}} refuses, and the history holds only ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18210")
class AccessMatrixIT {

    static final int YEAR = 2032;
    static final String BASE = "http://127.0.0.1:18210";
    /** Texts and codes that must never leave our tables except to the readers allowed. */
    static final String SECRET = "Bí mật MTX";

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired IdentitySyncService identitySync;
    @Autowired EvaluationService service;
    @Autowired LeaderEvaluationRepository evaluations;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    final List<String> leaks = new ArrayList<>();

    @AfterAll
    static void retire(@Autowired JdbcTemplate jdbc, @Autowired IdentitySyncService identitySync,
                       @Autowired PlatformTransactionManager transactions) {
        EvaluationTestData.retireAndResync(jdbc, identitySync, transactions, "MTX");
    }

    record Login(String role, String user, String password) {
        static final Login ANONYMOUS = new Login("ẩn danh", null, null);
    }

    static HttpResponse<byte[]> get(Login login, String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path)).GET();
        if (login.user() != null) {
            b.header("Authorization", TestLogins.basic(login.user(), login.password()));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String text(HttpResponse<byte[]> r) {
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (r.statusCode() == 200 && type.contains("spreadsheetml")) {
            StringBuilder out = new StringBuilder();
            try (var wb = new XSSFWorkbook(new ByteArrayInputStream(r.body()))) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell c : row) {
                            out.append(c.toString()).append('|');
                        }
                        out.append('\n');
                    }
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return out.toString();
        }
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    /** Allowed: 200 (the content may show the secret); refused: 401/403 and no secret in the body. */
    void expect(Login login, String path, boolean allowed, String... secrets) throws Exception {
        HttpResponse<byte[]> r = get(login, path);
        String body = text(r);
        String where = login.role() + " → " + path;
        if (allowed && r.statusCode() != 200) {
            leaks.add(where + ": expected 200, got " + r.statusCode() + " " + body);
        }
        if (!allowed) {
            if (r.statusCode() == 200) {
                for (String s : secrets) {
                    if (body.contains(s)) {
                        leaks.add(where + ": LEAK of \"" + s + "\"");
                    }
                }
            } else if (r.statusCode() != 401 && r.statusCode() != 403) {
                leaks.add(where + ": expected 200 without the secret, 401 or 403, got " + r.statusCode());
            }
        }
    }

    /** Engine paths: whatever the status, never a confidential value nor a confidential variable name. */
    void never(Login login, String path, String... secrets) throws Exception {
        HttpResponse<byte[]> r = get(login, path);
        String body = text(r);
        for (String s : secrets) {
            if (body.contains(s)) {
                leaks.add(login.role() + " → " + path + ": LEAK of \"" + s + "\" (" + r.statusCode() + ")");
            }
        }
    }

    @Test
    void rolesTimesResourcesTimesPaths_noLeak() throws Exception {
        var d = new EvaluationTestData(units, members, positions, "MTX");
        PartyMember committee = d.f.member("BCH", "Đỗ Văn Ủy", d.branch);
        d.f.position(committee, d.grassroots, PositionRole.COMMITTEE_MEMBER);
        new TransactionTemplate(transactions).executeWithoutResult(s -> identitySync.sync());

        Login board = new Login("Ban Tổ chức", d.board.getCode(), "demo");
        Login committeeMember = new Login("ủy viên BCH cơ sở", committee.getCode(), "demo");
        Login plain = new Login("đảng viên", d.plain.getCode(), "demo");
        Login evaluated = new Login("cán bộ được đánh giá", d.standing.getCode(), "demo");
        Login decider = new Login("cấp có thẩm quyền (BTV cơ sở)", d.secretary.getCode(), "demo");
        Login branchCommittee = new Login("chi ủy nơi sinh hoạt", d.branchSecretary.getCode(), "demo");
        Login admin = new Login("quản trị viên", "admin", "admin-test");
        List<Login> everyone = List.of(board, committeeMember, plain, evaluated, decider, branchCommittee, admin, Login.ANONYMOUS);

        // the standing member's evaluation, decided by btv-G: texts in our table, category through the form
        String key = new EvaluationTarget(d.grassroots.getCode(), d.standing.getCode()).businessKey(YEAR);
        ProcessInstance pi = runtime.startProcessInstanceByKey(LeadershipEvaluationProcess.KEY, key,
                Map.of("unitCode", d.grassroots.getCode(), "memberCode", d.standing.getCode(), "campaignYear", YEAR));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId());
        Long id = evaluations.findByProcessInstanceId(pi.getId()).orElseThrow().getId();
        for (EntryStep step : List.of(EntryStep.SELF_ASSESSMENT, EntryStep.COLLECTIVE_COMMENT, EntryStep.BRANCH_COMMENT)) {
            service.recordEntry(id, step, SECRET + " " + step.name(), null, "kiem-thu");
            tasks.complete(task(pi).getId());
        }
        var decided = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "/engine-rest/task/"
                        + task(pi).getId() + "/submit-form"))
                .header("Authorization", TestLogins.basic(d.secretary.getCode(), "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"variables\":{\"leaderCategory\":{\"value\":\"NOT_COMPLETED\",\"type\":\"String\"}}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(204);
        String category = "NOT_COMPLETED";
        String categoryLabel = "Không hoàn thành nhiệm vụ";
        String name = d.standing.getFullName();

        // --- while the acknowledgement is open: runtime and task variables hold ids only
        Task ack = task(pi);
        for (Login l : everyone) {
            never(l, "/engine-rest/variable-instance?processInstanceIdIn=" + pi.getId(), "leaderCategory", category, SECRET);
            never(l, "/engine-rest/task/" + ack.getId() + "/variables", "leaderCategory", category, SECRET);
            never(l, "/engine-rest/task/" + ack.getId() + "/form-variables", "leaderCategory", category, SECRET);
            never(l, "/engine-rest/process-instance/" + pi.getId() + "/variables", "leaderCategory", category, SECRET);
        }
        tasks.complete(ack.getId());

        // --- our API and the report: the rule of GET /api/evaluations/{id}
        Map<Login, Boolean> mayRead = new LinkedHashMap<>();
        mayRead.put(board, true);
        mayRead.put(admin, true);
        mayRead.put(evaluated, true);
        mayRead.put(decider, true);
        mayRead.put(committeeMember, false);
        mayRead.put(plain, false);
        mayRead.put(branchCommittee, false);
        mayRead.put(Login.ANONYMOUS, false);
        for (var e : mayRead.entrySet()) {
            expect(e.getKey(), "/api/evaluations/" + id, e.getValue(), categoryLabel, SECRET, name);
            expect(e.getKey(), "/api/evaluations?year=" + YEAR, e.getValue(), categoryLabel, SECRET, name);
            for (String file : List.of("evaluation.xlsx", "evaluation.pdf")) {
                String report = "/api/reports/" + YEAR + "/" + file + "?unit=" + d.grassroots.getCode();
                if (e.getValue() && e.getKey() != evaluated && e.getKey() != decider) {
                    expect(e.getKey(), report, true);
                } else if (!e.getValue()) {
                    // the category labels are the report's column headers: the row is found by the person's name
                    expect(e.getKey(), report, false, name, d.standing.getCode(), SECRET);
                }
            }
        }
        // the xlsx of the Ban Tổ chức holds the row (allowed reader), the committee member's does not
        String boardXlsx = text(get(board, "/api/reports/" + YEAR + "/evaluation.xlsx?unit=" + d.grassroots.getCode()));
        if (!boardXlsx.contains(name)) {
            leaks.add("Ban Tổ chức → evaluation.xlsx: the evaluation it may read is missing");
        }

        // --- the engine's history, after the end: only ids, for every reader (Cockpit reads the same tables)
        for (Login l : everyone) {
            never(l, "/engine-rest/history/variable-instance?processInstanceId=" + pi.getId(), "leaderCategory", category, SECRET);
            never(l, "/engine-rest/history/detail?processInstanceId=" + pi.getId(), "leaderCategory", category, SECRET);
            never(l, "/engine-rest/history/variable-instance?variableName=leaderCategory", "leaderCategory", category);
            never(l, "/engine-rest/history/detail?variableName=leaderCategory", "leaderCategory", category);
        }
        // and in the tables themselves, whoever reads them
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_VARINST where NAME_ = 'leaderCategory'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where NAME_ = 'leaderCategory'", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from ACT_HI_DETAIL where PROC_INST_ID_ = ? and (TEXT_ like ? or TEXT2_ like ?)",
                Integer.class, pi.getId(), "%" + SECRET + "%", "%" + SECRET + "%")).isZero();

        assertThat(leaks).as("access leaks").isEmpty();
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }
}
