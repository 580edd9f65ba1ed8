package vn.tongket.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
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
import vn.tongket.identity.IdentitySyncService;
import vn.tongket.identity.TestLogins;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;
import vn.tongket.review.ReviewProcess;

/** A task list that reads naturally: filters and who reads them, names in Vietnamese order, the body in every task's name. */
@SpringBootTest
class TasklistIT {

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired IdentitySyncService identity;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired FilterService filterService;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired WebApplicationContext web;
    @Autowired PlatformTransactionManager transactions;

    OrgFixture f;
    OrgUnit g;
    OrgUnit b1;
    PartyMember secretary;
    PartyMember deputy;
    PartyMember ordinary;

    @BeforeEach
    void model() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-02T08:00:00+07:00").toInstant()));
        f = new OrgFixture(units, members, positions, "TL" + UUID.randomUUID().toString().substring(0, 6));
        g = f.unit("G", "Đảng bộ Sở Xây dựng", UnitKind.GRASSROOTS_COMMITTEE, null, true);
        b1 = f.unit("B1", "Chi bộ Văn phòng Sở Xây dựng", UnitKind.BRANCH, g, false);
        secretary = f.member("sec", "Lại Đình Trung", b1);
        f.position(secretary, g, PositionRole.SECRETARY);
        f.position(secretary, g, PositionRole.AGENCY_HEAD, "Giám đốc Sở");
        deputy = f.member("dep", "Phạm Minh Tuấn", b1);
        f.position(deputy, g, PositionRole.DEPUTY_SECRETARY);
        PartyMember b1sec = f.member("b1sec", "Ngô Văn Thư", b1);
        f.position(b1sec, b1, PositionRole.SECRETARY);
        ordinary = f.member("m1", "Nguyễn Thị Hồng Nhung", b1);
        new TransactionTemplate(transactions).executeWithoutResult(tx -> identity.sync());
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
        identityService.clearAuthentication();
    }

    @Test
    void fullNames_readInVietnameseOrder_asCamundaJoinsThem() {
        User user = identityService.createUserQuery().userId(secretary.getCode()).singleResult();
        assertThat(user.getFirstName() + " " + user.getLastName()).isEqualTo("Lại Đình Trung");
        User nhung = identityService.createUserQuery().userId(ordinary.getCode()).singleResult();
        assertThat(nhung.getFirstName() + " " + nhung.getLastName()).isEqualTo("Nguyễn Thị Hồng Nhung");
    }

    @Test
    void fourFilters_replaceTheAllTasksFilter_eachMemberReadsThePersonalOnes_onlyBodiesReadTheBodyOne() {
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.LEGACY_ALL_TASKS).count()).isZero();
        for (String name : List.of(TasklistFilters.MINE, TasklistFilters.MY_BODIES, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE)) {
            assertThat(filterService.createFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
        }
        assertThat(filterNamesReadBy(ordinary))
                .containsExactlyInAnyOrder(TasklistFilters.MINE, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
        assertThat(filterNamesReadBy(secretary)).containsExactlyInAnyOrder(TasklistFilters.MINE,
                TasklistFilters.MY_BODIES, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
        // no blanket READ on every filter any more
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.FILTER)
                .resourceId(Authorization.ANY).groupIdIn("dang-vien").count()).isZero();
        // a second sync keeps one of each
        new TransactionTemplate(transactions).executeWithoutResult(tx -> identity.sync());
        assertThat(filterService.createFilterQuery().filterName(TasklistFilters.MINE).count()).isEqualTo(1);
    }

    private List<String> filterNamesReadBy(PartyMember m) {
        List<String> groups = identityService.createGroupQuery().groupMember(m.getCode()).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identityService.setAuthentication(m.getCode(), groups);
        try {
            return filterService.createTaskFilterQuery().list().stream().map(Filter::getName)
                    .filter(n -> n.startsWith("Việc") || n.startsWith("Sắp") || n.startsWith("Quá")).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance startReview(OrgUnit unit) throws Exception {
        MockMvc mvc = TestLogins.mockMvc(web);
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

    @Test
    void everyTaskName_saysTheBodyAndUnitItIsFor_andTheFiltersShowItToTheRightPeople() throws Exception {
        ProcessInstance pi = startReview(g);
        Task draft = open(pi, ReviewProcess.TASK_DRAFT_REPORT).get(0);
        assertThat(draft.getName()).isEqualTo("Chuẩn bị báo cáo kiểm điểm tập thể — Ban Thường vụ Đảng bộ Sở Xây dựng");

        Filter bodies = filterService.createFilterQuery().filterName(TasklistFilters.MY_BODIES).singleResult();
        Filter mine = filterService.createFilterQuery().filterName(TasklistFilters.MINE).singleResult();
        assertThat(tasksOf(bodies, secretary)).contains(draft.getId());
        assertThat(tasksOf(mine, secretary)).doesNotContain(draft.getId());
        assertThat(tasksOf(mine, ordinary)).isEmpty();

        // due-date filters follow the engine clock: 3 days before the due date, then one hour after it
        Filter dueSoon = filterService.createFilterQuery().filterName(TasklistFilters.DUE_SOON).singleResult();
        Filter overdue = filterService.createFilterQuery().filterName(TasklistFilters.OVERDUE).singleResult();
        assertThat(draft.getDueDate()).isNotNull();
        ClockUtil.setCurrentTime(new Date(draft.getDueDate().getTime() - 3L * 24 * 3600 * 1000));
        assertThat(tasksOf(dueSoon, secretary)).contains(draft.getId());
        assertThat(tasksOf(overdue, secretary)).doesNotContain(draft.getId());
        assertThat(tasksOf(dueSoon, ordinary)).doesNotContain(draft.getId());
        ClockUtil.setCurrentTime(new Date(draft.getDueDate().getTime() + 3600L * 1000));
        assertThat(tasksOf(overdue, secretary)).contains(draft.getId());
        assertThat(tasksOf(dueSoon, secretary)).doesNotContain(draft.getId());
    }

    private List<String> tasksOf(Filter filter, PartyMember m) {
        List<String> groups = identityService.createGroupQuery().groupMember(m.getCode()).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identityService.setAuthentication(m.getCode(), groups);
        try {
            return filterService.<Task>list(filter.getId()).stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private ProcessInstance reviewUpToTheSelfReviews() throws Exception {
        ProcessInstance pi = startReview(g);
        tasks.complete(open(pi, ReviewProcess.TASK_DRAFT_REPORT).get(0).getId(), Map.of("collectiveReportDraft", "Dự thảo"));
        tasks.complete(open(pi, ReviewProcess.TASK_SCHEDULE_MEETING).get(0).getId(), Map.of("meetingAt", "2013-12-05T08:00:00+07:00"));
        tasks.complete(open(pi, ReviewProcess.TASK_COLLECTIVE_MEETING).get(0).getId(), Map.of("collectiveConclusion", "Đoàn kết",
                "collectiveReportFinal", "Báo cáo", "collectiveViolationSigns", false, "headReviewChair", deputy.getCode()));
        executeAsyncJobs(pi);
        return pi;
    }

    private static final Map<String, Object> SELF_REVIEW = Map.of("srPoliticalIdeology", "Kiên định", "srEthicsLifestyle",
            "Giản dị", "srDuties", "Hoàn thành", "srDiscipline", "Chấp hành", "srLeaderPoints", "Lãnh đạo tốt",
            "selfCategory", "EXCELLENT");

    @Test
    void waitingSelfReviewTask_completedByAnAdministrator_stillLeavesOneSelfReviewForBothPlaces() throws Exception {
        ProcessInstance pi = reviewUpToTheSelfReviews();
        Task waiting = open(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW).stream()
                .filter(t -> secretary.getCode().equals(tasks.getVariableLocal(t.getId(), "selfReviewAwaitedFor")))
                .findFirst().orElseThrow();
        assertThat(waiting.getAssignee()).isNull();
        tasks.complete(waiting.getId(), SELF_REVIEW);
        executeAsyncJobs(pi);
        assertThat(open(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getAssignee)
                .doesNotContain(secretary.getCode());
    }

    @Test
    void memberReviewedInTwoPlaces_getsOneSelfReviewTask_writtenOnceAndReused() throws Exception {
        ProcessInstance pi = reviewUpToTheSelfReviews();

        // the secretary is reviewed at the committee and in the agency leadership: two places, one task to write
        List<Task> selfReviews = open(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW).stream()
                .filter(t -> secretary.getCode().equals(t.getAssignee())
                        || secretary.getCode().equals(tasks.getVariableLocal(t.getId(), "selfReviewAwaitedFor")))
                .toList();
        assertThat(selfReviews).hasSize(2);
        List<Task> given = selfReviews.stream().filter(t -> secretary.getCode().equals(t.getAssignee())).toList();
        assertThat(given).as("only one self-review task is given to the member").hasSize(1);
        assertThat(given.get(0).getName()).startsWith("Viết bản kiểm điểm cá nhân, tự xếp loại — ")
                .contains("Ban Chấp hành Đảng bộ Sở Xây dựng").contains("dùng chung cho cả");
        Filter mine = filterService.createFilterQuery().filterName(TasklistFilters.MINE).singleResult();
        assertThat(tasksOf(mine, secretary)).filteredOn(id -> selfReviews.stream().anyMatch(t -> t.getId().equals(id)))
                .containsExactly(given.get(0).getId());

        tasks.complete(given.get(0).getId(), SELF_REVIEW);
        executeAsyncJobs(pi);
        assertThat(open(pi, ReviewProcess.TASK_WRITE_SELF_REVIEW)).extracting(Task::getId)
                .as("the waiting one is completed with the written self-review").doesNotContainAnyElementsOf(
                        selfReviews.stream().map(Task::getId).toList());
        assertThat(open(pi, ReviewProcess.TASK_PERSON_MEETING)).extracting(t -> tasks.getVariable(t.getId(), "srPoliticalIdeology"))
                .as("each place meets on the same self-review").contains("Kiên định", "Kiên định");
    }
}
