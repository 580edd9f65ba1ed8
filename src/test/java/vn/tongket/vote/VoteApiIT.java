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
    OrgUnit p, mo, mo2, blocUnit;
    PartyMember h;

    @BeforeEach
    void setUp() {
        mvc = TestLogins.mockMvc(context);
        f = new OrgFixture(units, members, positions, "VT" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        // a root of our own: the demo bloc's subtree stays as the demo built it (other ITs count it)
        OrgUnit bloc = f.unit("BLOC", "Đảng bộ Khối (thử)", UnitKind.BLOC, null, true);
        blocUnit = bloc;
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
        // participants who may sit on counting boards (never candidates)
        PartyMember k = f.member("k", "Kiều Văn Khánh", branch);
        PartyMember l = f.member("l", "Lê Thị Lan", branch);
        f.position(k, mo, PositionRole.COMMITTEE_MEMBER);
        f.position(l, mo, PositionRole.COMMITTEE_MEMBER);
        f.position(c, mo2, PositionRole.COMMITTEE_MEMBER);
        f.position(k, mo2, PositionRole.COMMITTEE_MEMBER);
        f.position(c, p, PositionRole.COMMITTEE_MEMBER);
        f.position(k, p, PositionRole.COMMITTEE_MEMBER);
        PartyMember btc = f.member("btc", "Bùi Thị Chi", branch);
        f.position(btc, bloc, PositionRole.ORGANIZATION_BOARD);
        PartyMember bb = f.member("bb", "Bạch Văn Bảo", branch);
        f.position(bb, bloc, PositionRole.STANDING_MEMBER);
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

    static final VoteViews.Actor SYSTEM = new VoteViews.Actor("system", List.of("ban-to-chuc"), false);

    VoteViews.Actor as(String local, OrgUnit unit) {
        return new VoteViews.Actor(f.code(local), List.of("bch-" + unit.getCode()), false);
    }

    /** Prepare ballots with the given board, approve it as the presiding body, run the windows: the count task opens. */
    void openForCounting(ProcessInstance pi, String... board) {
        Task prepare = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_PREPARE_BALLOTS).singleResult();
        tasks.complete(prepare.getId(), Map.of("countingBoardProposal",
                String.join(", ", java.util.Arrays.stream(board).map(f::code).toList()), "ballotsPrepared", true));
        Task approve = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(approve.getTaskDefinitionKey()).isEqualTo(ConfidenceVoteProcess.TASK_APPROVE_COUNTING_BOARD);
        tasks.complete(approve.getId(), Map.of("countingBoardApproved", true));
        management.createJobQuery().processInstanceId(pi.getId()).messages().list().forEach(j -> management.executeJob(j.getId()));
        management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(ConfidenceVoteProcess.EVENT_REQUESTS_CLOSED).list()
                .forEach(j -> management.executeJob(j.getId()));
        for (Task t : tasks.createTaskQuery().processInstanceId(pi.getId()).list()) {
            if (!t.getTaskDefinitionKey().equals(ConfidenceVoteProcess.TASK_COUNT_BALLOTS)) {
                tasks.complete(t.getId());
            }
        }
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_COUNT_BALLOTS).count()).isOne();
    }

    /** Both clerks enter the same ballots (marks per candidate, "1" high, "2" trust, "3" low). */
    void enterAll(long id, VoteViews.Actor a, VoteViews.Actor b, List<String> serials, String... marks) {
        for (String s : serials) {
            var ballot = new VoteViews.BallotInput(s, List.of(marks), false, false);
            votes.enter(id, "A", ballot, a);
            votes.enter(id, "B", ballot, b);
        }
    }

    static List<String> serials(int from, int to) {
        return java.util.stream.IntStream.rangeClosed(from, to).mapToObj(i -> String.format("%03d", i)).toList();
    }

    @Test
    void doubleEntry_tally_minutes_seal_byTheCountingBoard_andProcess() throws Exception {
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        String base = "/api/votes/" + id;
        // before the board is approved and the conference held: no entry at all
        assertThat(status("c", post(base + "/serials"), Map.of("from", 1, "to", 6, "width", 3))).isEqualTo(403);
        openForCounting(pi, "c", "k");
        JsonNode form = body(call("c", get(base + "/ballot-form"), null));
        assertThat(form.get("candidates")).extracting(n -> n.get("memberCode").asText()).containsExactly(f.code("h"), f.code("d"));
        assertThat(form.get("vote").get("boardStatus").asText()).isEqualTo("APPROVED");
        assertThat(body(call("o", get(base + "/counting-board"), null)).get("members")).extracting(n -> n.get("memberCode").asText())
                .containsExactly(f.code("c"), f.code("k"));

        // serials issued; issuing one twice is a conflict
        assertThat(body(call("c", post(base + "/serials"), Map.of("from", 1, "to", 6, "width", 3))).get("issued").asInt()).isEqualTo(6);
        assertThat(status("c", post(base + "/serials"), Map.of("serials", List.of("003")))).isEqualTo(409);

        // clerk A (c) and clerk B (k) enter the same 5 ballots; B misreads 004
        String[][] paper = {{"001", "1", "3"}, {"002", "1", "3"}, {"003", "2", "3"}, {"004", "3", "13"}, {"005", "1", "2"}};
        for (String[] b : paper) {
            assertThat(status("c", post(base + "/entries/A"), ballot(b[0], b[1], b[2]))).isEqualTo(200);
        }
        JsonNode v = body(call("c", post(base + "/entries/A"), ballot("099", "1", "1")));   // a ballot not issued by the board
        assertThat(v.get("verdict").get("ballotValid").asBoolean()).isFalse();
        assertThat(v.get("verdict").get("reasons").get(0).asText()).contains("không do ban kiểm phiếu phát ra");
        for (String[] b : paper) {
            String second = b[0].equals("004") ? "3" : b[2];
            assertThat(status("k", post(base + "/entries/B"), ballot(b[0], b[1], second))).isEqualTo(200);
        }
        assertThat(status("c", post(base + "/entries/A"), ballot("001", "1", "3"))).isEqualTo(409);
        MvcResult same = call("c", post(base + "/entries/B"), ballot("006", "1", "3"));   // clerk A = clerk B refused
        assertThat(same.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(same).get("message").asText()).contains("hai người khác nhau");
        MvcResult refused = call("c", post(base + "/tally"), null);
        assertThat(refused.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(refused).get("message").asText()).contains("004").contains("099");
        JsonNode diffs = body(call("c", get(base + "/disagreements"), null));
        assertThat(diffs).extracting(n -> n.get("serial").asText()).containsExactly("004", "099");
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("004", "3", "13"), "reason", "Đối chiếu phiếu giấy: ô 1 và 3 cho người thứ 2"))).isEqualTo(200);
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("099", "1", "1"), "reason", ""))).isEqualTo(400);
        assertThat(status("c", post(base + "/corrections"), Map.of("ballot", ballot("099", "1", "1"), "reason", "Phiếu không do ban kiểm phiếu phát (không có số)"))).isEqualTo(200);

        // the tally: 6 collected (099 not issued → invalid), 004 void as a whole (2 boxes for the deputy)
        JsonNode tally = body(call("c", post(base + "/tally"), null));
        JsonNode head = tally.get("lines").get(0);
        assertThat(head.get("issued").asInt()).isEqualTo(6);
        assertThat(head.get("collected").asInt()).isEqualTo(6);
        assertThat(head.get("valid").asInt()).isEqualTo(4);
        assertThat(head.get("highPercent").decimalValue()).isEqualByComparingTo("50.00");  // 3/6 over collected
        assertThat(tally.get("lines").get(1).get("notCompletingTasks").asBoolean()).isFalse();   // 3/6 is not over half

        // the process waits for the seal (a clear refusal, no engine text through our message), then is locked
        Task count = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(ConfidenceVoteProcess.TASK_COUNT_BALLOTS).singleResult();
        assertThat(tasks.getIdentityLinksForTask(count.getId())).extracting(l -> l.getUserId()).containsExactlyInAnyOrder(f.code("c"), f.code("k"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(count.getId())).hasMessageContaining("Chưa niêm phong");
        assertThat(status("h", post(base + "/seal"), null)).isEqualTo(403);
        assertThat(status("c", post(base + "/seal"), null)).isEqualTo(200);
        assertThat(status("c", post(base + "/entries/A"), ballot("006", "1", "1"))).isEqualTo(409);
        assertThat(status("c", post(base + "/serials"), Map.of("serials", List.of("777")))).isEqualTo(409);
        assertThat(status("c", post(base + "/tally"), null)).isEqualTo(409);
        assertThat(history.findByMemberIdAndYear(h.getId(), YEAR)).singleElement().satisfies(r -> {
            assertThat(r.getBallotsCollected()).isEqualTo(6);
            assertThat(r.getSource()).isEqualTo(HistorySource.PROCESS);
        });
        tasks.complete(count.getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId());   // hand over
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(votes.log(id)).extracting(VoteViews.LogLine::action)
                .contains("BOARD_PROPOSED", "BOARD_APPROVED", "OPEN", "ISSUE", "ENTER", "CORRECT", "COUNT", "SEAL");
    }

    @Test
    void countingBoard_isAGroupOfParticipants_neverACandidate_onlyItsMembersWork_andTheHeadPresidesAMassOrganization() throws Exception {
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        Task prepare = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        // a candidate on the board, an outsider on the board, a single member: refused with the reason
        VoteViews.Actor btc = new VoteViews.Actor(f.code("btc"), List.of("ban-to-chuc"), false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> votes.proposeBoard(id, List.of(f.code("c"), f.code("h")), btc))
                .hasMessageContaining("có tên trên phiếu");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> votes.proposeBoard(id, List.of(f.code("c"), f.code("x")), btc))
                .hasMessageContaining("không phải người dự hội nghị");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> votes.proposeBoard(id, List.of(f.code("c")), btc))
                .hasMessageContaining("từ 2 đến");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> votes.proposeBoard(id, List.of(f.code("c"), f.code("k")), as("c", mo)))
                .isInstanceOf(vn.tongket.common.AccessRefusedException.class);
        tasks.complete(prepare.getId(), Map.of("countingBoardProposal", f.code("c") + ", " + f.code("k"), "ballotsPrepared", true));
        // C.III.3.3: the head of the mass organization presides: the approval is her task (assignee, not a group task)
        Task approve = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(approve.getAssignee()).isEqualTo(f.code("h"));
        assertThat(tasks.getIdentityLinksForTask(approve.getId())).noneMatch(l -> "candidate".equals(l.getType()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> votes.approveBoard(id, true, as("c", mo)))
                .isInstanceOf(vn.tongket.common.AccessRefusedException.class);
        tasks.complete(approve.getId(), Map.of("countingBoardApproved", true));
        // approved but the conference not yet held: entry refused (409, Vietnamese)
        MvcResult early = call("c", post("/api/votes/" + id + "/serials"), Map.of("serials", List.of("001")));
        assertThat(early.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(early).get("message").asText()).contains("Chưa mở nhập phiếu");
        openRest(pi);
        String base = "/api/votes/" + id;
        // a candidate, a voter not on the board, a plain member and the Ban Tổ chức are refused every board action
        for (String who : List.of("h", "d", "l", "o", "btc")) {
            for (var req : List.of(post(base + "/serials"), post(base + "/entries/A"), post(base + "/corrections"), post(base + "/tally"),
                    post(base + "/seal"), get(base + "/disagreements"), get(base + "/ballot-form"))) {
                Object payload = req.buildRequest(context.getServletContext()).getRequestURI().endsWith("/serials")
                        ? Map.of("serials", List.of("001")) : req.buildRequest(context.getServletContext()).getRequestURI().endsWith("/corrections")
                        ? Map.of("ballot", ballot("001", "1", "1"), "reason", "x") : ballot("001", "1", "1");
                MvcResult r = call(who, req, "GET".equals(req.buildRequest(context.getServletContext()).getMethod()) ? null : payload);
                assertThat(r.getResponse().getStatus()).as(who + " " + req.buildRequest(context.getServletContext()).getRequestURI()).isEqualTo(403);
                assertThat(body(r).get("message").asText()).contains("ban kiểm phiếu");
            }
        }
        assertThat(votes.ballotForm(id, as("k", mo)).issued()).isZero();   // nothing was written by the refused calls
    }

    void openRest(ProcessInstance pi) {
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
    void foreignBallot_issued40_collected41_countedAsInvalid_percentagesOver41_minutesSayIt() throws Exception {
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        openForCounting(pi, "c", "k");
        VoteViews.Actor a = as("c", mo), b = as("k", mo);
        votes.issueSerials(id, serials(1, 40), a);
        enterAll(id, a, b, serials(1, 21), "1", "3");
        enterAll(id, a, b, serials(22, 40), "1", "2");
        enterAll(id, a, b, List.of("X01"), "1", "3");   // found in the box, not issued by the board
        VoteViews.TallyView t = votes.count(id, a);
        VoteViews.TallyLine deputy = t.lines().get(1);
        assertThat(deputy.issued()).isEqualTo(40);
        assertThat(deputy.collected()).isEqualTo(41);
        assertThat(deputy.valid()).isEqualTo(40);
        assertThat(deputy.low()).isEqualTo(21);
        assertThat(deputy.lowPercent()).isEqualByComparingTo("51.22");   // 21/41
        assertThat(deputy.notCompletingTasks()).isTrue();                 // 42 > 41
        assertThat(t.vote().foreignBallots()).isEqualTo(1);
        MvcResult pdf = call("c", get("/api/votes/" + id + "/minutes.pdf"), null);
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdfText(pdf.getResponse().getContentAsByteArray())).contains("Phát hiện 1 phiếu không do ban kiểm phiếu phát ra")
                .contains("Kiều Văn Khánh");
    }

    static String pdfText(byte[] pdf) throws Exception {
        var reader = new com.lowagie.text.pdf.PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= reader.getNumberOfPages(); i++) {
            text.append(new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(i)).append('\n');
        }
        return text.toString();
    }

    @Test
    void serialRange_overflowNegativeReversedHuge_answer400NamingTheField_nothingIssued() throws Exception {
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        openForCounting(pi, "c", "k");
        String url = "/api/votes/" + id + "/serials";
        Object[][] cases = {{2147483647L, 2147483647L, "to"}, {-3, 5, "from"}, {9, 2, "to"}, {1, 1_000_000, "to"}, {0, 0, "from"}};
        for (Object[] c : cases) {
            MvcResult r = call("c", post(url), Map.of("from", c[0], "to", c[1]));
            assertThat(r.getResponse().getStatus()).as(c[0] + ".." + c[1]).isEqualTo(400);
            assertThat(body(r).get("field").asText()).isEqualTo(c[2]);
        }
        assertThat(votes.ballotForm(id, as("c", mo)).issued()).isZero();
        assertThat(body(call("c", post(url), Map.of("from", 1, "to", 2000, "width", 4))).get("issued").asInt()).isEqualTo(2000);
    }

    @Test
    void accessMatrix_roleTimesEndpoint_oneRule_C_III_4_andNoBallotsOrResultsInEngineHistory() throws Exception {
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        openForCounting(pi, "c", "k");
        VoteViews.Actor a = as("c", mo), b = as("k", mo);
        votes.issueSerials(id, serials(1, 3), a);
        enterAll(id, a, b, serials(1, 3), "1", "3");
        votes.count(id, a);
        String base = "/api/votes/" + id;
        // role → expected status for: ballot-form, disagreements, POST tally, GET tally, minutes.pdf, log
        Map<String, int[]> matrix = new java.util.LinkedHashMap<>();
        matrix.put("c", new int[] {200, 200, 200, 200, 200, 200});     // counting board member (a voter)
        matrix.put("l", new int[] {403, 403, 403, 200, 200, 200});     // voter, not on the board
        matrix.put("h", new int[] {403, 403, 403, 200, 200, 200});     // candidate, also a voter of this BCH (never on the board)
        matrix.put("ps", new int[] {403, 403, 403, 200, 200, 200});    // direct superior collective (BTV of P)
        matrix.put("btc", new int[] {403, 403, 403, 403, 403, 403});   // Ban Tổ chức: not this vote's superior
        matrix.put("x", new int[] {403, 403, 403, 403, 403, 403});     // another unit's committee
        matrix.put("o", new int[] {403, 403, 403, 403, 403, 403});     // plain member
        matrix.put("admin", new int[] {403, 403, 403, 403, 403, 403}); // technical administrator
        for (var e : matrix.entrySet()) {
            String u = e.getKey();
            int[] want = e.getValue();
            int[] got = {status(u, get(base + "/ballot-form"), null), status(u, get(base + "/disagreements"), null),
                    status(u, post(base + "/tally"), null), status(u, get(base + "/tally"), null),
                    status(u, get(base + "/minutes.pdf"), null), status(u, get(base + "/log"), null)};
            assertThat(got).as("role " + u).containsExactly(want);
            // POST /tally and /disagreements refuse whoever GET /tally refuses
            if (got[3] == 403) {
                assertThat(got[1]).isEqualTo(403);
                assertThat(got[2]).isEqualTo(403);
            }
        }
        // the export follows the minutes' rule: the superior sees the place, the Ban Tổ chức does not
        votes.seal(id, a);
        var reports = context.getBean(vn.tongket.report.ReportService.class);
        Map<String, Integer> exportRows = Map.of("ps", 2, "btc", 0, "l", 2, "o", 0);
        for (var e : exportRows.entrySet()) {
            List<String> groups = identityGroups(f.code(e.getKey()));
            vn.tongket.identity.CurrentUser.set(new vn.tongket.identity.CurrentUser(f.code(e.getKey()), groups));
            try {
                assertThat(reports.vote(YEAR, p.getCode()).rows()).as("export for " + e.getKey())
                        .filteredOn(r -> r.placeCode().equals(mo.getCode())).hasSize(e.getValue());
            } finally {
                vn.tongket.identity.CurrentUser.set(null);
            }
        }
        // a recorded publication by the competent level widens the results (not the minutes) to the named group
        assertThat(status("c", post(base + "/publications"), Map.of("group", "chi-bo-" + f.code("CB"), "decisionNo", "12-QĐ"))).isEqualTo(403);
        assertThat(status("ps", post(base + "/publications"), Map.of("group", "chi-bo-" + f.code("CB"), "decisionNo", "12-QĐ"))).isEqualTo(200);
        assertThat(status("o", get(base + "/tally"), null)).isEqualTo(200);
        assertThat(status("o", get(base + "/minutes.pdf"), null)).isEqualTo(403);
        // the engine's variables and history hold ids and small values only: no marks, no counts, no consequences
        var hist = context.getBean(org.camunda.bpm.engine.HistoryService.class).createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list();
        assertThat(hist).extracting(hv -> hv.getName()).doesNotContain("marks", "tally", "lines", "high", "low", "consequences", "reasons");
        for (var hv : hist) {
            String value = String.valueOf(hv.getValue());
            assertThat(value).as(hv.getName()).doesNotContain("tín nhiệm thấp").doesNotContain("[1|3]").doesNotContain("66.67");
        }
        MvcResult rest = call("admin", get("/engine-rest/history/variable-instance?processInstanceId=" + pi.getId()), null);
        assertThat(rest.getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("[1|3]").doesNotContain("66.67")
                .doesNotContain("tín nhiệm thấp");
    }

    List<String> identityGroups(String user) {
        return context.getBean(org.camunda.bpm.engine.IdentityService.class).createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    }

    @Test
    void thirdPlaceRefused_C_I_1_2_sameAnswerInBothJobOrders() {
        // order 1: the two mass organizations first, the committee place last
        ProcessInstance mo2First = start(mo2);
        ProcessInstance moSecond = start(mo);
        ProcessInstance pLast = start(p);
        for (ProcessInstance pi : List.of(mo2First, moSecond, pLast)) {
            assertThat(votes.candidates(voteIdOf(pi)).stream().anyMatch(c -> c.memberCode().equals(f.code("h"))))
                    .as("h at " + runtime.getVariable(pi.getId(), "unitCode")).isEqualTo(pi != mo2First);
        }
        assertThat((String) runtime.getVariable(mo2First.getId(), "refusalMessage")).contains("Hoàng Thị Hà")
                .contains("không lấy phiếu ở nơi thứ ba").contains("C.I.1.2");
    }

    @Test
    void thirdPlaceRefused_C_I_1_2_otherJobOrder_committeeFirst() {
        ProcessInstance pFirst = start(p);
        ProcessInstance moSecond = start(mo);
        ProcessInstance mo2Last = start(mo2);
        assertThat(votes.candidates(voteIdOf(pFirst))).extracting(VoteViews.CandidateView::memberCode).contains(f.code("h"));
        assertThat(votes.candidates(voteIdOf(moSecond))).extracting(VoteViews.CandidateView::memberCode).contains(f.code("h"));
        assertThat(votes.candidates(voteIdOf(mo2Last))).extracting(VoteViews.CandidateView::memberCode).doesNotContain(f.code("h"));
        assertThat((Boolean) runtime.getVariable(mo2Last.getId(), "hasRefusals")).isTrue();
        assertThat((String) runtime.getVariable(mo2Last.getId(), "refusalMessage")).contains("C.I.1.2");
    }

    @Test
    void voteDate_on31December_orInNovember_refusedWithTheReason_yearOutOfRange400() throws Exception {
        // started as Tasklist or /engine-rest would: the start listener's DomainException (400 on the engine REST API
        // through EngineRestConfiguration's mapper) names the field and the reason
        for (String date : List.of(YEAR + "-12-31", YEAR + "-11-28", YEAR + "-12-30")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ConfidenceVoteProcess.KEY,
                            Map.of("unitCode", mo.getCode(), "campaignYear", YEAR, "voteDate", date)))
                    .as(date).isInstanceOf(vn.tongket.common.DomainException.class).hasMessageContaining("tháng 12")
                    .hasMessageContaining("29/12/" + YEAR)
                    .satisfies(e -> assertThat(((vn.tongket.common.DomainException) e).field()).isEqualTo("voteDate"));
        }
        for (Object y : List.of(99999, "2031", 1999)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ConfidenceVoteProcess.KEY,
                            Map.of("unitCode", mo.getCode(), "campaignYear", y, "voteDate", YEAR + "-12-20")))
                    .as(String.valueOf(y)).isInstanceOf(vn.tongket.common.DomainException.class)
                    .satisfies(e -> assertThat(((vn.tongket.common.DomainException) e).field()).isEqualTo("campaignYear"));
        }
        assertThat(votes.findVoteId(mo.getCode(), YEAR)).isNull();
        // moving to 31/12 through the API: refused with the reason, nothing changed
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        MvcResult move = call("ps", post("/api/votes/" + id + "/vote-date"), Map.of("voteDate", YEAR + "-12-31"));
        assertThat(move.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(move).get("message").asText()).contains("trước 30/12");
        assertThat(votes.header(id).voteDate()).isEqualTo(java.time.LocalDate.of(YEAR, 12, 20));
    }

    @Test
    void competentLevelsOverallJudgement_forTwoPlaces_changesTheEvaluationOutcome() throws Exception {
        ProcessInstance atP = start(p);
        ProcessInstance atMo = start(mo);
        openForCounting(atP, "c", "k");
        openForCounting(atMo, "c", "k");
        long idP = voteIdOf(atP), idMo = voteIdOf(atMo);
        // h: 2 of 3 LOW at the mass organization (over half), none at P
        votes.issueSerials(idMo, serials(1, 3), as("c", mo));
        enterAll(idMo, as("c", mo), as("k", mo), serials(1, 2), "3", "1");
        enterAll(idMo, as("c", mo), as("k", mo), serials(3, 3), "1", "1");
        votes.count(idMo, as("c", mo));
        votes.seal(idMo, as("c", mo));
        int onP = votes.candidates(idP).size();
        votes.issueSerials(idP, serials(1, 3), as("c", p));
        String[] high = java.util.Collections.nCopies(onP, "1").toArray(String[]::new);
        enterAll(idP, as("c", p), as("k", p), serials(1, 3), high);
        votes.count(idP, as("c", p));
        votes.seal(idP, as("c", p));
        assertThat(votes.twoPlaceMembersReady(idP)).contains(f.code("h"));

        var evaluations = context.getBean(vn.tongket.evaluation.EvaluationService.class);
        var routing = evaluations.gather(p.getCode(), f.code("h"), YEAR, null);
        // without a judgement: over half at one place forces "không hoàn thành nhiệm vụ"
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluations.decide(routing.evaluationId(), "COMPLETED_WELL", f.code("ps")))
                .hasMessageContaining("trên 50%");
        // the competent level (the bloc's BTV) records its overall judgement with reasons; a voter may not
        String competent = "btv-" + units.findByKindAndActiveTrueOrderByCode(UnitKind.BLOC).get(0).getCode();
        assertThat(status("c", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                "/api/votes/" + idP + "/overall-judgements/" + f.code("h")), Map.of("notCompletingTasks", false, "proposeRelief", false,
                "reasons", "x", "decisionNo", "1"))).isEqualTo(403);
        votes.recordOverallJudgement(idP, f.code("h"), false, false,
                "Xem xét tổng thể: 3/3 tín nhiệm cao tại Đảng bộ, 2/3 thấp tại Công đoàn do việc đột xuất đã làm rõ", "05-KL/ĐU",
                new VoteViews.Actor(f.code("bb"), List.of(competent), false));
        var routing2 = evaluations.gather(p.getCode(), f.code("h"), YEAR, null);
        assertThat(evaluations.find(routing2.evaluationId()).isLowOverHalf()).isFalse();
        assertThat(evaluations.find(routing2.evaluationId()).getVoteConsequence()).contains("05-KL/ĐU");
        assertThat(evaluations.decide(routing2.evaluationId(), "COMPLETED_WELL", f.code("ps")).name()).isEqualTo("COMPLETED_WELL");
    }

    @Test
    void sameConsequenceFigures_inMinutesEvaluationAndReport_earlierYearAtTwoThirds_currentYearAtHalf_bothReadings() throws Exception {
        PartyMember d = members.findByCode(f.code("d")).orElseThrow();
        history.save(new ConfidenceResultRecord(d.getId(), YEAR - 1, mo.getId(), "Phó Chủ tịch Công đoàn", 60, 60, 60, 10, 5, 45,
                HistorySource.IMPORT));
        ProcessInstance pi = start(mo);
        long id = voteIdOf(pi);
        openForCounting(pi, "c", "k");
        votes.issueSerials(id, serials(1, 4), as("c", mo));
        enterAll(id, as("c", mo), as("k", mo), serials(1, 2), "1", "3");   // d: 2/4 LOW = exactly half
        enterAll(id, as("c", mo), as("k", mo), serials(3, 4), "1", "1");
        votes.count(id, as("c", mo));
        votes.seal(id, as("c", mo));
        VoteViews.TallyLine minutes = votes.tally(id, as("c", mo)).lines().get(1);
        var evaluations = context.getBean(vn.tongket.evaluation.EvaluationService.class);
        var reports = context.getBean(vn.tongket.report.ReportService.class);
        String expected = "2 năm liền tín nhiệm thấp: cho thôi giữ chức vụ";
        assertThat(minutes.proposeRelief()).isTrue();
        assertThat(minutes.consequences()).contains("2/4").contains("45/60").contains("2 năm liền");
        String evaluation = evaluations.find(evaluations.gather(mo.getCode(), f.code("d"), YEAR, null).evaluationId()).getVoteConsequence();
        String report = reports.vote(YEAR, p.getCode()).rows().stream().filter(r -> r.memberCode().equals(f.code("d"))).findFirst()
                .orElseThrow().consequence();
        assertThat(evaluation).contains(expected).contains("2/4").contains("45/60");
        assertThat(report).contains(expected).contains("2/4").contains("45/60");
        assertThat(evaluation).endsWith(report);
        // the other reading (tongket.vote.low-year-reading=BAND_ONLY): the year at 45/60 is not a "năm tín nhiệm thấp"
        VoteProperties props = context.getBean(VoteProperties.class);
        props.setLowYearReading(ConfidenceConsequences.LowYearReading.BAND_ONLY);
        try {
            String e2 = evaluations.find(evaluations.gather(mo.getCode(), f.code("d"), YEAR, null).evaluationId()).getVoteConsequence();
            String r2 = reports.vote(YEAR, p.getCode()).rows().stream().filter(r -> r.memberCode().equals(f.code("d"))).findFirst()
                    .orElseThrow().consequence();
            assertThat(e2).contains("Tham khảo").doesNotContain("thôi giữ chức vụ");
            assertThat(r2).contains("Tham khảo").doesNotContain("thôi giữ chức vụ");
            assertThat(e2).endsWith(r2);
        } finally {
            props.setLowYearReading(ConfidenceConsequences.LowYearReading.FROM_HALF);
        }
    }
}
