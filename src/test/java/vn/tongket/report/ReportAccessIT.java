package vn.tongket.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.common.AccessRefusedException;
import vn.tongket.evaluation.EvaluationService;
import vn.tongket.evaluation.EvaluationTestData;
import vn.tongket.identity.CurrentUser;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.OrganizationService;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;

/** Who may read evaluations and reports over HTTP (Basic auth through the real /api filter); everyone else 403. */
@SpringBootTest
class ReportAccessIT {

    static final int YEAR = 2043;
    static EvaluationTestData d;
    static Long evaluationId;
    /** A member of G's executive committee (bch-G) who is not on its standing committee (btv-G). */
    static String executiveMember;

    @Autowired WebApplicationContext context;
    @Autowired IdentityService identityService;
    @Autowired IdentitySyncService identitySync;
    @Autowired EvaluationService evaluations;
    @Autowired ReportController reports;
    @Autowired OrganizationService organization;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired PlatformTransactionManager transactions;
    MockMvc mvc;

    @AfterAll
    static void retireTestUnits(@Autowired JdbcTemplate jdbc, @Autowired IdentitySyncService identitySync,
                                @Autowired PlatformTransactionManager transactions) {
        EvaluationTestData.retireAndResync(jdbc, identitySync, transactions, "ACC1-");
    }

    @BeforeEach
    void setUp() {
        mvc = TestLogins.mockMvc(context);
        if (d == null) {
            var data = new EvaluationTestData(units, members, positions, "ACC1");
            var bch = data.f.member("BCH", "Đỗ Văn Chấp", data.branch);
            data.f.position(bch, data.grassroots, vn.tongket.organization.PositionRole.COMMITTEE_MEMBER, "Ủy viên BCH Đảng ủy");
            executiveMember = bch.getCode();
            // IdentitySyncService.sync() reads lazy associations: run it in a transaction (reported to the lead)
            new TransactionTemplate(transactions).executeWithoutResult(s -> identitySync.sync());
            evaluationId = evaluations.gather(data.grassroots.getCode(), data.standing.getCode(), YEAR, null).evaluationId();
            d = data;
        }
    }

    private static String member(String code) {
        return TestLogins.basic(code, "demo");
    }

