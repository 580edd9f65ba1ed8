package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.tongket.organization.UnknownReferenceException;

/**
 * Real engine (camunda.cfg.xml with {@link ActionableIncidentsPlugin}): an async service task whose delegate
 * fails on a unit missing from the organization model becomes an incident at once (retries 0 after the first
 * attempt) whose message — what Cockpit shows — is the Vietnamese sentence; a technical failure is retried by the
 * R3/PT5M policy with a Vietnamese message and becomes an incident only after the third attempt.
 */
class ActionableIncidentsTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    String deploymentId;

    @BeforeEach
    void setUp() {
        engine = extension.getProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("IncidentProbe").camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("Task_LookUpUnit").name("Tra cứu đơn vị").camundaAsyncBefore()
                .camundaDelegateExpression("${probeDelegate}")
                .endEvent().done();
        deploymentId = engine.getRepositoryService().createDeployment()
                .addModelInstance("incident-probe.bpmn", model).deploy().getId();
    }

    @AfterEach
    void tearDown() {
        Mocks.reset();
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    @Test
    void aUnitMissingFromTheModelIsAnIncidentAtOnceWithAVietnameseSentence() {
        Mocks.register("probeDelegate", (JavaDelegate) execution -> {
            throw new UnknownReferenceException("unitCode",
                    "Đơn vị «CB-XYZ» không có trong mô hình tổ chức: thêm đơn vị này hoặc sửa mã đơn vị của quy trình");
        });
        String pi = engine.getRuntimeService().startProcessInstanceByKey("IncidentProbe").getId();
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(pi).singleResult();

        executeFailing(job.getId());

        Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(failed.getRetries()).isZero();
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getActivityId()).isEqualTo("Task_LookUpUnit");
        assertThat(incident.getIncidentMessage())
                .startsWith("Đơn vị «CB-XYZ» không có trong mô hình tổ chức")
                .contains("Đây là lỗi dữ liệu")
                .contains("«Retry» (Thử lại)")
                .doesNotContain("Exception");
        assertThat(management.getJobExceptionStacktrace(job.getId())).contains("UnknownReferenceException");
    }

    @Test
    void aTechnicalFailureIsRetriedThreeTimesFiveMinutesApartThenAnIncident() {
        Mocks.register("probeDelegate", (JavaDelegate) execution -> {
            throw new IllegalStateException("connection reset");
        });
        String pi = engine.getRuntimeService().startProcessInstanceByKey("IncidentProbe").getId();
        ManagementService management = engine.getManagementService();
        String jobId = management.createJobQuery().processInstanceId(pi).singleResult().getId();

        long before = System.currentTimeMillis();
        executeFailing(jobId);
        Job afterFirst = management.createJobQuery().jobId(jobId).singleResult();
        assertThat(afterFirst.getRetries()).isEqualTo(2);
        assertThat(afterFirst.getDuedate().getTime() - before).isBetween(4 * 60_000L, 6 * 60_000L);
        assertThat(afterFirst.getExceptionMessage()).startsWith("Lỗi kỹ thuật khi chạy bước tự động")
                .contains("connection reset");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).count()).isZero();

        executeFailing(jobId);
        executeFailing(jobId);

        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isZero();
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).singleResult();
        assertThat(incident.getIncidentMessage()).startsWith("Lỗi kỹ thuật khi chạy bước tự động (IllegalStateException")
                .contains("báo quản trị hệ thống");
    }

    @Test
    void aConcurrentUpdateIsRetriedAtOnceWithoutCounting() {
        Mocks.register("probeDelegate", (JavaDelegate) execution -> {
            throw new org.camunda.bpm.engine.OptimisticLockingException("row updated by another transaction");
        });
        String pi = engine.getRuntimeService().startProcessInstanceByKey("IncidentProbe").getId();
        ManagementService management = engine.getManagementService();
        Job job = management.createJobQuery().processInstanceId(pi).singleResult();

        executeFailing(job.getId());

        Job after = management.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(3);
        assertThat(after.getDuedate()).isEqualTo(job.getDuedate());
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi).count()).isZero();
    }

    private void executeFailing(String jobId) {
        try {
            engine.getManagementService().executeJob(jobId);
        } catch (RuntimeException expected) {
            // the job failed; the failed-job command has run
        }
    }
}
