package vn.tongket.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.calendar.CampaignCalendar;
import vn.tongket.calendar.CampaignCalendarListener;
import vn.tongket.calendar.Deadline;
import vn.tongket.organization.MemberCategory;

/**
 * Engine-only test of the real {@code processes/member-re-ranking.bpmn}: the branch committee's task, its due date,
 * and the listener handing the engine's process instance id (not a form value) to the service; the service applies
 * the real {@link LowConfidenceReRankingRule}.
 */
@Deployment(resources = "processes/member-re-ranking.bpmn")
class MemberReRankingProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    static final CampaignCalendar CAL = CampaignCalendar.of(2013);
    ProcessEngine engine;
    LowConfidenceReRanking service;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        ClockUtil.setCurrentTime(Date.from(CAL.lateFrom(Deadline.RANKING_DONE).plusDays(1).toInstant()));
        service = mock(LowConfidenceReRanking.class);
        when(service.correct(any(), any(), any(), any())).thenAnswer(inv ->
                LowConfidenceReRankingRule.checkCorrection(inv.getArgument(2), (String) inv.getArgument(3), "A (DV1)", 31, 60));
        Mocks.register("campaignCalendarListener", new CampaignCalendarListener(CampaignCalendar::of));
        Mocks.register("reRankMemberTaskListener", new ReRankMemberTaskListener(service));
        engine.getIdentityService().setAuthentication("chiuy1", java.util.List.of("chi-uy-SGD-VP"));
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        ClockUtil.reset();
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void overHalfLowAfterRanking_branchCommitteeTask_hoanThanhRefusedCitingC_III_5_thenCorrected() {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(MemberReRankingProcess.KEY, "DV1:2013:rerank:5",
                Map.of("campaignYear", 2013, "branchCommitteeGroup", "chi-uy-SGD-VP", "memberName", "A (DV1)", "voteFigures", "31/60"));
        assertThat(pi).isWaitingAt(MemberReRankingProcess.TASK_RE_RANK).task().hasCandidateGroup("chi-uy-SGD-VP")
                .hasDueDate(Date.from(CAL.due(Deadline.REVIEW_REPORT).toInstant()));

        assertThatThrownBy(() -> complete(task(), withVariables("category", MemberCategory.COMPLETED_WELL.name())))
                .hasMessageContaining("trên 50% số phiếu tín nhiệm thấp").hasMessageContaining("C.III.5");
        assertThat(pi).isWaitingAt(MemberReRankingProcess.TASK_RE_RANK);

        complete(task(), withVariables("category", "VIOLATED_OR_NOT_COMPLETED", "reRankNote", "Theo kết quả phiếu"));
        verify(service).correct(eq(pi.getId()), eq("chiuy1"), eq("VIOLATED_OR_NOT_COMPLETED"), eq("Theo kết quả phiếu"));
        assertThat(pi).isEnded().hasPassed(MemberReRankingProcess.END).variables().doesNotContainKey("category");
    }
}
