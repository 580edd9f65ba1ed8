package vn.tongket.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.Deadline;
import vn.tongket.common.DomainException;
import vn.tongket.identity.CurrentUser;
import vn.tongket.organization.CommitteeGroups;
import vn.tongket.organization.ConfidenceResultRepository;
import vn.tongket.organization.MemberCategory;
import vn.tongket.organization.MemberRankingRepository;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;

/** LeadershipEvaluationProcess on the real evaluation.bpmn, with organization data and history rows inserted. */
@SpringBootTest
class LeadershipEvaluationProcessIT {

    /** Before 2037: Camunda's ACT_HI_IDENTITYLINK.TIMESTAMP_ is a MySQL TIMESTAMP (ends 2038-01-19). */
    static final int YEAR = 2034;

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired EvaluationService service;
    @Autowired LeaderEvaluationRepository evaluations;
    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired MemberRankingRepository rankings;
    @Autowired ConfidenceResultRepository votes;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    static void retireTestUnits(@Autowired JdbcTemplate jdbc) {
        EvaluationTestData.retire(jdbc, "EVP");
    }

    private static void clock(int year, int month, int day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(year, month, day, 9, 0, 0, 0,
                EvaluationService.ZONE).toInstant()));
    }

    private ProcessInstance start(String businessKey, Map<String, Object> vars) {
        ProcessInstance pi = runtime.startProcessInstanceByKey(LeadershipEvaluationProcess.KEY, businessKey, vars);
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_GATHER_INPUTS);
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId()).messages()
                .activityId(LeadershipEvaluationProcess.TASK_GATHER_INPUTS).singleResult().getId());
        return pi;
    }

    private Task task(ProcessInstance pi) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).singleResult();
    }

    @Test
    void cadreWithLowOverHalf_stepsInOrder_otherCategoryRefused_notCompletedRecorded_contentNeverInVariables() {
        var d = new EvaluationTestData(units, members, positions, "EVP1");
        EvaluationTestData.ranking(rankings, d.standing, YEAR, MemberCategory.COMPLETED_WELL, MemberCategory.COMPLETED_WELL);
        EvaluationTestData.vote(votes, d.standing, YEAR, d.grassroots, 60, 20, 9, 31);
        clock(YEAR + 1, 1, 5);

        String key = new EvaluationTarget(d.grassroots.getCode(), d.standing.getCode()).businessKey(YEAR);
        ProcessInstance pi = start(key, Map.of("unitCode", d.grassroots.getCode(), "memberCode", d.standing.getCode(),
                "campaignYear", YEAR));
        Long id = (Long) runtime.getVariable(pi.getId(), LeadershipEvaluationProcess.EVALUATION_ID);
        LeaderEvaluation e = evaluations.findById(id).orElseThrow();
        assertThat(e.getSubjectKey()).isEqualTo(key);
        assertThat(e.getLowCount()).isEqualTo(31);
        assertThat(e.getBallotsCollected()).isEqualTo(60);
        assertThat(e.isLowOverHalf()).isTrue();
        assertThat(e.getSelfCategory()).isEqualTo(MemberCategory.COMPLETED_WELL);
        assertThat(e.getVoteConsequence()).contains("không được đánh giá hoàn thành nhiệm vụ");

        // self-assessment by the cadre, due before 20/01/N+1
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_SELF_ASSESSMENT).task().isAssignedTo(d.standing.getCode());
        assertThat(task(pi).getDueDate()).isEqualTo(Date.from(CampaignCalendar.of(YEAR).due(Deadline.EVALUATION_DONE).toInstant()));
        assertThatThrownBy(() -> tasks.complete(task(pi).getId()))
                .hasRootCauseInstanceOf(DomainException.class).hasMessageContaining("Chưa nhập tự nhận xét");
        service.writeEntry(id, EntryStep.SELF_ASSESSMENT, "Bí mật: tự đánh giá", "COMPLETED_WELL", user(d.standing.getCode()));
        tasks.complete(task(pi).getId());

        // comments of the collective (grassroots BTV), then of the branch's chi ủy
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_COLLECTIVE_COMMENTS).task()
                .hasCandidateGroup(CommitteeGroups.standingCommittee(d.grassroots.getCode()));
        service.writeEntry(id, EntryStep.COLLECTIVE_COMMENT, "Bí mật: nhận xét tập thể", null,
                user(d.secretary.getCode(), CommitteeGroups.standingCommittee(d.grassroots.getCode())));
        tasks.complete(task(pi).getId());
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_BRANCH_COMMENTS).task()
                .hasCandidateGroup(CommitteeGroups.branchCommittee(d.branch.getCode()));
        service.writeEntry(id, EntryStep.BRANCH_COMMENT, "Bí mật: nhận xét chi ủy", null,
                user(d.branchSecretary.getCode(), CommitteeGroups.branchCommittee(d.branch.getCode())));
        tasks.complete(task(pi).getId());

        // a standing member of a grassroots committee is decided by the grassroots BTV
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY).task()
                .hasCandidateGroup(CommitteeGroups.standingCommittee(d.grassroots.getCode()));
        String decideId = task(pi).getId();
        assertThatThrownBy(() -> tasks.complete(decideId, Map.of("leaderCategory", "COMPLETED_WELL")))
                .hasRootCauseInstanceOf(DomainException.class)
                .hasMessageContaining("31/60 phiếu tín nhiệm thấp")
                .hasMessageContaining("không được đánh giá hoàn thành nhiệm vụ năm đó");
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY);
        assertThat(evaluations.findById(id).orElseThrow().getCategory()).isNull();
        tasks.complete(decideId, Map.of("leaderCategory", "NOT_COMPLETED"));

        // the person is notified and acknowledges
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_ACKNOWLEDGE_RESULT).task()
                .hasCandidateUser(d.standing.getCode());
        tasks.complete(task(pi).getId());
        assertThat(pi).isEnded().hasPassedInOrder(LeadershipEvaluationProcess.TASK_GATHER_INPUTS,
                LeadershipEvaluationProcess.TASK_SELF_ASSESSMENT, LeadershipEvaluationProcess.TASK_COLLECTIVE_COMMENTS,
                LeadershipEvaluationProcess.TASK_BRANCH_COMMENTS, LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY,
                LeadershipEvaluationProcess.TASK_ACKNOWLEDGE_RESULT)
                .hasNotPassed(LeadershipEvaluationProcess.TASK_COLLECTIVE_REPORT, LeadershipEvaluationProcess.TASK_ESCALATE_LATE);

        e = evaluations.findById(id).orElseThrow();
        assertThat(e.getCategory()).isEqualTo(LeaderCategory.NOT_COMPLETED);
        assertThat(e.getStatus()).isEqualTo(EvaluationStatus.ACKNOWLEDGED);
        assertThat(e.isLate()).isFalse();

        // no content in the process history: only ids, group ids and dates (the category is confidential until
        // published: never in the history, see ConfidentialHistoryLevel)
        List<HistoricVariableInstance> vars = history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list();
        assertThat(vars).allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("Bí mật"));
        assertThat(vars).extracting(HistoricVariableInstance::getName)
                .doesNotContain("content", "lowCount", "selfAssessment", "leaderCategory");
    }

    @Test
    void cadreWithExactlyHalfLow_secretaryDecidedByBlocStandingCommittee_mayCompleteWell() {
        var d = new EvaluationTestData(units, members, positions, "EVP2");
        EvaluationTestData.vote(votes, d.secretary, YEAR, d.grassroots, 60, 20, 10, 30);
        clock(YEAR + 1, 1, 5);
        ProcessInstance pi = start(d.grassroots.getCode() + ":" + d.secretary.getCode() + ":" + YEAR,
                Map.of("unitCode", d.grassroots.getCode(), "memberCode", d.secretary.getCode(), "campaignYear", YEAR));
        Long id = (Long) runtime.getVariable(pi.getId(), LeadershipEvaluationProcess.EVALUATION_ID);
        service.writeEntry(id, EntryStep.SELF_ASSESSMENT, "x", null, user(d.secretary.getCode()));
        tasks.complete(task(pi).getId());
        service.writeEntry(id, EntryStep.COLLECTIVE_COMMENT, "x", null, user("u", CommitteeGroups.standingCommittee(d.grassroots.getCode())));
        tasks.complete(task(pi).getId());
        service.writeEntry(id, EntryStep.BRANCH_COMMENT, "x", null, user("u", CommitteeGroups.branchCommittee(d.branch.getCode())));
        tasks.complete(task(pi).getId());
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY).task()
                .hasCandidateGroup(CommitteeGroups.leadingCommittee(d.bloc));
        tasks.complete(task(pi).getId(), Map.of("leaderCategory", "COMPLETED_WELL"));
        assertThat(evaluations.findById(id).orElseThrow().getCategory()).isEqualTo(LeaderCategory.COMPLETED_WELL);
    }

    @Test
    void collective_remindersThenLateAt20JanAndReportLateAt30Jan_thenDecided() {
        var d = new EvaluationTestData(units, members, positions, "EVP3");
        clock(YEAR + 1, 1, 2);
        ProcessInstance pi = start(d.grassroots.getCode() + ":" + YEAR,
                Map.of("unitCode", d.grassroots.getCode(), "campaignYear", YEAR));
        Long id = (Long) runtime.getVariable(pi.getId(), LeadershipEvaluationProcess.EVALUATION_ID);
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_COLLECTIVE_REPORT).task()
                .hasCandidateGroup(CommitteeGroups.standingCommittee(d.grassroots.getCode()));

        CampaignCalendar cal = CampaignCalendar.of(YEAR);
        Job late = timer(pi, LeadershipEvaluationProcess.BOUNDARY_LATE);
        assertThat(late.getDuedate()).isEqualTo(Date.from(cal.lateFrom(Deadline.EVALUATION_DONE).toInstant()));
        Job reportLate = timer(pi, LeadershipEvaluationProcess.BOUNDARY_REPORT_LATE);
        assertThat(reportLate.getDuedate()).isEqualTo(Date.from(cal.lateFrom(Deadline.EVALUATION_REPORT).toInstant()));

        // a reminder 7 days before 20/01
        clock(YEAR + 1, 1, 13);
        management.executeJob(timer(pi, LeadershipEvaluationProcess.BOUNDARY_REMINDER).getId());
        assertThat(evaluations.findById(id).orElseThrow().getReminderCount()).isEqualTo(1);

        // 20/01/N+1 00:00 (Asia/Ho_Chi_Minh): late, escalated, still waiting for the collective
        ClockUtil.setCurrentTime(Date.from(cal.lateFrom(Deadline.EVALUATION_DONE).toInstant()));
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().executable().list())
                .extracting(Job::getId).contains(late.getId()).doesNotContain(reportLate.getId());
        management.executeJob(late.getId());
        assertThat(evaluations.findById(id).orElseThrow().isLate()).isTrue();
        assertThat(pi).hasPassed(LeadershipEvaluationProcess.TASK_ESCALATE_LATE)
                .isWaitingAt(LeadershipEvaluationProcess.TASK_COLLECTIVE_REPORT);

        // 30/01/N+1: missing from the report to the BTV
        ClockUtil.setCurrentTime(Date.from(cal.lateFrom(Deadline.EVALUATION_REPORT).toInstant()));
        management.executeJob(reportLate.getId());
        assertThat(evaluations.findById(id).orElseThrow().isReportLate()).isTrue();

        service.writeEntry(id, EntryStep.COLLECTIVE_REPORT, "Báo cáo tập thể", "EXCELLENT",
                user("u", CommitteeGroups.standingCommittee(d.grassroots.getCode())));
        tasks.complete(task(pi).getId());
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_DECIDE_CATEGORY).task()
                .hasCandidateGroup(CommitteeGroups.leadingCommittee(d.bloc));
        tasks.complete(task(pi).getId(), Map.of("leaderCategory", "EXCELLENT"));
        assertThat(pi).isWaitingAt(LeadershipEvaluationProcess.TASK_ACKNOWLEDGE_RESULT).task()
                .hasCandidateUser(d.secretary.getCode()).hasCandidateUser(d.standing.getCode());
        // leaving the sub-process removes the remaining timers
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).timers().count()).isZero();
        tasks.complete(task(pi).getId());
        assertThat(pi).isEnded();
        assertThat(evaluations.findById(id).orElseThrow().getCategory()).isEqualTo(LeaderCategory.EXCELLENT);
    }

    @Test
    void memberWithoutEvaluatedPost_gatheringRefused() {
        var d = new EvaluationTestData(units, members, positions, "EVP4");
        ProcessInstance pi = runtime.startProcessInstanceByKey(LeadershipEvaluationProcess.KEY,
                Map.of("unitCode", d.grassroots.getCode(), "memberCode", d.plain.getCode(), "campaignYear", YEAR));
        String job = management.createJobQuery().processInstanceId(pi.getId()).singleResult().getId();
        assertThatThrownBy(() -> management.executeJob(job))
                .hasMessageContaining("không giữ chức vụ thuộc diện đánh giá");
    }

    @Test
    void targets_collectivesFirstThenCadresOfEvaluatedPosts() {
        var d = new EvaluationTestData(units, members, positions, "EVP5");
        List<EvaluationTarget> targets = service.targets(d.grassroots.getCode());
        assertThat(targets).containsExactly(
                new EvaluationTarget(d.grassroots.getCode(), null),
                new EvaluationTarget(d.grassroots.getCode(), d.secretary.getCode()),
                new EvaluationTarget(d.grassroots.getCode(), d.standing.getCode()));
        assertThat(Set.of(targets.get(0).businessKey(YEAR), targets.get(1).businessKey(YEAR)))
                .contains(d.grassroots.getCode() + ":" + YEAR, d.grassroots.getCode() + ":" + d.secretary.getCode() + ":" + YEAR);
    }

    static CurrentUser user(String id, String... groups) {
        return new CurrentUser(id, List.of(groups));
    }
}
