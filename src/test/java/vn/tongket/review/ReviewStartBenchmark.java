package vn.tongket.review;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.tongket.organization.OrgFixture;
import vn.tongket.organization.OrgUnit;
import vn.tongket.organization.OrgUnitRepository;
import vn.tongket.organization.PartyMember;
import vn.tongket.organization.PartyMemberRepository;
import vn.tongket.organization.PositionRepository;
import vn.tongket.organization.PositionRole;
import vn.tongket.organization.UnitKind;

/**
 * Measures starting the review of every reviewing body of a bloc of ~150 members (not a regular test: excluded
 * by name). Run: {@code mvn -o test -Dtest=ReviewStartBenchmark} (the test profile: H2 in memory, job executor off).
 * Builds its own bloc-like tree (5 grassroots committees with BTV, 3 branches each, 10 members per branch, one
 * branch with 2 cells) under a unique prefix, starts one review per unit, concludes the collective reviews, runs
 * the async jobs that create the first phase's tasks, and prints the figures.
 */
@SpringBootTest
class ReviewStartBenchmark {

    @Autowired OrgUnitRepository units;
    @Autowired PartyMemberRepository members;
    @Autowired PositionRepository positions;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    @Test
    void startReviewsOfAllUnitsOfABlocOf150Members() {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2013-12-02T08:00:00+07:00").toInstant()));
        String prefix = "BM" + UUID.randomUUID().toString().substring(0, 5);
        OrgFixture f = new OrgFixture(units, members, positions, prefix);
        List<OrgUnit> reviewing = new ArrayList<>();
        int memberCount = 0;
        for (int g = 1; g <= 5; g++) {
            OrgUnit gc = f.unit("G" + g, "Đảng bộ cơ sở " + g, UnitKind.GRASSROOTS_COMMITTEE, null, true);
            reviewing.add(gc);
            for (int b = 1; b <= 3; b++) {
                OrgUnit branch = f.unit("G" + g + "B" + b, "Chi bộ " + g + "." + b, UnitKind.BRANCH, gc, false);
                reviewing.add(branch);
                OrgUnit cell1 = g == 1 && b == 1 ? f.unit("G1B1T1", "Tổ 1", UnitKind.CELL, branch, false) : null;
                OrgUnit cell2 = g == 1 && b == 1 ? f.unit("G1B1T2", "Tổ 2", UnitKind.CELL, branch, false) : null;
                for (int m = 1; m <= 10; m++) {
                    OrgUnit cell = cell1 == null ? null : (m % 2 == 0 ? cell1 : cell2);
                    PartyMember pm = f.member("G" + g + "B" + b + "M" + m, "Đảng viên " + g + "." + b + "." + m, branch, cell);
                    memberCount++;
                    if (m == 1) {
                        f.position(pm, branch, PositionRole.SECRETARY);
                    } else if (m == 2) {
                        f.position(pm, branch, PositionRole.DEPUTY_SECRETARY);
                    } else if (m == 3) {
                        f.position(pm, branch, PositionRole.COMMITTEE_MEMBER);
                    }
                    if (b == 1 && m == 1) {
                        f.position(pm, gc, PositionRole.SECRETARY);
                        f.position(pm, gc, PositionRole.AGENCY_HEAD);
                    } else if (b == 2 && m == 1) {
                        f.position(pm, gc, PositionRole.DEPUTY_SECRETARY);
                        f.position(pm, gc, PositionRole.AGENCY_DEPUTY);
                    }
                }
            }
        }
        List<String> instances = new ArrayList<>();
        long t0 = System.nanoTime();
        long firstMs = 0;
        for (OrgUnit u : reviewing) {
            instances.add(runtime.createProcessInstanceByKey(ReviewProcess.KEY)
                    .businessKey(ReviewProcess.businessKey(u.getCode(), 2013))
                    .setVariables(Map.of("unitCode", u.getCode(), "campaignYear", 2013)).execute().getId());
            if (instances.size() == 1) {
                firstMs = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        long startMs = (System.nanoTime() - t0) / 1_000_000;
        String[] ids = instances.toArray(String[]::new);
        long tasksAfterStart = tasks.createTaskQuery().processInstanceIdIn(ids).count();

        // collective reviews: draft, meeting 3 days later, conclusion (3 task completions per unit)
        long t1 = System.nanoTime();
        for (Task t : tasks.createTaskQuery().processInstanceIdIn(ids).taskDefinitionKey(ReviewProcess.TASK_DRAFT_REPORT).list()) {
            tasks.complete(t.getId(), Map.of("collectiveReportDraft", "Dự thảo"));
        }
        for (Task t : tasks.createTaskQuery().processInstanceIdIn(ids).taskDefinitionKey(ReviewProcess.TASK_SCHEDULE_MEETING).list()) {
            tasks.complete(t.getId(), Map.of("meetingAt", "2013-12-06T08:00:00+07:00"));
        }
        for (Task t : tasks.createTaskQuery().processInstanceIdIn(ids).taskDefinitionKey(ReviewProcess.TASK_COLLECTIVE_MEETING).list()) {
            tasks.complete(t.getId(), Map.of("collectiveConclusion", "Kết luận", "collectiveReportFinal", "Báo cáo",
                    "collectiveViolationSigns", false));
        }
        long collectiveMs = (System.nanoTime() - t1) / 1_000_000;

        // then the async jobs create the first phase (heads and deputies) one person per transaction
        long t2 = System.nanoTime();
        int jobsRun = runJobs(instances);
        long jobsMs = (System.nanoTime() - t2) / 1_000_000;
        long tasksAfterJobs = tasks.createTaskQuery().processInstanceIdIn(ids).count();
        System.out.printf("%n=== ReviewStartBenchmark ===%nunits reviewed: %d, members: %d%n"
                        + "start of %d reviews (planning from the model included): %d ms (first %d ms, then %.1f ms per review), open tasks: %d%n"
                        + "collective reviews of %d units (3 completions each): %d ms%n"
                        + "async jobs creating the first phase: %d jobs in %d ms (%.1f ms per job), open tasks now: %d%n%n",
                reviewing.size(), memberCount, instances.size(), startMs, firstMs,
                (double) (startMs - firstMs) / Math.max(1, instances.size() - 1), tasksAfterStart,
                instances.size(), collectiveMs, jobsRun, jobsMs, (double) jobsMs / Math.max(1, jobsRun), tasksAfterJobs);
    }

    private int runJobs(List<String> instances) {
        int jobsRun = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> jobs = management.createJobQuery().messages().list().stream()
                    .filter(j -> instances.contains(j.getProcessInstanceId())).toList();
            if (jobs.isEmpty()) {
                break;
            }
            for (Job j : jobs) {
                management.executeJob(j.getId());
                jobsRun++;
            }
        }
        return jobsRun;
    }
}
