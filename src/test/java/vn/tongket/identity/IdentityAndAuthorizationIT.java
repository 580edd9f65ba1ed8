package vn.tongket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.Position;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * Identity from the organization model and Camunda authorization, through the real HTTP endpoints:
 * a member sees only their own and their committees' tasks through the engine REST API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentityAndAuthorizationIT {

    @LocalServerPort
    int port;
    @Autowired
    OrgUnitRepository units;
    @Autowired
    PartyMemberRepository members;
    @Autowired
    PositionRepository positions;
    @Autowired
    IdentitySyncService sync;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    org.camunda.bpm.engine.TaskService taskService;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    private OrgFixture f;
    private PartyMember secretaryA;
    private PartyMember memberA;
    private PartyMember secretaryB;
    private Position standingPost;
    private Deployment probe;

    @BeforeAll
    void model() {
        f = new OrgFixture(units, members, positions, "IDT");
        OrgUnit bloc = f.unit("BLOC", "Đảng bộ Khối thử", UnitKind.BLOC, null, true);
        OrgUnit grassroots = f.unit("GR", "Đảng bộ Sở thử", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        OrgUnit branchA = f.unit("A", "Chi bộ A", UnitKind.BRANCH, grassroots, false);
        OrgUnit branchB = f.unit("B", "Chi bộ B", UnitKind.BRANCH, grassroots, false);
        secretaryA = f.member("SA", "Nguyễn Văn An", branchA);
        memberA = f.member("MA", "Lê Thị Bình", branchA);
        secretaryB = f.member("SB", "Hoàng Văn Cường", branchB);
        f.position(secretaryA, branchA, PositionRole.SECRETARY);
        standingPost = f.position(secretaryA, grassroots, PositionRole.STANDING_MEMBER);
        f.position(secretaryB, branchB, PositionRole.SECRETARY);
        sync.sync();
        probe = repositoryService.createDeployment().name("auth-probe").addModelInstance("auth-probe.bpmn",
                Bpmn.createExecutableProcess("AuthProbe").camundaHistoryTimeToLive(1)
                        .startEvent().userTask("Task_Probe").name("Việc thử").camundaCandidateGroups("${group}")
                        .endEvent().done()).deploy();
        runtimeService.startProcessInstanceByKey("AuthProbe", "A", Map.of("group", "chi-uy-" + f.code("A")));
        runtimeService.startProcessInstanceByKey("AuthProbe", "B", Map.of("group", "chi-uy-" + f.code("B")));
    }

    @AfterAll
    void cleanUp() {
        repositoryService.deleteDeployment(probe.getId(), true);
    }

    @Test
    void member_isAUserWithTheMemberCodeAsLogin_andTheDemoPassword() {
        var user = identityService.createUserQuery().userId(f.code("MA")).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).as("Vietnamese order").isEqualTo("Lê Thị Bình");
        assertThat(identityService.checkPassword(f.code("MA"), "demo")).isTrue();
    }

    @Test
    void memberInTwoCommittees_isInBothGroups() {
        assertThat(identityService.createGroupQuery().groupMember(f.code("SA")).list())
                .extracting(g -> g.getId())
                .contains("chi-uy-" + f.code("A"), "bch-" + f.code("GR"), "btv-" + f.code("GR"), "chi-bo-" + f.code("A"));
    }

    @Test
    void endedPost_removesTheMembershipOnNextSync() {
        OrgUnit grassroots = units.findByCode(f.code("GR")).orElseThrow();
        PartyMember m = members.findByCode(f.code("MA")).orElseThrow();
        Position post = f.position(m, grassroots, PositionRole.COMMITTEE_MEMBER);
        sync.sync();
        assertThat(identityService.createUserQuery().memberOfGroup("bch-" + f.code("GR")).userId(f.code("MA")).count()).isEqualTo(1);
        post.setEndDate(LocalDate.of(2013, 6, 30));
        positions.save(post);
        sync.sync();
        assertThat(identityService.createUserQuery().memberOfGroup("bch-" + f.code("GR")).userId(f.code("MA")).count()).isZero();
    }

    @Test
    void engineRest_refusesAnonymousCalls() throws Exception {
        assertThat(get("/engine-rest/task", null, null).statusCode()).isEqualTo(401);
        // a wrong password of a real user would lock that user for a few seconds (brute-force protection)
        assertThat(get("/engine-rest/task", f.code("nobody"), "wrong-password").statusCode()).isEqualTo(401);
    }

    @Test
    void committeeMember_seesTheTaskOfTheirCommittee_notAnotherUnits() throws Exception {
        HttpResponse<String> a = get("/engine-rest/task?processDefinitionKey=AuthProbe", f.code("SA"), "demo");
        assertThat(a.statusCode()).isEqualTo(200);
        String taskA = taskService.createTaskQuery().processInstanceBusinessKey("A").processDefinitionKey("AuthProbe").singleResult().getId();
        String taskB = taskService.createTaskQuery().processInstanceBusinessKey("B").processDefinitionKey("AuthProbe").singleResult().getId();
        assertThat(a.body()).contains(taskA).doesNotContain(taskB);
        assertThat(a.body()).contains("Việc thử");
    }

    @Test
    void member_seesTheTasklistFilter_whoseResultsAreLimitedToTheirTasks() throws Exception {
        HttpResponse<String> filters = get("/engine-rest/filter?resourceType=Task", f.code("MA"), "demo");
        assertThat(filters.statusCode()).isEqualTo(200);
        assertThat(filters.body()).contains("Việc của tôi").doesNotContain("Tất cả công việc");
    }

    @Test
    void ordinaryMember_seesNoCommitteeTask_andCannotReadItById() throws Exception {
        assertThat(get("/engine-rest/task?processDefinitionKey=AuthProbe", f.code("MA"), "demo").body()).isEqualTo("[]");
        String id = taskService.createTaskQuery().processInstanceBusinessKey("B").processDefinitionKey("AuthProbe")
                .singleResult().getId();
        assertThat(get("/engine-rest/task/" + id, f.code("SA"), "demo").statusCode()).isIn(403, 404);
    }

    @Test
    void ownApi_requiresLogin_andKnowsTheUser() throws Exception {
        HttpResponse<String> anonymous = get("/api/organization/me", null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).isPresent();
        // the app's own pages (ballot entry) log in themselves: no browser password prompt for their calls
        HttpResponse<String> fromPage = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/organization/me")).header("X-Requested-With", "XMLHttpRequest").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fromPage.statusCode()).isEqualTo(401);
        assertThat(fromPage.headers().firstValue("WWW-Authenticate")).isEmpty();
        HttpResponse<String> me = get("/api/organization/me", f.code("SA"), "demo");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("Nguyễn Văn An").contains("btv-" + f.code("GR"));
    }

    @Test
    void calendarOverride_onlyForTheOrganizationBoard() throws Exception {
        HttpResponse<String> refused = put("/api/calendar/2031/REVIEW_DONE", "{\"date\":\"2031-12-20\"}", f.code("SA"), "demo");
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> ok = put("/api/calendar/2031/REVIEW_DONE", "{\"date\":\"2031-12-20\"}", "admin", "admin-test");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"lastDay\":\"2031-12-19\"");
        HttpResponse<String> bad = put("/api/calendar/2031/REVIEW_DONE", "{\"note\":\"x\"}", "admin", "admin-test");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("\"field\":\"date\"");
    }

    @Test
    void tasklistLogin_thenOwnApiAcceptsTheWebappSession() throws Exception {
        java.net.CookieManager cookies = new java.net.CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/app/tasklist/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String xsrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + f.code("SB") + "&password=demo")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> me = browser.send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + port + "/api/organization/me")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("Hoàng Văn Cường").contains("chi-uy-" + f.code("B"));
    }

    @Test
    void featurePages_areServedAtTheirFolder() throws Exception {
        HttpResponse<String> vote = get("/vote/?voteId=1&clerk=A", null, null);
        assertThat(vote.statusCode()).isEqualTo(200);
        assertThat(vote.body()).contains("Mã cuộc lấy phiếu");
        assertThat(get("/dashboard/?year=2013", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/commendation/", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/evaluation/", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void webapps_areServedUnderCamundaApp() throws Exception {
        assertThat(get("/camunda/app/tasklist/", null, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        auth(b, user, password);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> put(String path, String json, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        auth(b, user, password);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void auth(HttpRequest.Builder b, String user, String password) {
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
    }
}
