package vn.tongket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tongket.organization.CommitteeGroups;

/**
 * The one Spring Security chain of DECISIONS.md §1 through the real server (issue 10, findings 4–6): URL spellings
 * that walked around the old URI check, CSRF for session calls, sessions in the database, the temporary login lock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticationChainIT {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityAuditLog audit;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ---- finding 4: the login filter could be walked around ----

    @Test
    void semicolonAfterApi_isRefused_withoutData() throws Exception {
        HttpResponse<String> r = get("/api;/organization/units", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Địa chỉ yêu cầu không hợp lệ").doesNotContain("code");
    }

    @Test
    void percentEncodedLetterInApi_needsLogin_likeApi() throws Exception {
        HttpResponse<String> r = get("/%61pi/organization/units", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Cần đăng nhập").doesNotContain("\"code\"");
        assertThat(get("/%61pi/organization/units", TestLogins.basic("admin", "admin-test")).statusCode()).isEqualTo(200);
    }

    @Test
    void jsessionidPathParameter_isRefused_withoutData() throws Exception {
        HttpResponse<String> r = get("/api;jsessionid=x/organization/units", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("\"code\"");
    }

    @Test
    void dotSegmentsAndEncodedSlashesAndUpperCase_neverAnswerAnonymouslyWithData() throws Exception {
        for (String path : List.of("/camunda/../api/organization/units", "/camunda/%2e%2e/api/organization/units",
                "/api/./organization/units", "//api/organization/units", "/api/organization%2Funits",
                "/API/organization/units", "/api/organization/units/", "/vote/../api/organization/units",
                "/api%3b/organization/units", "/api/%252e/organization/units")) {
            HttpResponse<String> r = get(path, null);
            assertThat(r.statusCode()).as(path).isIn(400, 401, 404);
            assertThat(r.body()).as(path).doesNotContain("\"code\"");
        }
    }

    @Test
    void publicPages_andOpenApi_stayPublic() throws Exception {
        assertThat(get("/api/openapi", null).statusCode()).isEqualTo(200);
        assertThat(get("/vote/", null).statusCode()).isEqualTo(200);
        assertThat(get("/common/session-fetch.js", null).body()).contains("X-XSRF-TOKEN");
        assertThat(get("/camunda/app/cockpit/default/", null).statusCode()).isEqualTo(200);
    }

    // ---- finding 6: state-changing /api calls with the session cookie alone ----

    @Test
    void sessionCookieAlone_isRefused403_withAVietnameseJsonMessage() throws Exception {
        Browser b = Browser.loggedIn(port, "admin", "admin-test");
        HttpResponse<String> r = b.put("/api/calendar/2035/REVIEW_DONE", "{\"date\":\"2035-11-10\"}", null, null);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).contains("CSRF").contains("X-XSRF-TOKEN");
        assertThat(b.get("/api/calendar/2035").body()).doesNotContain("2035-11-09"); // nothing written
    }

    @Test
    void sessionWithTheWebappsXsrfToken_isAccepted_andIsTheTokenOfTheCookie() throws Exception {
        Browser b = Browser.loggedIn(port, "admin", "admin-test");
        String token = b.json("/api/auth/csrf").replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        assertThat(token).isEqualTo(b.cookie("XSRF-TOKEN")); // what a Cockpit plugin reads
        HttpResponse<String> r = b.put("/api/calendar/2032/REVIEW_DONE", "{\"date\":\"2032-12-20\"}", token, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"lastDay\":\"2032-12-19\"");
    }

    @Test
    void foreignOrigin_isRefused_evenWithTheToken() throws Exception {
        Browser b = Browser.loggedIn(port, "admin", "admin-test");
        String token = b.cookie("XSRF-TOKEN");
        HttpResponse<String> r = b.put("/api/calendar/2033/REVIEW_DONE", "{\"date\":\"2033-12-20\"}", token,
                "http://evil.example");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("trang web khác");
        HttpResponse<String> same = b.put("/api/calendar/2033/REVIEW_DONE", "{\"date\":\"2033-12-20\"}", token,
                "http://localhost:" + port);
        assertThat(same.statusCode()).isEqualTo(200);
    }

    @Test
    void basicAuthClients_needNoCsrfToken() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri("/api/calendar/2034/REVIEW_DONE"))
                .header("Authorization", TestLogins.basic("admin", "admin-test")).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"date\":\"2034-12-20\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
    }

    @Test
    void webappsKeepTheirOwnLoginAndCsrf_afterTheChain() throws Exception {
        Browser b = Browser.loggedIn(port, "admin", "admin-test");
        assertThat(b.get("/camunda/api/engine/engine/default/process-definition/count").statusCode()).isEqualTo(200);
        // Camunda's own CSRF filter still guards its web apps
        HttpResponse<String> noToken = b.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/logout"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(noToken.statusCode()).isEqualTo(403);
    }

    // ---- Spring Session JDBC ----

    @Test
    void webSession_isARowOfTheDatabase_readOnEveryRequest() throws Exception {
        Browser b = Browser.loggedIn(port, "admin", "admin-test");
        String sessionId = new String(Base64.getDecoder().decode(b.cookie("SESSION")), StandardCharsets.UTF_8);
        List<String> attributes = jdbc.queryForList("SELECT a.ATTRIBUTE_NAME FROM SPRING_SESSION s JOIN SPRING_SESSION_ATTRIBUTES a "
                + "ON a.SESSION_PRIMARY_ID = s.PRIMARY_ID WHERE s.SESSION_ID = ?", String.class, sessionId);
        assertThat(attributes).contains("authenticatedUser", CamundaSessionCsrfTokenRepository.SESSION_ATTRIBUTE);
        assertThat(b.get("/api/organization/me").statusCode()).isEqualTo(200);
        // no copy in the server's memory: without the row the same cookie is a stranger (any node reads the same table)
        jdbc.update("DELETE FROM SPRING_SESSION WHERE SESSION_ID = ?", sessionId);
        assertThat(b.get("/api/organization/me").statusCode()).isEqualTo(401);
    }

    // ---- finding 5: ten wrong passwords locked a member for good ----

    @Test
    void tenWrongPasswords_lockTheMemberOnlyTemporarily_andTellHimInVietnamese() throws Exception {
        String user = member("locktest1");
        Instant start = Instant.parse("2026-03-02T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));
        HttpResponse<String> last = null;
        for (int i = 0; i < 10; i++) {
            last = get("/api/organization/me", TestLogins.basic(user, "wrong" + i));
            assertThat(last.statusCode()).isEqualTo(401);
        }
        String until = DateTimeFormatter.ofPattern("HH:mm").format(start.plus(Duration.ofMinutes(15)).atZone(ZoneId.of("Asia/Ho_Chi_Minh")));
        assertThat(last.body()).contains("Tài khoản tạm khóa đến " + until + " do nhập sai mật khẩu nhiều lần");
        // while locked even the right password is refused, with the same message
        HttpResponse<String> locked = get("/api/organization/me", TestLogins.basic(user, "demo"));
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).contains("Tài khoản tạm khóa đến " + until);
        assertThat(audit.eventsOf(user)).extracting(e -> e.get("EVENT_TYPE")).contains(SecurityAuditLog.LOGIN_LOCKED);

        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(16))));
        assertThat(get("/api/organization/me", TestLogins.basic(user, "demo")).statusCode()).isEqualTo(200);
        assertThat(identityService.checkPassword(user, "demo")).isTrue();
    }

    @Test
    void manyRoundsOfWrongPasswords_neverLockForGood_camundasPermanentLockIsOff() throws Exception {
        String user = member("locktest2");
        Instant t = Instant.parse("2026-03-03T02:00:00Z");
        for (int round = 0; round < 4; round++) { // 20 wrong passwords: Camunda alone would lock after 10 for good
            ClockUtil.setCurrentTime(Date.from(t));
            for (int i = 0; i < 5; i++) {
                assertThat(identityService.checkPassword(user, "wrong")).isFalse();
            }
            t = t.plus(Duration.ofMinutes(16));
        }
        ClockUtil.setCurrentTime(Date.from(t));
        assertThat(get("/engine-rest/task", TestLogins.basic(user, "demo")).statusCode()).isEqualTo(200);
    }

    @Test
    void lockedMember_isToldAtTheWebappLogin_andEngineRestIsLockedToo() throws Exception {
        String user = member("locktest3");
        Instant start = Instant.parse("2026-03-04T16:50:00Z"); // 23:50 in Hà Nội: the lock ends the next day
        ClockUtil.setCurrentTime(Date.from(start));
        for (int i = 0; i < 5; i++) {
            assertThat(Browser.login(port, user, "wrong").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> login = Browser.login(port, user, "demo");
        assertThat(login.statusCode()).isEqualTo(401);
        assertThat(login.body()).contains("Tài khoản tạm khóa đến 00:05 ngày 05/03/2026 do nhập sai mật khẩu nhiều lần");
        assertThat(get("/engine-rest/task", TestLogins.basic(user, "demo")).statusCode()).isEqualTo(401);
        ClockUtil.setCurrentTime(Date.from(start.plus(Duration.ofMinutes(15)).plusSeconds(1)));
        assertThat(Browser.login(port, user, "demo").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownUsers_leaveNoLockRows() throws Exception {
        for (int i = 0; i < 6; i++) {
            get("/api/organization/me", TestLogins.basic("nobody-" + i, "x"));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM login_lock WHERE user_id LIKE 'nobody-%'", Integer.class)).isZero();
    }

    private String member(String id) {
        TestLogins.userInGroup(identityService, id, "Khóa", CommitteeGroups.ORGANIZATION_BOARD);
        return id;
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A browser: cookies, the web apps' login with their XSRF cookie. */
    static final class Browser {
        final int port;
        final CookieManager cookies = new CookieManager();
        final HttpClient client;

        private Browser(int port) {
            this.port = port;
            this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
        }

        static HttpResponse<String> login(int port, String user, String password) throws Exception {
            Browser b = new Browser(port);
            return b.doLogin(user, password);
        }

        static Browser loggedIn(int port, String user, String password) throws Exception {
            Browser b = new Browser(port);
            assertThat(b.doLogin(user, password).statusCode()).isEqualTo(200);
            return b;
        }

        HttpResponse<String> doLogin(String user, String password) throws Exception {
            get("/camunda/app/tasklist/");
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/camunda/api/admin/auth/user/default/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
        }

        String cookie(String name) {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET());
        }

        String json(String path) throws Exception {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).isEqualTo(200);
            return r.body();
        }

        HttpResponse<String> put(String path, String json, String token, String origin) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
            if (token != null) {
                b.header("X-XSRF-TOKEN", token);
            }
            if (origin != null) {
                b.header("Origin", origin);
            }
            return send(b);
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
