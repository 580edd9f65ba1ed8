package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tongket.identity.TestLogins;

/** Issue 10 item 7 (errors and limits), through the real server: every bad input gets a clear JSON answer. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiErrorsIT {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void textPlainContentType_is415WithJson() throws Exception {
        HttpResponse<String> r = send("PUT", "/api/calendar/2036/REVIEW_DONE", "text/plain", "x", null);
        assertThat(r.statusCode()).isEqualTo(415);
        assertJson(r);
        assertThat(r.body()).contains("Kiểu nội dung không được hỗ trợ");
    }

    @Test
    void unacceptableAccept_is406WithJson() throws Exception {
        HttpResponse<String> r = send("GET", "/api/calendar/2036", null, null, "image/png");
        assertThat(r.statusCode()).isEqualTo(406);
        assertJson(r);
        assertThat(r.body()).contains("Accept");
    }

    @Test
    void impossibleDate_is400NamingTheField() throws Exception {
        HttpResponse<String> r = json("PUT", "/api/calendar/2036/REVIEW_DONE", "{\"date\":\"2014-02-30\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"date\"").contains("ngày không có thật").doesNotContain("Jackson")
                .doesNotContain("java.");
    }

    @Test
    void wrongEnumValue_is400NamingTheFieldAndTheValues() throws Exception {
        HttpResponse<String> r = json("PUT", "/api/calendar/2036/REVIEW_DONE", "{\"date\":\"2036-12-01\",\"mode\":\"SOON\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"mode\"").contains("BEFORE");
    }

    @Test
    void outOfRangeNumber_is400NamingTheField() throws Exception {
        HttpResponse<String> r = json("POST", "/api/campaigns", "{\"year\":100000000000000000000}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"year\"").contains("giới hạn");
        HttpResponse<String> text = json("POST", "/api/campaigns", "{\"year\":\"abc\"}");
        assertThat(text.statusCode()).isEqualTo(400);
        assertThat(text.body()).contains("\"field\":\"year\"").contains("số nguyên");
    }

    @Test
    void yearOutsideTheCalendar_onTheDashboard_is400NotA500() throws Exception { // found by api-fuzz.py
        for (String year : new String[] {"2147483647", "-1"}) {
            HttpResponse<String> r = send("GET", "/api/campaigns/" + year + "/dashboard", null, null, "application/json");
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("\"field\":\"year\"").contains("Năm tổng kết không hợp lệ");
        }
    }

    @Test
    void tooLongNote_is400NamingTheField_andNothingIsWritten() throws Exception {
        HttpResponse<String> r = json("PUT", "/api/calendar/2037/REVIEW_DONE", "{\"date\":\"2037-11-11\",\"note\":\"" + "x".repeat(501) + "\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"note\"").contains("tối đa 500");
        assertThat(send("GET", "/api/calendar/2037", null, null, "application/json").body()).doesNotContain("2037-11-10");
    }

    @Test
    void tooLargeBody_is413WithJson_andTheErrorBodyIsSmall() throws Exception {
        HttpResponse<String> r = json("PUT", "/api/calendar/2036/REVIEW_DONE", "{\"note\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}");
        assertThat(r.statusCode()).isEqualTo(413);
        assertJson(r);
        assertThat(r.body().length()).isLessThan(1000);
    }

    @Test
    void malformedJson_is400_withoutTheParsersText() throws Exception {
        HttpResponse<String> r = json("PUT", "/api/calendar/2036/REVIEW_DONE", "{\"date\":");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("JSON sai định dạng").doesNotContain("Unexpected end-of-input").doesNotContain("line:");
    }

    private static void assertJson(HttpResponse<String> r) {
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(r.body()).startsWith("{\"status\":" + r.statusCode());
    }

    private HttpResponse<String> json(String method, String path, String body) throws Exception {
        return send(method, path, "application/json", body, "application/json");
    }

    private HttpResponse<String> send(String method, String path, String contentType, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", TestLogins.basic("admin", "admin-test"))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (accept != null) {
            b.header("Accept", accept);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
