package vn.tongket.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.organization.*;

/**
 * Over real HTTP (port in the helper's range): a refusal of a vote task listener reaches Tasklist and
 * /engine-rest as our Vietnamese message with 400/403, not as a 500 carrying the engine's ENGINE-03051 text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18311")
class VoteEngineRestIT {

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void listenerRefusalOnTaskCompletion_isAVietnamese400_withoutEngineText() throws Exception {
        OrgFixture f = new OrgFixture(units, members, positions, "VR" + Long.toString(System.nanoTime() % 1_000_000_000L, 36));
        OrgUnit bloc = f.unit("BLOC", "Đảng bộ Khối (thử)", UnitKind.BLOC, null, true);
        OrgUnit p = f.unit("P", "Đảng bộ Thử", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
        OrgUnit branch = f.unit("CB", "Chi bộ Thử", UnitKind.BRANCH, p, false);
        OrgUnit mo = f.unit("MO", "Công đoàn Thử", UnitKind.MASS_ORGANIZATION, p, false);
        PartyMember h = f.member("h", "Hoàng Thị Hà", branch);
        PartyMember c = f.member("c", "Cao Thị Cúc", branch);
        PartyMember btc = f.member("btc", "Bùi Thị Chi", branch);
        f.position(h, mo, PositionRole.HEAD);
        f.position(c, mo, PositionRole.COMMITTEE_MEMBER);
        f.position(btc, bloc, PositionRole.ORGANIZATION_BOARD);
        new TransactionTemplate(transactions).executeWithoutResult(st -> identity.sync());
        ProcessInstance pi = runtime.startProcessInstanceByKey(ConfidenceVoteProcess.KEY, mo.getCode() + ":2031",
                Map.of("unitCode", mo.getCode(), "campaignYear", 2031, "voteDate", "2031-12-20"));
        String task = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        // the proposal puts the head (a person on the ballot) on the counting board
        String json = "{\"variables\":{\"countingBoardProposal\":{\"value\":\"" + f.code("c") + ", " + f.code("h")
                + "\"},\"ballotsPrepared\":{\"value\":true}}}";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:18311/engine-rest/task/" + task + "/complete"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((f.code("btc") + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("có tên trên phiếu").contains("countingBoard").doesNotContain("ENGINE-");
        assertThat(tasks.createTaskQuery().taskId(task).count()).isOne();   // nothing completed
    }
}
