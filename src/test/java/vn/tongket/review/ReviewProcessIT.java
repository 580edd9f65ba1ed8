package vn.tongket.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;
import vn.tongket.common.ReviewConclusionSource;
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/** The review on the real organization model, database, identity and REST API (Spring context, job executor off). */
@SpringBootTest
class ReviewProcessIT {

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identity;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired ReviewService reviews;
    @Autowired ReviewItemRepository itemRepository;
    @Autowired ReviewConclusionSource conclusions;
    @Autowired MemberRankingRepository rankings;
    @Autowired WebApplicationContext web;
    @Autowired PlatformTransactionManager transactions;

    OrgFixture f;
    MockMvc mvc;
    OrgUnit g;
    OrgUnit b1;
    OrgUnit b2;
    OrgUnit t1;
    OrgUnit b3;
    PartyMember gsec;
    PartyMember gdep;
    PartyMember b1sec;

    @BeforeEach
    void model() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-02T08:00:00+07:00").toInstant()));
        f = new OrgFixture(units, members, positions, "RV" + UUID.randomUUID().toString().substring(0, 6));
        g = f.unit("G", "Đảng bộ Sở Thử nghiệm", UnitKind.GRASSROOTS_COMMITTEE, null, true);
        b1 = f.unit("B1", "Chi bộ Văn phòng", UnitKind.BRANCH, g, false);
        b2 = f.unit("B2", "Chi bộ Nghiệp vụ", UnitKind.BRANCH, g, false);
        t1 = f.unit("T1", "Tổ đảng 1", UnitKind.CELL, b2, false);
        b3 = f.unit("B3", "Chi bộ Kho", UnitKind.BRANCH, g, false);
        gsec = f.member("gsec", "Lê Văn Bí", b1);
        f.position(gsec, g, PositionRole.SECRETARY);
        f.position(gsec, g, PositionRole.AGENCY_HEAD, "Giám đốc Sở");
        gdep = f.member("gdep", "Trần Thị Phó", b1);
        f.position(gdep, g, PositionRole.DEPUTY_SECRETARY);
        f.position(gdep, g, PositionRole.AGENCY_DEPUTY, "Phó Giám đốc Sở");
        b1sec = f.member("b1sec", "Ngô Văn Thư", b1);
        f.position(b1sec, b1, PositionRole.SECRETARY);
        PartyMember b1cm = f.member("b1cm", "Đỗ Văn Ủy", b1);
        f.position(b1cm, b1, PositionRole.COMMITTEE_MEMBER);
        f.member("m1", "Phạm Văn Một", b1);
        PartyMember b2sec = f.member("b2sec", "Vũ Thị Hai", b2);
        f.position(b2sec, b2, PositionRole.SECRETARY);
        f.member("c1", "Hoàng Văn Tổ", b2, t1);
        f.member("c2", "Bùi Thị Tổ", b2, t1);
        PartyMember b3sec = f.member("b3sec", "Lý Văn Ba", b3);
        f.position(b3sec, b3, PositionRole.SECRETARY);
        PartyMember b3dep = f.member("b3dep", "Mai Thị Ba", b3);
        f.position(b3dep, b3, PositionRole.DEPUTY_SECRETARY);
        // the users and committee groups of the fixture, so REST calls authenticate and tasks are routed
        new TransactionTemplate(transactions).executeWithoutResult(tx -> identity.sync());
        mvc = TestLogins.mockMvc(web);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance startAsAdmin(OrgUnit unit) throws Exception {
        mvc.perform(post("/api/reviews").header("Authorization", TestLogins.basic("admin", "admin-test"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitCode\":\"" + unit.getCode() + "\",\"year\":2013}"))
                .andExpect(status().isCreated());
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(unit.getCode() + ":2013").singleResult();
    }

    private void executeAsyncJobs(ProcessInstance pi) {
        for (int i = 0; i < 200; i++) {
            List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).messages().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> management.executeJob(j.getId()));
        }
    }

    private List<Task> open(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    private Task one(ProcessInstance pi, String key, String assignee) {
        return open(pi, key).stream().filter(t -> assignee.equals(t.getAssignee())).findFirst()
                .orElseThrow(() -> new AssertionError("no task " + key + " for " + assignee));
    }

    private void collective(ProcessInstance pi, String chair) {
        tasks.complete(open(pi, ReviewProcess.TASK_DRAFT_REPORT).get(0).getId(), Map.of("collectiveReportDraft", "Dự thảo báo cáo"));
        tasks.complete(open(pi, ReviewProcess.TASK_SCHEDULE_MEETING).get(0).getId(),
                Map.of("meetingAt", "2013-12-05T08:00:00+07:00"));
        Map<String, Object> vars = new java.util.HashMap<>(Map.of("collectiveConclusion", "Tập thể đoàn kết",
                "collectiveReportFinal", "Báo cáo hoàn chỉnh", "collectiveViolationSigns", false));
        if (chair != null) {
            vars.put("headReviewChair", chair);
        }
        tasks.complete(open(pi, ReviewProcess.TASK_COLLECTIVE_MEETING).get(0).getId(), vars);
        executeAsyncJobs(pi);
    }

    private static Map<String, Object> selfReview(MemberCategory category) {
        return Map.of("srPoliticalIdeology", "Kiên định", "srEthicsLifestyle", "Giản dị", "srDuties", "Hoàn thành",
                "srDiscipline", "Chấp hành", "srLeaderPoints", "Lãnh đạo tốt", "selfCategory", category.name());
    }

    @Test
    void leaderReviewedInEachPlace_headChairedByTheAssignedDeputy_selfReviewWrittenOnce() throws Exception {
        ProcessInstance gpi = startAsAdmin(g);
        ReviewSession gs = reviews.session(g.getCode(), 2013);
        assertThat(reviews.items(gs.getId())).filteredOn(i -> !i.isCollective())
                .extracting(i -> i.getMemberCode() + "@" + i.getPlaceKind())
                .containsExactly(gsec.getCode() + "@COMMITTEE", gsec.getCode() + "@AGENCY_LEADERSHIP",
                        gdep.getCode() + "@COMMITTEE", gdep.getCode() + "@AGENCY_LEADERSHIP");
        collective(gpi, gdep.getCode());

        // the head's own review at the grassroots committee is chaired by the deputy the collective assigned
        tasks.complete(one(gpi, ReviewProcess.TASK_WRITE_SELF_REVIEW, gsec.getCode()).getId(), selfReview(MemberCategory.EXCELLENT));
        executeAsyncJobs(gpi);
        List<Task> gsecReviews = open(gpi, ReviewProcess.TASK_PERSON_MEETING).stream()
                .filter(t -> gsec.getFullName().equals(String.valueOf(tasks.getVariable(t.getId(), "reviewSubject")).replaceAll(" \\(.*", "")))
                .toList();
        assertThat(gsecReviews).extracting(Task::getAssignee).containsExactlyInAnyOrder(gdep.getCode(), gdep.getCode());
        assertThat(tasks.createTaskQuery().processInstanceId(gpi.getId()).taskAssignee(gsec.getCode())
                .taskDefinitionKey(ReviewProcess.TASK_WRITE_SELF_REVIEW).count()).as("one self-review for two places").isZero();
        assertThat(rankings.findByMemberIdAndYear(gsec.getId(), 2013)).get()
                .extracting(r -> r.getSelfCategory()).isEqualTo(MemberCategory.EXCELLENT);
        for (Task t : gsecReviews) {
            tasks.complete(t.getId(), Map.of("itemConclusion", "Gương mẫu", "itemViolationSigns", false));
        }

        // in the branch the secretary of the grassroots committee is a leader giving a brief report, chaired by the branch secretary
        ProcessInstance bpi = startAsAdmin(b1);
        collective(bpi, null);
        ReviewSession bs = reviews.session(b1.getCode(), 2013);
        ReviewItem inBranch = reviews.items(bs.getId()).stream()
                .filter(i -> gsec.getCode().equals(i.getMemberCode())).findFirst().orElseThrow();
        assertThat(inBranch.getRank()).isEqualTo("LEADER");
        tasks.complete(one(bpi, ReviewProcess.TASK_WRITE_SELF_REVIEW, b1sec.getCode()).getId(), selfReview(MemberCategory.COMPLETED_WELL));
        Task headOfBranch = open(bpi, ReviewProcess.TASK_PERSON_MEETING).get(0);
        assertThat(headOfBranch.getAssignee()).as("no deputy in the branch: its committee picks the chair").isNull();
        tasks.complete(headOfBranch.getId(), Map.of("itemConclusion", "x", "itemViolationSigns", false));
        executeAsyncJobs(bpi);
        assertThat(open(bpi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getAssignee).doesNotContain(gsec.getCode());
        Task gsecInBranch = one(bpi, ReviewProcess.TASK_PERSON_MEETING, b1sec.getCode());
        assertThat(tasks.getVariable(gsecInBranch.getId(), "srPoliticalIdeology")).as("the same self-review, read-only").isEqualTo("Kiên định");
        tasks.complete(gsecInBranch.getId(), Map.of("itemConclusion", "Báo cáo tóm tắt tốt", "itemViolationSigns", false));

        assertThat(conclusions.conclusionsOf(gsec.getCode(), 2013))
                .extracting(ReviewConclusionSource.ReviewConclusion::placeName)
                .containsExactlyInAnyOrder("Ban Chấp hành Đảng bộ Sở Thử nghiệm",
                        "Tập thể lãnh đạo cơ quan (Đảng bộ Sở Thử nghiệm)", "Chi bộ Văn phòng");
        assertThat(reviews.selfReview(gsec.getCode(), 2013)).get().extracting(SelfReview::getChairConclusions).asString()
                .contains("Gương mẫu").contains("Báo cáo tóm tắt tốt");
    }

    @Test
    void cellBasedBranch_membersReviewedInTheirCell_cellReportsToTheBranch() throws Exception {
        ProcessInstance pi = startAsAdmin(b2);
        ReviewSession s = reviews.session(b2.getCode(), 2013);
        assertThat(s.isHasCollectiveReview()).as("a branch led by a secretary only").isFalse();
        List<ReviewItem> items = reviews.items(s.getId());
        assertThat(items).filteredOn(i -> "CELL".equals(i.getPlaceKind())).extracting(ReviewItem::getPlaceUnitCode)
                .containsOnly(t1.getCode()).hasSize(2);
        executeAsyncJobs(pi);
        Task head = one(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW, f.code("b2sec"));
        tasks.complete(head.getId(), selfReview(MemberCategory.COMPLETED_WELL));
        Task headReview = open(pi, ReviewProcess.TASK_PERSON_MEETING).get(0);
        assertThat(headReview.getAssignee()).as("no deputy: the committee picks a chair").isNull();
        tasks.complete(headReview.getId(), Map.of("itemConclusion", "x", "itemViolationSigns", false));
        executeAsyncJobs(pi);
        for (Task t : open(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)) {
            tasks.complete(t.getId(), selfReview(MemberCategory.COMPLETED));
        }
        List<Task> cellReviews = open(pi, ReviewProcess.TASK_PERSON_MEETING);
        assertThat(cellReviews).extracting(Task::getAssignee).as("a cell without a leader: the branch secretary chairs")
                .containsOnly(f.code("b2sec")).hasSize(2);
        for (Task t : cellReviews) {
            tasks.complete(t.getId(), Map.of("itemConclusion", "Đạt", "itemViolationSigns", false));
        }
        executeAsyncJobs(pi);
        Task cellReport = one(pi, ReviewProcess.TASK_CELL_REPORT, f.code("b2sec"));
        tasks.complete(cellReport.getId(), Map.of("cellReport", "Tổ 1 đã kiểm điểm 2 đảng viên"));
        assertThat(reviews.cellReports(s.getId())).extracting(CellReport::getReport).containsExactly("Tổ 1 đã kiểm điểm 2 đảng viên");
        assertThat(open(pi, ReviewProcess.TASK_RECEIVE_REPORT)).hasSize(1);
    }

    @Test
    void branchWithOnlySecretaryAndDeputy_hasNoSeparateCollectiveReview() throws Exception {
        ProcessInstance pi = startAsAdmin(b3);
        assertThat(reviews.session(b3.getCode(), 2013).isHasCollectiveReview()).isFalse();
        assertThat(open(pi, ReviewProcess.TASK_DRAFT_REPORT)).isEmpty();
        executeAsyncJobs(pi);
        assertThat(open(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getAssignee)
                .containsExactlyInAnyOrder(f.code("b3sec"), f.code("b3dep"));
    }

    @Test
    void restStart_onlyCommitteeBoardOrAdmin_onceAYear_andReportPdfOnlyForTheEntitled() throws Exception {
        mvc.perform(post("/api/reviews").header("Authorization", TestLogins.basic(f.code("m1"), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\":\"" + b1.getCode() + "\",\"year\":2013}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reviews").header("Authorization", TestLogins.basic(b1sec.getCode(), "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\":\"" + b1.getCode() + "\",\"year\":2013}"))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/reviews").header("Authorization", TestLogins.basic("admin", "admin-test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\":\"" + b1.getCode() + "\",\"year\":2013}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/reviews").header("Authorization", TestLogins.basic("admin", "admin-test"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"unitCode\":\"" + t1.getCode() + "\",\"year\":2013}"))
                .andExpect(status().isBadRequest());

        String url = "/api/reviews/" + b1.getCode() + "/2013/report.pdf";
        mvc.perform(get(url).header("Authorization", TestLogins.basic(f.code("m1"), "demo"))).andExpect(status().isForbidden());
        byte[] pdf = mvc.perform(get(url).header("Authorization", TestLogins.basic(gsec.getCode(), "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        mvc.perform(get(url).header("Authorization", TestLogins.basic(b1sec.getCode(), "demo"))).andExpect(status().isOk());
    }
}
