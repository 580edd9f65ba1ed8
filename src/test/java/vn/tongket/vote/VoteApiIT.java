package vn.tongket.vote;

import vn.tongket.identity.TestLogins;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.*;

/**
 * The vote end to end on the shared Spring context: the process with real delegates, the REST API with HTTP Basic
 * users synced from the model, double entry, the tally, the minutes, sealing, and who may read results.
 * Organization (prefix unique per run): grassroots committee P (BTV: secretary ps) → mass organization MO
 * (head h, deputy d, BCH member c); another grassroots committee Q (BCH member x); a member o of P's branch.
 */
@SpringBootTest
class VoteApiIT {

    static final int YEAR = 2031;

    @Autowired WebApplicationContext context;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ConfidenceResultRepository history;
    @Autowired VoteService votes;
    @Autowired PlatformTransactionManager transactions;

    MockMvc mvc;
    final ObjectMapper json = new ObjectMapper();
    OrgFixture f;
    OrgUnit p, mo, mo2;
    PartyMember h;

    @BeforeEach
    void setUp() {
        mvc = TestLogins.mockMvc(context);
        f = new OrgFixture(units, members, positions, "VT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        // a root of our own: the demo bloc's subtree stays as the demo built it (other ITs count it)
        OrgUnit bloc = f.unit("BLOC", "Đảng bộ Khối (thử)", UnitKind.BLOC, null, true);
        p = f.unit("P", "Đảng bộ Sở Thử nghiệm", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        OrgUnit branch = f.unit("CB", "Chi bộ Văn phòng", UnitKind.BRANCH, p, false);
        mo = f.unit("MO", "Công đoàn Sở Thử nghiệm", UnitKind.MASS_ORGANIZATION, p, false);
        mo2 = f.unit("MO2", "Đoàn Thanh niên Sở Thử nghiệm", UnitKind.MASS_ORGANIZATION, p, false);
        OrgUnit q = f.unit("Q", "Đảng bộ Sở Khác", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        OrgUnit qBranch = f.unit("QB", "Chi bộ Sở Khác", UnitKind.BRANCH, q, false);
        PartyMember ps = f.member("ps", "Phạm Văn Sơn", branch);
        h = f.member("h", "Hoàng Thị Hà", branch);
        PartyMember d = f.member("d", "Đỗ Văn Dũng", branch);
        PartyMember c = f.member("c", "Cao Thị Cúc", branch);
        f.member("o", "Ông Văn Ổn", branch);
        PartyMember x = f.member("x", "Xa Văn Xuân", qBranch);
        f.position(ps, p, PositionRole.SECRETARY);
        f.position(h, p, PositionRole.STANDING_MEMBER);
        f.position(h, mo, PositionRole.HEAD, "Chủ tịch Công đoàn");
        f.position(d, mo, PositionRole.DEPUTY_HEAD, "Phó Chủ tịch Công đoàn");
        f.position(c, mo, PositionRole.COMMITTEE_MEMBER);
        f.position(h, mo2, PositionRole.HEAD, "Bí thư Đoàn");
        f.position(d, mo2, PositionRole.DEPUTY_HEAD, "Phó Bí thư Đoàn");
        f.position(x, q, PositionRole.COMMITTEE_MEMBER);
        // sync() reads lazy associations: run it in a transaction (it has none of its own)
        new TransactionTemplate(transactions).executeWithoutResult(st -> identity.sync());
        ClockUtil.setCurrentTime(at("2031-11-20T09:00:00+07:00"));
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
    }

    static Date at(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }

    String basic(String local) {
        String user = local.equals("admin") ? "admin:admin-test" : f.code(local) + ":demo";
        return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
    }

    MvcResult call(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req, Object body) throws Exception {
        req.header("Authorization", basic(user));
        if (body != null) {
            req.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(req).andReturn();
    }

    int status(String user, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder req, Object body) throws Exception {
        return call(user, req, body).getResponse().getStatus();
    }

    JsonNode body(MvcResult r) throws Exception {
        return json.readTree(r.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    ProcessInstance start(OrgUnit unit) {
        return runtime.startProcessInstanceByKey(ConfidenceVoteProcess.KEY, unit.getCode() + ":" + YEAR,
                Map.of("unitCode", unit.getCode(), "campaignYear", YEAR, "voteDate", "2031-12-20"));
    }

    long voteIdOf(ProcessInstance pi) {
        return ((Number) runtime.getVariable(pi.getId(), "voteId")).longValue();
    }

    Map<String, Object> ballot(String serial, String... marks) {
        return Map.of("serial", serial, "marks", List.of(marks), "otherText", false, "signed", false);
    }

    @Test
    void doubleEntry_tally_minutes_seal_access_andProcess() throws Exception {
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        String base = "/api/votes/" + id;
        // candidates from the model: head and deputy of the mass organization; voters = its BCH
        JsonNode form = body(call("c", get(base + "/ballot-form"), null));
        assertThat(form.get("candidates")).extracting(n -> n.get("memberCode").asText()).containsExactly(f.code("h"), f.code("d"));
        assertThat(form.get("vote").get("voterGroup").asText()).isEqualTo("bch-" + mo.getCode());
        assertThat(form.get("vote").get("superiorGroup").asText()).isEqualTo("btv-" + p.getCode());
        assertThat(status("o", get(base + "/ballot-form"), null)).isEqualTo(403);

        // information requests: voters only, until 15 days before the vote day
        assertThat(status("c", post(base + "/information-requests"), Map.of("candidateCode", f.code("h"), "question", "Đề nghị làm rõ việc X"))).isEqualTo(200);
        ClockUtil.setCurrentTime(at("2031-12-06T00:00:00+07:00"));
        MvcResult late = call("c", post(base + "/information-requests"), Map.of("candidateCode", f.code("h"), "question", "Muộn"));
        assertThat(late.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(late).get("message").asText()).contains("15 ngày trước ngày lấy phiếu").contains("05/12/2031");
        ClockUtil.setCurrentTime(at("2031-12-20T08:00:00+07:00"));

        // serials issued; issuing one twice is a conflict
        assertThat(body(call("c", post(base + "/serials"), Map.of("from", 1, "to", 6, "width", 3))).get("issued").asInt()).isEqualTo(6);
        assertThat(status("c", post(base + "/serials"), Map.of("serials", List.of("003")))).isEqualTo(409);

        // clerk A (c) and clerk B (d) enter the same 5 ballots; B misreads 004
        String[][] paper = {{"001", "1", "3"}, {"002", "1", "3"}, {"003", "2", "3"}, {"004", "3", "13"}, {"005", "1", "2"}};
        for (String[] b : paper) {
            assertThat(status("c", post(base + "/entries/A"), ballot(b[0], b[1], b[2]))).isEqualTo(200);
        }
        JsonNode v = body(call("c", post(base + "/entries/A"), ballot("099", "1", "1")));   // a ballot not issued by the board
        assertThat(v.get("verdict").get("ballotValid").asBoolean()).isFalse();
        assertThat(v.get("verdict").get("reasons").get(0).asText()).contains("không do ban kiểm phiếu phát ra");
        for (String[] b : paper) {
            String second = b[0].equals("004") ? "3" : b[2];
            assertThat(status("d", post(base + "/entries/B"), ballot(b[0], b[1], second))).isEqualTo(200);
        }
        assertThat(status("c", post(base + "/entries/A"), ballot("001", "1", "3"))).isEqualTo(409);
        assertThat(status("c", post(base + "/entries/B"), ballot("006", "1", "3"))).isEqualTo(409); // one person, one slot
        // tally refused while the entries disagree, listing the serials
        MvcResult refused = call("c", post(base + "/tally"), null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused).get("message").asText()).contains("004").contains("099");
        JsonNode diffs = body(call("c", get(base + "/disagreements"), null));
        assertThat(diffs).extracting(n -> n.get("serial").asText()).containsExactly("004", "099");
        // the board re-reads the paper ballots and corrects with a trace
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("004", "3", "13"), "reason", "Đối chiếu phiếu giấy: ô 1 và 3 cho người thứ 2"))).isEqualTo(200);
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("099", "1", "1"), "reason", ""))).isEqualTo(400);
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("099", "1", "1"), "reason", "Phiếu không do ban kiểm phiếu phát (không có số)"))).isEqualTo(200);

        // the tally: 6 collected (099 not issued → invalid), 004 void as a whole (2 boxes for the deputy)
        JsonNode tally = body(call("c", post(base + "/tally"), null));
        JsonNode head = tally.get("lines").get(0);
        assertThat(head.get("issued").asInt()).isEqualTo(6);
        assertThat(head.get("collected").asInt()).isEqualTo(6);
        assertThat(head.get("valid").asInt()).isEqualTo(4);
        assertThat(head.get("high").asInt()).isEqualTo(3);
        assertThat(head.get("highPercent").decimalValue()).isEqualByComparingTo("50.00");  // 3/6 over collected
        JsonNode deputy = tally.get("lines").get(1);
        assertThat(deputy.get("low").asInt()).isEqualTo(3);
        assertThat(deputy.get("lowPercent").decimalValue()).isEqualByComparingTo("50.00");
        assertThat(deputy.get("notCompletingTasks").asBoolean()).isFalse();   // 3/6 is not over half

        // who may read the tally and the minutes
        for (String reader : List.of("c", "h", "ps", "admin")) {
            assertThat(status(reader, get(base + "/tally"), null)).as("tally for " + reader).isEqualTo(200);
            MvcResult pdf = call(reader, get(base + "/minutes.pdf"), null);
            assertThat(pdf.getResponse().getStatus()).as("minutes for " + reader).isEqualTo(200);
            assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
        for (String outsider : List.of("o", "x")) {
            assertThat(status(outsider, get(base + "/tally"), null)).as("tally for " + outsider).isEqualTo(403);
            assertThat(status(outsider, get(base + "/minutes.pdf"), null)).as("minutes for " + outsider).isEqualTo(403);
        }

        // the process waits for the seal; then the vote is locked and the counts are in the history
        completeUntilCounting(pi, "bch-" + mo.getCode());
        Task count = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_COUNT_BALLOTS).singleResult();
        assertThat(tasks.getIdentityLinksForTask(count.getId())).extracting(l -> l.getGroupId()).containsExactly("bch-" + mo.getCode());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(count.getId())).hasMessageContaining("Chưa niêm phong");
        assertThat(status("c", post(base + "/seal"), null)).isEqualTo(200);
        assertThat(status("c", post(base + "/entries/A"), ballot("006", "1", "1"))).isEqualTo(409);
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("001", "1", "1"), "reason", "x"))).isEqualTo(409);
        assertThat(status("c", post(base + "/serials"), Map.of("serials", List.of("777")))).isEqualTo(409);
        assertThat(status("c", post(base + "/tally"), null)).isEqualTo(409);
        assertThat(status("c", get(base + "/tally"), null)).isEqualTo(200);
        var recorded = history.findByMemberIdAndYear(h.getId(), YEAR);
        assertThat(recorded).singleElement().satisfies(r -> {
            assertThat(r.getBallotsCollected()).isEqualTo(6);
            assertThat(r.getHighCount()).isEqualTo(3);
            assertThat(r.getSource()).isEqualTo(HistorySource.PROCESS);
        });
        tasks.complete(count.getId());
        Task handOver = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(handOver.getTaskDefinitionKey()).isEqualTo(ConfidenceVoteProcess.TASK_HAND_OVER_BALLOTS);
        tasks.complete(handOver.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        // nothing of the ballots or results in the history of variables
        assertThat(context.getBean(org.camunda.bpm.engine.HistoryService.class).createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list()).extracting(hv -> hv.getName())
                .doesNotContain("marks", "tally", "lines", "high", "low");
        // the log kept who did what
        assertThat(votes.log(id)).extracting(VoteViews.LogLine::action).contains("ISSUE", "ENTER", "CORRECT", "COUNT", "SEAL");
    }

    @Test
    void voteDateMovedThroughApi_movesTimersAndRequestWindow() throws Exception {
        ProcessInstance pi = start(mo);
        String base = "/api/votes/" + voteIdOf(pi);
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("countingBoardProposal", "Đ/c Cúc", "ballotsPrepared", true));
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(), Map.of("countingBoardApproved", true));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED)
                .singleResult().getDuedate()).isEqualTo(at("2031-12-06T00:00:00+07:00"));
        assertThat(status("c", post(base + "/vote-date"), Map.of("voteDate", "2031-12-27"))).isEqualTo(403);
        assertThat(status("ps", post(base + "/vote-date"), Map.of("voteDate", "2031-12-27"))).isEqualTo(200);   // the superior
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED)
                .singleResult().getDuedate()).isEqualTo(at("2031-12-13T00:00:00+07:00"));
        ClockUtil.setCurrentTime(at("2031-12-12T23:00:00+07:00"));   // would be late for 20/12, on time for 27/12
        assertThat(status("c", post(base + "/information-requests"), Map.of("candidateCode", f.code("d"), "question", "Làm rõ Y"))).isEqualTo(200);
        assertThat(body(call("d", get(base + "/information-requests"), null))).hasSize(1);   // the candidate sees requests about him
        assertThat(body(call("x", get(base + "/information-requests"), null))).isEmpty();
    }

    void completeUntilCounting(ProcessInstance pi, String presidingGroup) {
        Task prepare = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_PREPARE_BALLOTS).singleResult();
        tasks.complete(prepare.getId(), Map.of("countingBoardProposal", "Đ/c Cúc (trưởng ban), Đ/c Dũng", "ballotsPrepared", true));
        Task approve = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(tasks.getIdentityLinksForTask(approve.getId())).extracting(l -> l.getGroupId()).containsExactly(presidingGroup);
        tasks.complete(approve.getId(), Map.of("countingBoardApproved", true));
        management.createJobQuery().processInstanceId(pi.getId()).messages().list().forEach(j -> management.executeJob(j.getId()));
        management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED).list()
                .forEach(j -> management.executeJob(j.getId()));
        for (Task t : tasks.createTaskQuery().processInstanceId(pi.getId()).list()) {
            if (!t.getTaskDefinitionKey().equals(ConfidenceVoteProcess.TASK_COUNT_BALLOTS)) {
                tasks.complete(t.getId());
            }
        }
    }

    @Test
    void thirdPlaceRefused_twoPlacesGoToCompetentAuthority() throws Exception {
        VoteViews.Actor admin = new VoteViews.Actor("admin", List.of("camunda-admin"), true);
        ProcessInstance first = start(mo);     // h: place 1 (head of MO)
        ProcessInstance second = start(p);     // h: place 2 (standing member of P)
        ProcessInstance third = start(mo2);    // h: third place → refused
        long thirdId = voteIdOf(third);
        assertThat(votes.candidates(thirdId)).extracting(VoteViews.CandidateView::memberCode).doesNotContain(f.code("h"));
        assertThat((Boolean) runtime.getVariable(third.getId(), "hasRefusals")).isTrue();
        assertThat((String) runtime.getVariable(third.getId(), "refusalMessage")).contains("Hoàng Thị Hà").contains("2 nơi")
                .contains("không lấy phiếu ở nơi thứ ba");
        Task review = tasks.createTaskQuery().processInstanceId(third.getId()).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo(ConfidenceVoteProcess.TASK_REVIEW_REFUSALS);

        // both places counted and sealed → the one sealed last raises the decision for BTV of the bloc
        completeUntilCounting(second, "btv-" + p.getCode());
        for (ProcessInstance pi : List.of(first, second)) {
            long id = voteIdOf(pi);
            int n = votes.candidates(id).size();
            votes.issueSerials(id, List.of("1", "2"), admin);
            for (String clerk : List.of("A", "B")) {
                VoteViews.Actor a = new VoteViews.Actor(clerk.equals("A") ? "clerkA" : "clerkB", List.of("camunda-admin"), true);
                for (String s : List.of("1", "2")) {
                    votes.enter(id, clerk, new VoteViews.BallotInput(s, java.util.Collections.nCopies(n, "3"), false, false), a);
                }
            }
            votes.count(id, admin);
            votes.seal(id, admin);
        }
        assertThat(votes.twoPlaceMembersReady(voteIdOf(second))).containsExactly(f.code("h"));
        String bloc = units.findByKindAndActiveTrueOrderByCode(UnitKind.BLOC).get(0).getCode();
        tasks.complete(tasks.createTaskQuery().processInstanceId(second.getId()).singleResult().getId());   // count (sealed)
        tasks.complete(tasks.createTaskQuery().processInstanceId(second.getId()).singleResult().getId());   // hand over
        management.createJobQuery().processInstanceId(second.getId()).messages().list().forEach(j -> management.executeJob(j.getId()));
        Task decide = tasks.createTaskQuery().processInstanceId(second.getId()).singleResult();
        assertThat(decide.getTaskDefinitionKey()).isEqualTo(ConfidenceVoteProcess.TASK_DECIDE_OVERALL);
        assertThat(tasks.getIdentityLinksForTask(decide.getId())).extracting(l -> l.getGroupId()).containsExactly("btv-" + bloc);
        // 2/2 LOW (≥ 2/3) at both places: relieve proposed, explained with the guidance sentence
        VoteViews.TallyLine line = votes.tally(voteIdOf(second), admin).lines().get(0);
        assertThat(line.proposeRelief()).isTrue();
        assertThat(line.consequences()).contains("cần cho thôi giữ chức vụ").contains("2/2");
    }

}
