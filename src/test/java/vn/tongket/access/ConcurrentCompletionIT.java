package vn.tongket.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import vn.tongket.evaluation.LeaderEvaluation;
import vn.tongket.evaluation.LeaderEvaluationRepository;
import vn.tongket.evaluation.LeadershipEvaluationProcess;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;

/**
 * Issue 10, "two members completing the same task at once": two members of the deciding body (btv-G) complete the
 * same decision task through the engine REST API at the same moment, with different categories. One wins (204), the
 * other gets 409 with a Vietnamese JSON message (never 500), and exactly one completion and one decision are recorded.
 * Runs on H2 in {@code mvn verify} and on MariaDB in {@code .ci/run} step 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18211")
class ConcurrentCompletionIT {

    static final int YEAR = 2032;
    static final String BASE = "http://127.0.0.1:18211";

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

    @BeforeEach
    void setUp() {
        EvaluationTestData.clockOnDecisionDay(YEAR);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    @AfterAll
    static void retire(@Autowired JdbcTemplate jdbc, @Autowired IdentitySyncService identitySync,
                       @Autowired PlatformTransactionManager transactions) {
        EvaluationTestData.retireAndResync(jdbc, identitySync, transactions, "CCT");
    }

    @Test
    void twoDecidersCompleteTheSameTaskAtOnce_oneWins_otherGets409InVietnamese_oneDecisionRecorded() throws Exception {
        var d = new EvaluationTestData(units, members, positions, "CCTA");
        // a second standing member of G by the organization model, so that two people may decide on the first one
        var second = d.f.member("ST2", "Phạm Văn Hai", d.branch);
        d.f.position(second, d.grassroots, vn.tongket.organization.PositionRole.STANDING_MEMBER, "Ủy viên BTV Đảng ủy");
        new TransactionTemplate(transactions).executeWithoutResult(s -> identitySync.sync());
        String target = d.standing.getCode();
        String key = new EvaluationTarget(d.grassroots.getCode(), target).businessKey(YEAR);
        ProcessInstance pi = runtime.startProcessInstanceByKey(LeadershipEvaluationProcess.KEY, key,
                Map.of("unitCode", d.grassroots.getCode(), "memberCode", target, "campaignYear", YEAR));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(LeadershipEvaluationProcess.TASK_GATHER_INPUTS).singleResult().getId());
        Long id = evaluations.findByProcessInstanceId(pi.getId()).orElseThrow().getId();
        for (EntryStep step : List.of(EntryStep.SELF_ASSESSMENT, EntryStep.COLLECTIVE_COMMENT, EntryStep.BRANCH_COMMENT)) {
            service.recordEntry(id, step, "Nội dung " + step.label(), null, "kiem-thu");
            tasks.complete(task(pi).getId());
        }
        Task decide = task(pi);
        assertThat(decide.getTaskDefinitionKey()).isEqualTo(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY);

        // the secretary and a second member of btv-G (not the person evaluated) press "complete" at the same moment
        List<String> deciders = List.of(d.secretary.getCode(), second.getCode());
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            String user = deciders.get(i);
            String category = i == 0 ? "EXCELLENT" : "COMPLETED_WELL";
            calls.add(CompletableFuture.supplyAsync(() -> {
                try {
                    go.await();
                    return http("POST", "/engine-rest/task/" + decide.getId() + "/complete", user,
                            "{\"variables\":{\"leaderCategory\":{\"value\":\"" + category + "\",\"type\":\"String\"}}}");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        go.countDown();
        List<HttpResponse<String>> answers = calls.stream().map(CompletableFuture::join).toList();
        List<Integer> codes = answers.stream().map(HttpResponse::statusCode).sorted().toList();
        assertThat(codes).as(answers.stream().map(HttpResponse::body).toList().toString()).containsExactly(204, 409);
        HttpResponse<String> loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        assertThat(loser.headers().firstValue("Content-Type").orElse("")).contains("application/json");
        // the engine's optimistic lock (both read the task) or the task already gone (the winner committed first)
        assertThat(loser.body()).containsAnyOf("Dữ liệu vừa được người khác thay đổi, vui lòng tải lại rồi thử lại",
                "Công việc này không còn chờ xử lý: đã được người khác hoàn thành hoặc không tồn tại");
        assertThat(loser.body()).doesNotContain("ENGINE-", "Exception:");

        assertThat(history.createHistoricTaskInstanceQuery().taskId(decide.getId()).finished().count()).isEqualTo(1);
        LeaderEvaluation e = evaluations.findById(id).orElseThrow();
        int winner = answers.get(0).statusCode() == 204 ? 0 : 1;
        assertThat(e.getDecidedBy()).isEqualTo(deciders.get(winner));
        assertThat(e.getCategory().name()).isEqualTo(winner == 0 ? "EXCELLENT" : "COMPLETED_WELL");
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY).count()).isZero();

        // the loser presses again, after the winner's commit: the task is gone, still 409 in Vietnamese, nothing written
        var again = http("POST", "/engine-rest/task/" + decide.getId() + "/complete", deciders.get(1 - winner),
                "{\"variables\":{\"leaderCategory\":{\"value\":\"NOT_COMPLETED\",\"type\":\"String\"}}}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("Công việc này không còn chờ xử lý");
        assertThat(evaluations.findById(id).orElseThrow().getDecidedBy()).isEqualTo(deciders.get(winner));
    }

    static HttpResponse<String> http(String method, String path, String user, String json) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", TestLogins.basic(user, "demo"))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }
}
