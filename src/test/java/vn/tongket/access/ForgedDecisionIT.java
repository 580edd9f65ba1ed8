package vn.tongket.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
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
import vn.tongket.common.AccessRefusedException;
import vn.tongket.common.ConflictException;
import vn.tongket.evaluation.EntryStep;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.EvaluationStatus;
import vn.tongket.evaluation.EvaluationTarget;
import vn.tongket.evaluation.EvaluationTestData;
import vn.tongket.evaluation.LeaderCategory;
import vn.tongket.evaluation.LeaderEvaluation;
import vn.tongket.evaluation.LeaderEvaluationRepository;
import vn.tongket.evaluation.LeadershipEvaluationProcess;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;

/**
 * Finding 1 of issue 10, reproduced on the real evaluation.bpmn with the Spring app and Engine REST on a real port:
 * a committee member who holds her own self-assessment task tries to route the decision to her own group and to
 * decide another person's acknowledged evaluation. Every path is refused with a Vietnamese message and nothing is
 * written; the listeners do not trust the variables even when one was changed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18210")
class ForgedDecisionIT {

    static final int YEAR = 2031;
    static final String BASE = "http://127.0.0.1:18210";
    static EvaluationTestData d;

    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired IdentityService identity;
    @Autowired IdentitySyncService identitySync;
    @Autowired EvaluationService service;
    @Autowired LeaderEvaluationRepository evaluations;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired PlatformTransactionManager transactions;
    @Autowired JdbcTemplate jdbc;

    /** The party secretary's evaluation: decided "Hoàn thành xuất sắc nhiệm vụ" and acknowledged. */
    Long victimId;
    int prefix;

    @BeforeEach
    void setUp() {
        EvaluationTestData.clockOnDecisionDay(YEAR);
    }

    @AfterEach
    void tearDown() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    @AfterAll
    static void retire(@Autowired JdbcTemplate jdbc, @Autowired IdentitySyncService identitySync,
                       @Autowired PlatformTransactionManager transactions) {
        EvaluationTestData.retireAndResync(jdbc, identitySync, transactions, "FRG");
    }

    /** Fresh units per test (each test runs its own evaluations of one year). */
    private EvaluationTestData data(String code) {
        var data = new EvaluationTestData(units, members, positions, "FRG" + code);
        new TransactionTemplate(transactions).executeWithoutResult(s -> identitySync.sync());
        return data;
    }

    private ProcessInstance start(EvaluationTestData t, String memberCode) {
        String key = new EvaluationTarget(t.grassroots.getCode(), memberCode).businessKey(YEAR);
        ProcessInstance pi = runtime.startProcessInstanceByKey(LeadershipEvaluationProcess.KEY, key,
                Map.of("unitCode", t.grassroots.getCode(), "memberCode", memberCode, "campaignYear", YEAR));
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(LeadershipEvaluationProcess.TASK_GATHER_INPUTS).singleResult().getId());
        return pi;
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private LeaderEvaluation evaluation(ProcessInstance pi) {
        return evaluations.findByProcessInstanceId(pi.getId()).orElseThrow();
    }

    /** Writes the texts (as the engine's own code) and completes the writing steps up to the decision. */
    private void toDecision(ProcessInstance pi) {
        Long id = evaluation(pi).getId();
        for (EntryStep step : List.of(EntryStep.SELF_ASSESSMENT, EntryStep.COLLECTIVE_COMMENT, EntryStep.BRANCH_COMMENT)) {
            service.recordEntry(id, step, "Bí mật: " + step.label(), null, "kiem-thu");
            tasks.complete(task(pi).getId());
        }
        assertThat(task(pi).getTaskDefinitionKey()).isEqualTo(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY);
    }

    /** The secretary's evaluation, run to the end by the engine's own code: EXCELLENT, acknowledged. */
    private ProcessInstance acknowledgedVictim(EvaluationTestData t) {
        ProcessInstance pi = start(t, t.secretary.getCode());
        toDecision(pi);
        tasks.complete(task(pi).getId(), Map.of("leaderCategory", "EXCELLENT"));
        tasks.complete(task(pi).getId());
        LeaderEvaluation v = evaluation(pi);
        assertThat(v.getStatus()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThat(v.getCategory()).isEqualTo(LeaderCategory.EXCELLENT);
        victimId = v.getId();
        return pi;
    }

    private void as(String memberCode) {
        identity.setAuthentication(memberCode, identity.createGroupQuery().groupMember(memberCode).list().stream()
                .map(g -> g.getId()).toList());
    }

    private void assertVictimUnchanged() {
        LeaderEvaluation v = evaluations.findById(victimId).orElseThrow();
        assertThat(v.getStatus()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThat(v.getCategory()).isEqualTo(LeaderCategory.EXCELLENT);
        assertThat(v.getDecidedBy()).isNull();
    }

    static HttpResponse<String> http(String method, String path, String user, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Authorization", TestLogins.basic(user, user.equals("admin") ? "admin-test" : "demo"))
                .header("Accept", "application/json");
        b = json == null ? b.method(method, HttpRequest.BodyPublishers.noBody())
                : b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void forgedEvaluation_committeeMemberSetsDecidingGroupAndOtherEvaluationIdOnOwnTask_refusedNothingWritten() throws Exception {
        d = data("A");
        acknowledgedVictim(d);
        ProcessInstance own = start(d, d.standing.getCode());
        Task self = task(own);
        assertThat(self.getAssignee()).isEqualTo(d.standing.getCode());
        String originalGroup = (String) runtime.getVariable(own.getId(), LeadershipEvaluationProcess.DECIDING_GROUP);
        String attackerGroup = CommitteeGroups.standingCommittee(d.grassroots.getCode());
        String otherGroup = "btv-" + d.bloc.getCode() + "-gia";

        // Java API, as the authenticated task holder
        as(d.standing.getCode());
        assertThatThrownBy(() -> tasks.setVariable(self.getId(), "decidingGroup", otherGroup))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("\"decidingGroup\" do hệ thống ghi");
        assertThatThrownBy(() -> tasks.setVariableLocal(self.getId(), "evaluationId", victimId))
                .isInstanceOf(AccessRefusedException.class).hasMessageContaining("\"evaluationId\"");
        assertThatThrownBy(() -> tasks.removeVariable(self.getId(), "decidingGroup"))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tasks.complete(self.getId(), Map.of("evaluationId", victimId,
                "leaderCategory", "NOT_COMPLETED"))).isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> runtime.setVariable(own.getId(), "decidingGroup", attackerGroup))
                .isInstanceOf(RuntimeException.class);
        identity.clearAuthentication();

        // Engine REST with HTTP Basic
        String u = d.standing.getCode();
        var put = http("PUT", "/engine-rest/task/" + self.getId() + "/variables/decidingGroup", u,
                "{\"value\":\"" + otherGroup + "\",\"type\":\"String\"}");
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.body()).contains("người xử lý công việc không được thay đổi");
        var patch = http("POST", "/engine-rest/task/" + self.getId() + "/variables", u,
                "{\"modifications\":{\"evaluationId\":{\"value\":" + victimId + ",\"type\":\"Long\"}}}");
        assertThat(patch.statusCode()).isEqualTo(403);
        var local = http("PUT", "/engine-rest/task/" + self.getId() + "/localVariables/decidingGroup", u,
                "{\"value\":\"" + otherGroup + "\",\"type\":\"String\"}");
        assertThat(local.statusCode()).isEqualTo(403);
        var delete = http("DELETE", "/engine-rest/task/" + self.getId() + "/variables/decidingGroup", u, null);
        assertThat(delete.statusCode()).isEqualTo(403);
        String forged = "{\"variables\":{\"evaluationId\":{\"value\":" + victimId + ",\"type\":\"Long\"},"
                + "\"leaderCategory\":{\"value\":\"NOT_COMPLETED\",\"type\":\"String\"}}}";
        assertThat(http("POST", "/engine-rest/task/" + self.getId() + "/complete", u, forged).statusCode()).isEqualTo(403);
        assertThat(http("POST", "/engine-rest/task/" + self.getId() + "/submit-form", u, forged).statusCode()).isEqualTo(403);
        assertThat(http("PUT", "/engine-rest/process-instance/" + own.getId() + "/variables/decidingGroup", u,
                "{\"value\":\"" + attackerGroup + "\",\"type\":\"String\"}").statusCode()).isEqualTo(403);

        // nothing written: the victim is untouched, the attacker's process waits where it was, routing unchanged
        assertVictimUnchanged();
        assertThat(task(own).getTaskDefinitionKey()).isEqualTo(LeadershipEvaluationProcess.TASK_SELF_ASSESSMENT);
        assertThat(runtime.getVariable(own.getId(), LeadershipEvaluationProcess.DECIDING_GROUP)).isEqualTo(originalGroup);
        assertThat(runtime.getVariable(own.getId(), LeadershipEvaluationProcess.EVALUATION_ID)).isEqualTo(evaluation(own).getId());
        assertThat(tasks.getVariablesLocal(self.getId())).isEmpty();

        // the legitimate form still works: the form's own field, and a read-only field echoed with its value
        service.recordEntry(evaluation(own).getId(), EntryStep.SELF_ASSESSMENT, "Tự nhận xét", null, u);
        var ok = http("POST", "/engine-rest/task/" + self.getId() + "/submit-form", u,
                "{\"variables\":{\"entryWritten\":{\"value\":true,\"type\":\"Boolean\"},\"evaluationId\":{\"value\":"
                        + evaluation(own).getId() + ",\"type\":\"Long\"}}}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
        assertThat(task(own).getTaskDefinitionKey()).isEqualTo(LeadershipEvaluationProcess.TASK_COLLECTIVE_COMMENTS);
    }

    @Test
    void decisionListener_ignoresEvaluationIdVariable_evenWhenChanged_refusesOtherRecord() {
        d = data("B");
        acknowledgedVictim(d);
        ProcessInstance own = start(d, d.standing.getCode());
        toDecision(own);
        // suppose the variable was changed (the engine's own code, bypassing the guard): the listener still refuses
        runtime.setVariable(own.getId(), LeadershipEvaluationProcess.EVALUATION_ID, victimId);
        String decide = task(own).getId();
        as(d.secretary.getCode());
        assertThatThrownBy(() -> tasks.complete(decide, Map.of("leaderCategory", "NOT_COMPLETED")))
                .hasRootCauseInstanceOf(AccessRefusedException.class)
                .hasMessageContaining("không phải bản đánh giá của quy trình này");
        identity.clearAuthentication();
        assertVictimUnchanged();
        assertThat(evaluation(own).getCategory()).isNull();
        assertThat(task(own).getTaskDefinitionKey()).isEqualTo(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY);
    }

    @Test
    void cadreOnTheDecidingBody_mayNotDecideOwnEvaluation_wrongRoleRefused_rightRoleRecorded() throws Exception {
        d = data("C");
        ProcessInstance own = start(d, d.standing.getCode());
        toDecision(own);
        Task decide = task(own);
        // the standing member sits on btv-G, which decides on her: she still never decides on herself
        as(d.standing.getCode());
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("leaderCategory", "EXCELLENT")))
                .hasRootCauseInstanceOf(AccessRefusedException.class)
                .hasRootCauseMessage("Cán bộ không tự đánh giá, xếp loại chính mình: việc này do Ban Thường vụ "
                        + d.grassroots.getName() + " quyết định");
        identity.clearAuthentication();
        var rest = http("POST", "/engine-rest/task/" + decide.getId() + "/complete", d.standing.getCode(),
                "{\"variables\":{\"leaderCategory\":{\"value\":\"EXCELLENT\",\"type\":\"String\"}}}");
        assertThat(rest.statusCode()).isNotEqualTo(204);
        assertThat(rest.body()).contains("Cán bộ không tự đánh giá");

        // a member in the engine group btv-G but not on the committee by the organization model (stale identity)
        identity.createMembership(d.plain.getCode(), CommitteeGroups.standingCommittee(d.grassroots.getCode()));
        as(d.plain.getCode());
        assertThatThrownBy(() -> tasks.complete(decide.getId(), Map.of("leaderCategory", "EXCELLENT")))
                .hasRootCauseInstanceOf(AccessRefusedException.class)
                .hasRootCauseMessage("Đồng chí không phải người được giao công việc \"" + decide.getName()
                        + "\" (theo mô hình tổ chức): không được hoàn thành");
        identity.clearAuthentication();
        // and the decision itself checks the deciding body again (organization model)
        assertThatThrownBy(() -> service.decide(own.getId(), null, "EXCELLENT", d.plain.getCode()))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Chỉ thành viên Ban Thường vụ " + d.grassroots.getName()
                        + " được đánh giá, xếp loại bản đánh giá này");
        identity.deleteMembership(d.plain.getCode(), CommitteeGroups.standingCommittee(d.grassroots.getCode()));
        LeaderEvaluation e = evaluation(own);
        assertThat(e.getCategory()).isNull();
        assertThat(e.getStatus()).isEqualTo(EvaluationStatus.OPEN);

        // the secretary (btv-G by the organization model) decides
        var ok = http("POST", "/engine-rest/task/" + decide.getId() + "/complete", d.secretary.getCode(),
                "{\"variables\":{\"leaderCategory\":{\"value\":\"COMPLETED_WELL\",\"type\":\"String\"}}}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(204);
        e = evaluation(own);
        assertThat(e.getCategory()).isEqualTo(LeaderCategory.COMPLETED_WELL);
        assertThat(e.getDecidedBy()).isEqualTo(d.secretary.getCode());

        // the acknowledgement: only the person evaluated, even for someone a candidate link was added for
        Task ack = task(own);
        tasks.addCandidateUser(ack.getId(), d.secretary.getCode());
        as(d.secretary.getCode());
        assertThatThrownBy(() -> tasks.complete(ack.getId())).hasRootCauseInstanceOf(AccessRefusedException.class)
                .rootCause().hasMessageContaining("không phải người được giao công việc");
        identity.clearAuthentication();
        assertThatThrownBy(() -> service.acknowledge(own.getId(), null, d.secretary.getCode()))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Chỉ người được đánh giá (hoặc thành viên tập thể được đánh giá) nhận thông báo kết quả này");
        assertThat(evaluation(own).getStatus()).isEqualTo(EvaluationStatus.DECIDED);
        as(d.standing.getCode());
        tasks.complete(ack.getId());
        identity.clearAuthentication();
        assertThat(evaluation(own).getStatus()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
    }

    @Test
    void acknowledgedEvaluation_cannotBeDecidedAgain() {
        d = data("D");
        acknowledgedVictim(d);
        assertThatThrownBy(() -> service.decide(victimId, "NOT_COMPLETED", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("không thể đánh giá, xếp loại lại");
        assertVictimUnchanged();
    }

    @Test
    void writingStep_completedOnlyByWhoseStepItIs() {
        d = data("E");
        ProcessInstance own = start(d, d.standing.getCode());
        service.recordEntry(evaluation(own).getId(), EntryStep.SELF_ASSESSMENT, "x", null, "kiem-thu");
        tasks.complete(task(own).getId());
        Task collective = task(own);
        // the branch's chi ủy is not the collective (btv-G)
        identity.createMembership(d.branchSecretary.getCode(), CommitteeGroups.standingCommittee(d.grassroots.getCode()));
        as(d.branchSecretary.getCode());
        assertThatThrownBy(() -> tasks.complete(collective.getId())).hasRootCauseInstanceOf(AccessRefusedException.class)
                .rootCause().hasMessageContaining("không phải người được giao công việc");
        identity.clearAuthentication();
        assertThatThrownBy(() -> service.requireEntry(own.getId(), null, EntryStep.COLLECTIVE_COMMENT, d.branchSecretary.getCode()))
                .isInstanceOf(AccessRefusedException.class)
                .hasMessage("Đồng chí không có quyền hoàn thành bước ý kiến nhận xét của tập thể lãnh đạo của bản đánh giá này");
        identity.deleteMembership(d.branchSecretary.getCode(), CommitteeGroups.standingCommittee(d.grassroots.getCode()));
        assertThat(task(own).getId()).isEqualTo(collective.getId());
    }

    @Test
    void cadreMayNotWriteDecisionStepOfOwnEvaluation() throws Exception {
        d = data("F");
        ProcessInstance own = start(d, d.standing.getCode());
        Long id = evaluation(own).getId();
        String body = "{\"content\":\"Tự quyết định cho mình\",\"proposedCategory\":\"EXCELLENT\"}";
        var self = http("PUT", "/api/evaluations/" + id + "/steps/DECISION", d.standing.getCode(), body);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("Không có quyền nhập");
        assertThat(jdbc.queryForObject("select count(*) from leader_evaluation_entry where evaluation_id = ? and step = 'DECISION'",
                Integer.class, id)).isZero();
        var decider = http("PUT", "/api/evaluations/" + id + "/steps/DECISION", d.secretary.getCode(), body);
        assertThat(decider.statusCode()).as(decider.body()).isEqualTo(200);
    }
}