    @Test
    void evaluation_readableByCadreDecidingBodyBoardAdmin_othersForbidden() throws Exception {
        String url = "/api/evaluations/" + evaluationId;
        for (String auth : List.of(member(d.standing.getCode()), member(d.secretary.getCode()), member(d.board.getCode()),
                TestLogins.basic("admin", "admin-test"))) {
            mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.subjectKey").value(d.grassroots.getCode() + ":" + d.standing.getCode() + ":" + YEAR));
        }
        for (String auth : List.of(member(d.plain.getCode()), member(d.branchSecretary.getCode()))) {
            mvc.perform(get(url).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isForbidden());
        }
        mvc.perform(get(url)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/evaluations?year=" + YEAR).header(HttpHeaders.AUTHORIZATION, member(d.plain.getCode())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void evaluationSteps_writtenOnlyByTheirAuthors() throws Exception {
        String url = "/api/evaluations/" + evaluationId + "/steps/";
        String body = "{\"content\":\"Nhận xét của chi ủy\"}";
        mvc.perform(put(url + "BRANCH_COMMENT").header(HttpHeaders.AUTHORIZATION, member(d.branchSecretary.getCode()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        mvc.perform(put(url + "BRANCH_COMMENT").header(HttpHeaders.AUTHORIZATION, member(d.plain.getCode()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put(url + "SELF_ASSESSMENT").header(HttpHeaders.AUTHORIZATION, member(d.secretary.getCode()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(put(url + "SELF_ASSESSMENT").header(HttpHeaders.AUTHORIZATION, member(d.standing.getCode()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"content\":\" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("content"));
    }

    @Test
    void reports_boardAdminAndOwnUnitCommittee_othersForbidden() throws Exception {
        String unitUrl = "/api/reports/" + YEAR + "/evaluation.pdf?unit=" + d.grassroots.getCode();
        for (String auth : List.of(member(d.board.getCode()), TestLogins.basic("admin", "admin-test"), member(d.secretary.getCode()))) {
            mvc.perform(get(unitUrl).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                            org.hamcrest.Matchers.containsString("bao-cao-evaluation-" + YEAR)));
        }
        mvc.perform(get("/api/reports/" + YEAR + "/vote.xlsx").header(HttpHeaders.AUTHORIZATION, member(d.board.getCode())))
                .andExpect(status().isOk()).andExpect(content().contentType(ReportController.XLSX));
        // the unit's committee may not read the bloc's report; plain members and a branch committee read nothing
        mvc.perform(get("/api/reports/" + YEAR + "/vote.pdf").header(HttpHeaders.AUTHORIZATION, member(d.secretary.getCode())))
                .andExpect(status().isForbidden());
        for (String auth : List.of(member(d.plain.getCode()), member(d.branchSecretary.getCode()))) {
            mvc.perform(get(unitUrl).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/reports/" + YEAR + "/other.pdf").header(HttpHeaders.AUTHORIZATION, TestLogins.basic("admin", "admin-test")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("kind"));
    }

    /**
     * The review-ranking report of a unit decides through RankingAccess.readUnit, like GET /api/ranking/units/{code}:
     * its leading committee (btv-G), the superior, the Ban Tổ chức read it; a member of G's BCH who is not on its BTV
     * (allowed by the reports' general gate) and a plain member are refused, and the refusal carries no report data.
     */
    @Test
    void reviewRankingReport_followsRankingAccess_wrongRoleRefusedNothingLeaked() throws Exception {
        String g = d.grassroots.getCode();
        String reportUrl = "/api/reports/" + YEAR + "/review-ranking.xlsx?unit=" + g;
        String apiUrl = "/api/ranking/units/" + g + "/" + YEAR + "/sheet";
        for (String auth : List.of(member(d.board.getCode()), TestLogins.basic("admin", "admin-test"), member(d.secretary.getCode()))) {
            mvc.perform(get(reportUrl).header(HttpHeaders.AUTHORIZATION, auth)).andExpect(status().isOk())
                    .andExpect(content().contentType(ReportController.XLSX));
        }
        for (String auth : List.of(member(executiveMember), member(d.plain.getCode()))) {
            var refused = mvc.perform(get(reportUrl).header(HttpHeaders.AUTHORIZATION, auth))
                    .andExpect(status().isForbidden()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andReturn().getResponse();
            // Spring's RFD guard names a JSON body "f.txt" inline; no report file is attached
            assertThat(refused.getHeader(HttpHeaders.CONTENT_DISPOSITION)).doesNotContain("attachment", "bao-cao");
            assertThat(refused.getContentAsByteArray().length).isLessThan(1000);
        }
        // the same member gets the same answer from the ranking API: one rule, both paths
        var api = mvc.perform(get(apiUrl).header(HttpHeaders.AUTHORIZATION, member(executiveMember))).andReturn().getResponse();
        var report = mvc.perform(get(reportUrl).header(HttpHeaders.AUTHORIZATION, member(executiveMember))).andReturn().getResponse();
        assertThat(report.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Không có quyền xem kết quả xếp loại của " + d.grassroots.getName());
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("Không có quyền xem kết quả xếp loại của " + d.grassroots.getName());
    }

    @Test
    void reports_blocStandingCommitteeReadsAll() {
        String btv = CommitteeGroups.standingCommittee(organization.bloc().getCode());
        assertThatCode(() -> reports.checkAccess(new CurrentUser("x", List.of(btv)), null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> reports.checkAccess(new CurrentUser("x", List.of("chi-bo-x")), null))
                .isInstanceOf(AccessRefusedException.class);
    }
}
