package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.common.DomainException;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.ConfidenceResultRecord;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.HistorySource;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRecord;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.MemberStatus;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitCategory;
import vn.tongket.organization.UnitKind;
import vn.tongket.organization.UnitRankingRepository;

/** The ranking over REST and the real process in the Spring context: scorecard, scores, members, conference, report. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT) // the engine REST API is Jersey: a real port
class RankingIT {

    static final String P = "ZRK";
    static final int YEAR = 2093;

    @Autowired WebApplicationContext wac;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired HistoryService historyService;
    @Autowired ConfidenceResultRepository votes;
    @Autowired MemberRankingRepository memberRankings;
    @Autowired UnitRankingRepository unitRankings;
    @Autowired RankingProperties properties;
    @Autowired ScorecardService scorecards;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort int port;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = TestLogins.mockMvc(wac);
        if (units.findByCode(P + "-KHOI").isEmpty()) {
            var f = new OrgFixture(units, members, positions, P);
            OrgUnit bloc = f.unit("KHOI", "Đảng bộ Khối (thử xếp loại)", UnitKind.BLOC, null, true);
            OrgUnit db = f.unit("DB", "Đảng bộ Sở Xây dựng (thử)", UnitKind.GRASSROOTS_COMMITTEE, bloc, true);
            OrgUnit cb1 = f.unit("CB1", "Chi bộ Văn phòng (thử)", UnitKind.BRANCH, db, false);
            OrgUnit cb2 = f.unit("CB2", "Chi bộ Thanh tra (thử)", UnitKind.BRANCH, db, false);
            PartyMember a = f.member("A", "Lê Văn An", cb1);
            f.member("B", "Trần Thị Bình", cb1);
            f.member("C", "Phạm Văn Cường", cb1);
            f.member("D", "Ngô Thị Dung", cb2);
            PartyMember e = f.member("E", "Hoàng Văn Em", cb2);
            e.setStatus(MemberStatus.ILL);
            members.save(e);
            f.position(a, db, PositionRole.SECRETARY, "Bí thư Đảng ủy Sở Xây dựng");
            votes.save(new ConfidenceResultRecord(a.getId(), YEAR, db.getId(), "Bí thư Đảng ủy", 62, 60, 60, 10, 19, 31, HistorySource.PROCESS));
            selfRanking(f.code("B"), MemberCategory.EXCELLENT);
            selfRanking(f.code("A"), MemberCategory.COMPLETED_WELL);
        }
        if (units.findByCode(P + "-CBCS").isEmpty()) {
            var f = new OrgFixture(units, members, positions, P);
            OrgUnit cbcs = f.unit("CBCS", "Chi bộ Sở Tư pháp (thử)", UnitKind.GRASSROOTS_BRANCH, units.findByCode(P + "-KHOI").orElseThrow(), false);
            f.member("G", "Vũ Thị Giang", cbcs);
        }
        user("btc", CommitteeGroups.ORGANIZATION_BOARD);
        user("btvkhoi", CommitteeGroups.standingCommittee(P + "-KHOI"));
        user("btvdb", CommitteeGroups.standingCommittee(P + "-DB"));
        user("cu1", CommitteeGroups.branchCommittee(P + "-CB1"));
        user("cu2", CommitteeGroups.branchCommittee(P + "-CB2"));
        user("dv", CommitteeGroups.ALL_MEMBERS);
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        properties.setExcellentCapPercent(null);
        // the Ban Tổ chức group is shared with the demo bloc: leave its membership as the model has it
        identityService.deleteMembership(P + "-btc", CommitteeGroups.ORGANIZATION_BOARD);
    }

    @Test
    void scorecard_onlyTheOrganizationBoard_defaultSheetThenCsvImport() throws Exception {
        int year = 2094;
        call(get("/api/ranking/scorecards/" + year), "dv").andExpect(status().isForbidden());
        call(get("/api/ranking/scorecards/" + year), "btvdb").andExpect(status().isForbidden());
        call(get("/api/ranking/scorecards/" + year), "btc").andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(year))
                .andExpect(jsonPath("$.bands.length()").value(4));

        String badBands = """
                {"title":"x","groups":[{"code":"I","name":"Nhóm","criteria":[{"code":"I.1","name":"Tiêu chí","maxPoints":100}]}],
                 "bands":[{"category":"EXEMPLARY_CLEAN_STRONG","minScore":95},{"category":"CLEAN_STRONG","minScore":97},
                          {"category":"COMPLETED_WELL","minScore":70},{"category":"COMPLETED","minScore":50}],"vetoes":[]}""";
        call(put("/api/ranking/scorecards/" + year).contentType(MediaType.APPLICATION_JSON).content(badBands), "btc")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("bands"));
        call(put("/api/ranking/scorecards/" + year).contentType(MediaType.APPLICATION_JSON).content(badBands), "dv")
                .andExpect(status().isForbidden());

        String csv = """
                loai;ma;noi_dung;gia_tri
                TIEU_DE;;Bảng điểm thử năm 2094;
                NHOM;A;Nhiệm vụ chính trị;
                TIEU_CHI;A.1;Hoàn thành chỉ tiêu;60
                NHOM;B;Xây dựng Đảng;
                TIEU_CHI;B.1;Sinh hoạt chi bộ;40
                NGUONG;EXEMPLARY_CLEAN_STRONG;;95
                NGUONG;CLEAN_STRONG;;85
                NGUONG;COMPLETED_WELL;;70
                NGUONG;COMPLETED;;50
                HA_LOAI;COMMITTEE_DISCIPLINED;Tập thể cấp ủy bị kỷ luật;WEAK
                """;
        call(post("/api/ranking/scorecards/" + year + "/import").contentType("text/csv").content(csv), "btc")
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("Bảng điểm thử năm 2094"))
                .andExpect(jsonPath("$.groups[1].criteria[0].maxPoints").value(40));
        call(post("/api/ranking/scorecards/" + year + "/import").contentType("text/csv").content(csv.replace(";60", ";sáu mươi")), "btc")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Dòng 4")));
        mvc.perform(get("/ranking/members.html")).andExpect(status().isOk());
        mvc.perform(get("/ranking/score.html")).andExpect(status().isOk());
    }

    @Test
    void rankingProcess_scoresDecisionMembersConferenceReport() throws Exception {
        String unit = P + "-DB";
        scorecards.replace(YEAR, DefaultScorecard.of(YEAR), "test"); // not a copy of another test's year
        Long unitId = units.findByCode(unit).orElseThrow().getId(); // a re-run on a kept MySQL database starts afresh
        jdbc.update("delete from ranking_unit_score where unit_id = ? and campaign_year = ?", unitId, YEAR);
        jdbc.update("delete from ranking_unit_sheet where unit_id = ? and campaign_year = ?", unitId, YEAR);
        jdbc.update("update member_ranking_history set branch_category = null, final_category = null, not_ranked_reason = null"
                + " where campaign_year = ? and member_id in (select id from party_member where code like ?)", YEAR, P + "-%");
        forgetEarlierRuns(unit, YEAR);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(RankingProcess.KEY, unit + ":" + YEAR,
                Map.<String, Object>of("unitCode", unit, "campaignYear", YEAR));
        for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            managementService.executeJob(job.getId());
        }
        Task self = task(pi, RankingProcess.TASK_SELF_SCORE);
        assertThat(taskService.getIdentityLinksForTask(self.getId())).anyMatch(l -> ("btv-" + unit).equals(l.getGroupId()));
        assertThatThrownBy(() -> taskService.complete(self.getId())).hasMessageContaining("Chưa nhập đủ điểm tự chấm");

        String overMax = scores(21, 10, 8, 7, 10, 8, 7, 10, 5, 10, 5, null);
        call(put("/api/ranking/units/" + unit + "/" + YEAR + "/self-scores").contentType(MediaType.APPLICATION_JSON).content(overMax), "btvdb")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("selfPoints.I.1"));
        String full = scores(20, 10, 8, 7, 10, 8, 7, 10, 5, 10, 5, null);
        call(put("/api/ranking/units/" + unit + "/" + YEAR + "/self-scores").contentType(MediaType.APPLICATION_JSON).content(full), "cu1")
                .andExpect(status().isForbidden());
        call(put("/api/ranking/units/" + unit + "/" + YEAR + "/self-scores").contentType(MediaType.APPLICATION_JSON).content(full), "btvdb")
                .andExpect(status().isOk()).andExpect(jsonPath("$.selfScore").value(100));
        taskService.complete(self.getId());

        // the superior gives 96 points but a member was disciplined: TSVM tiêu biểu by points, capped at HTTNV
        String superior = scores(18, 10, 8, 7, 10, 8, 7, 10, 5, 8, 5, "MEMBER_DISCIPLINED");
        call(put("/api/ranking/units/" + unit + "/" + YEAR + "/superior-scores").contentType(MediaType.APPLICATION_JSON).content(superior), "btvdb")
                .andExpect(status().isForbidden());
        call(put("/api/ranking/units/" + unit + "/" + YEAR + "/superior-scores").contentType(MediaType.APPLICATION_JSON).content(superior), "btvkhoi")
                .andExpect(status().isOk()).andExpect(jsonPath("$.superiorScore").value(96))
                // the page shows the proposal as soon as the superior saves, before the task is completed (was null)
                .andExpect(jsonPath("$.proposedCategory").value("COMPLETED_WELL"));
        taskService.complete(task(pi, RankingProcess.TASK_SUPERIOR_SCORE).getId());
        assertThat(runtimeService.getVariable(pi.getId(), "proposedCategory")).isEqualTo("COMPLETED_WELL");

        Task decide = task(pi, RankingProcess.TASK_DECIDE_CATEGORY);
        assertThatThrownBy(() -> taskService.complete(decide.getId(), Map.of("category", "CLEAN_STRONG", "decisionReason", "Điểm cao")))
                .hasMessageContaining("Có đảng viên bị thi hành kỷ luật trong năm");
        taskService.complete(decide.getId(), Map.of("category", "COMPLETED_WELL"));
        var record = unitRankings.findByUnitIdAndYear(units.findByCode(unit).orElseThrow().getId(), YEAR).orElseThrow();
        assertThat(record.getCategory()).isEqualTo(UnitCategory.COMPLETED_WELL);
        assertThat(record.getScore()).isEqualByComparingTo("96");
        assertThat(record.getSelfScore()).isEqualByComparingTo("100");
        assertThat(record.getSource()).isEqualTo(HistorySource.PROCESS);

        // branch 1: the secretary with 31/60 LOW cannot be ranked as completing tasks
        call(get("/api/ranking/branches/" + P + "-CB1/" + YEAR + "/members"), "cu1").andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath("$[0].lowConfidenceOverHalf").value(true))
                .andExpect(jsonPath("$[1].suggested").value("EXCELLENT"));
        call(get("/api/ranking/branches/" + P + "-CB1/" + YEAR + "/members"), "cu2").andExpect(status().isForbidden());
        String withVeto = members("A", "COMPLETED", null, "B", "EXCELLENT", null, "C", "COMPLETED_WELL", null);
        call(put("/api/ranking/branches/" + P + "-CB1/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON).content(withVeto), "cu1")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("members[0].category"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("31/60")));
        String ok1 = members("A", "VIOLATED_OR_NOT_COMPLETED", null, "B", "EXCELLENT", null, "C", "COMPLETED_WELL", null);
        properties.setExcellentCapPercent(20);
        call(put("/api/ranking/branches/" + P + "-CB1/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON).content(ok1), "cu1")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("members"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("tối đa 0")));
        properties.setExcellentCapPercent(null);
        call(put("/api/ranking/branches/" + P + "-CB1/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON).content(ok1), "cu1")
                .andExpect(status().isOk());

        // branch 2: the ill member must be "not ranked" with a reason
        call(put("/api/ranking/branches/" + P + "-CB2/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON)
                .content(members("D", "COMPLETED", null, "E", "COMPLETED", null)), "cu2")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("members[1].category"));
        call(put("/api/ranking/branches/" + P + "-CB2/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON)
                .content(members("D", "COMPLETED", null, "E", "NOT_RANKED", "")), "cu2")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("members[1].notRankedReason"));
        call(put("/api/ranking/branches/" + P + "-CB2/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON)
                .content(members("D", "NOPE", null)), "cu2")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("members[0].category"));
        List<Task> branchTasks = taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(RankingProcess.TASK_RANK_BRANCH_MEMBERS).list();
        assertThat(branchTasks).hasSize(2);
        Task cb2Task = branchTasks.stream().filter(t -> (P + "-CB2").equals(taskService.getVariable(t.getId(), "branchCode"))).findFirst().orElseThrow();
        assertThatThrownBy(() -> taskService.complete(cb2Task.getId())).hasMessageContaining("còn 2 đảng viên chưa được xếp loại");
        call(put("/api/ranking/branches/" + P + "-CB2/" + YEAR + "/members").contentType(MediaType.APPLICATION_JSON)
                .content(members("D", "COMPLETED", null, "E", "NOT_RANKED", "Ốm đau dài ngày")), "cu2")
                .andExpect(status().isOk());
        branchTasks.forEach(t -> taskService.complete(t.getId()));
        taskService.complete(task(pi, RankingProcess.TASK_CONFIRM_MEMBER_RANKING).getId(), Map.of("acceptBranchRanking", true));
        MemberRankingRecord b = memberRankings.findByMemberIdAndYear(members.findByCode(P + "-B").orElseThrow().getId(), YEAR).orElseThrow();
        assertThat(b.getSelfCategory()).isEqualTo(MemberCategory.EXCELLENT);
        assertThat(b.getFinalCategory()).isEqualTo(MemberCategory.EXCELLENT);
        MemberRankingRecord e = memberRankings.findByMemberIdAndYear(members.findByCode(P + "-E").orElseThrow().getId(), YEAR).orElseThrow();
        assertThat(e.getFinalCategory()).isEqualTo(MemberCategory.NOT_RANKED);
        assertThat(e.getNotRankedReason()).isEqualTo("Ốm đau dài ngày");

        Task conference = task(pi, RankingProcess.TASK_SCHEDULE_CONFERENCE);
        assertThatThrownBy(() -> taskService.complete(conference.getId(), Map.of("conferenceDate", (YEAR + 1) + "-01-15",
                "blocRepresentative", "Phó Bí thư Đảng ủy Khối", "invitationSent", true)))
                .hasRootCauseInstanceOf(DomainException.class).hasMessageContaining("trước ngày 15/01/" + (YEAR + 1));
        taskService.complete(conference.getId(), Map.of("conferenceDate", (YEAR + 1) + "-01-14",
                "blocRepresentative", "Phó Bí thư Đảng ủy Khối", "invitationSent", true));
        taskService.complete(task(pi, RankingProcess.TASK_SUMMARY_REPORT).getId(), Map.of("generalAssessment", "Hoàn thành tốt",
                "topicBranchMeetings", "Sinh hoạt chi bộ nền nếp", "topicMemberRecords", "Đã trang bị 12 túi hồ sơ",
                "topicCommitteeBooks", "Tủ sách đủ 40 đầu sách", "topicEthicsStandards", "Đã rà soát chuẩn mực"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult().getEndTime()).isNotNull();
        call(get("/api/ranking/units/" + unit + "/" + YEAR + "/report"), "btvkhoi").andExpect(status().isOk())
                .andExpect(jsonPath("$.conferenceDate").value((YEAR + 1) + "-01-14"))
                .andExpect(jsonPath("$.sections.topicCommitteeBooks").value("Tủ sách đủ 40 đầu sách"));
        byte[] pdf = call(get("/api/ranking/units/" + unit + "/" + YEAR + "/report.pdf"), "btvdb").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        call(get("/api/ranking/units/" + unit + "/" + YEAR + "/report.pdf"), "cu1").andExpect(status().isForbidden());
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName("generalAssessment").includeDeleted().singleResult().getState()).isEqualTo("DELETED");
    }

    @Test
    void pastCampaignYear_startsToday_oneReminderSoonAndTheEscalationAlreadyDue() {
        String unit = P + "-CBCS";
        forgetEarlierRuns(unit, 2013);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey(RankingProcess.KEY, unit + ":2013",
                Map.<String, Object>of("unitCode", unit, "campaignYear", 2013));
        for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()) {
            managementService.executeJob(job.getId());
        }
        Task branch = task(pi, RankingProcess.TASK_RANK_BRANCH_MEMBERS);
        assertThat(taskService.getIdentityLinksForTask(branch.getId())).anyMatch(l -> ("chi-uy-" + unit).equals(l.getGroupId()));
        assertThat(runtimeService.getVariable(pi.getId(), "rankingReminderCycle").toString()).startsWith("R1/");
        Job overdue = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(RankingProcess.TIMER_OVERDUE).singleResult();
        assertThat(overdue.getDuedate()).isBefore(new java.util.Date());
        managementService.executeJob(overdue.getId());
        assertThat(taskService.getIdentityLinksForTask(task(pi, RankingProcess.TASK_HANDLE_OVERDUE).getId()))
                .anyMatch(l -> ("btv-" + P + "-KHOI").equals(l.getGroupId()));
        runtimeService.deleteProcessInstance(pi.getId(), "test");
    }

    @Test
    void secondStartForSameUnitAndYear_refusedWith409() throws Exception {
        String unit = P + "-CBCS";
        int year = YEAR - 1;
        forgetEarlierRuns(unit, year);
        String refusal = "Đánh giá, xếp loại năm " + year + " của Chi bộ Sở Tư pháp (thử) đã được bắt đầu";
        java.net.http.HttpResponse<String> first = engineRestStart(unit, year);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        String firstId = new com.fasterxml.jackson.databind.ObjectMapper().readTree(first.body()).get("id").asText();

        java.net.http.HttpResponse<String> second = engineRestStart(unit, year);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains(refusal).contains(firstId + ", đang thực hiện").contains("\"field\":\"unitCode\"");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(RankingProcess.KEY,   // no business key given
                Map.<String, Object>of("unitCode", unit, "campaignYear", year)))
                .isInstanceOf(vn.tongket.common.ConflictException.class).hasMessageContaining(refusal);
        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RankingProcess.KEY)
                .processInstanceBusinessKey(unit + ":" + year).count()).isEqualTo(1);

        // cancelled in Cockpit: still that year's instance, still refused
        runtimeService.deleteProcessInstance(firstId, "test: hủy trong Cockpit");
        java.net.http.HttpResponse<String> third = engineRestStart(unit, year);
        assertThat(third.statusCode()).isEqualTo(409);
        assertThat(third.body()).contains(firstId + ", đã bị hủy");
        // deleted with its history on purpose by an administrator: the year may be run again
        historyService.deleteHistoricProcessInstance(firstId);
        assertThat(engineRestStart(unit, year).statusCode()).isEqualTo(200);
        forgetEarlierRuns(unit, year);
    }

    /** Re-runs on a kept MySQL database: an earlier run's instances (and their history) would refuse the start. */
    private void forgetEarlierRuns(String unit, int year) {
        String businessKey = unit + ":" + year;
        runtimeService.createProcessInstanceQuery().processDefinitionKey(RankingProcess.KEY).processInstanceBusinessKey(businessKey)
                .list().forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "test re-run"));
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(RankingProcess.KEY)
                .processInstanceBusinessKey(businessKey).list()
                .forEach(h -> historyService.deleteHistoricProcessInstance(h.getId()));
    }

    private java.net.http.HttpResponse<String> engineRestStart(String unitCode, int year) throws Exception {
        String body = "{\"businessKey\":\"" + unitCode + ":" + year + "\",\"variables\":{\"unitCode\":{\"value\":\"" + unitCode
                + "\"},\"campaignYear\":{\"value\":" + year + ",\"type\":\"Integer\"}}}";
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port
                        + "/engine-rest/process-definition/key/" + RankingProcess.KEY + "/start"))
                .header("Authorization", TestLogins.basic("admin", "admin-test"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build();
        return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private Task task(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private static String scores(Object... v) {
        String[] codes = {"I.1", "I.2", "II.1", "II.2", "III.1", "III.2", "III.3", "IV.1", "IV.2", "V.1", "V.2"};
        StringBuilder sb = new StringBuilder("{\"points\":{");
        for (int i = 0; i < codes.length; i++) {
            sb.append(i == 0 ? "" : ",").append('"').append(codes[i]).append("\":").append(v[i]);
        }
        sb.append("}");
        if (v[codes.length] != null) {
            sb.append(",\"vetoCodes\":[\"").append(v[codes.length]).append("\"]");
        }
        return sb.append("}").toString();
    }

    private static String members(String... triples) {
        StringBuilder sb = new StringBuilder("{\"members\":[");
        for (int i = 0; i < triples.length; i += 3) {
            sb.append(i == 0 ? "" : ",").append("{\"memberCode\":\"").append(P).append('-').append(triples[i])
                    .append("\",\"category\":\"").append(triples[i + 1]).append('"');
            if (triples[i + 2] != null) {
                sb.append(",\"notRankedReason\":\"").append(triples[i + 2]).append('"');
            }
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    private void selfRanking(String memberCode, MemberCategory category) {
        PartyMember m = members.findByCode(memberCode).orElseThrow();
        MemberRankingRecord r = new MemberRankingRecord(m.getId(), YEAR, HistorySource.PROCESS);
        r.setSelfCategory(category);
        memberRankings.save(r);
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String user) throws Exception {
        return mvc.perform(request.header("Authorization", TestLogins.basic(P + "-" + user, "demo")));
    }

    private void user(String local, String group) {
        TestLogins.userInGroup(identityService, P + "-" + local, local, group);
    }
}
