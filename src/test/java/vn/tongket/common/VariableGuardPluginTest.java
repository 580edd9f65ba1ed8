package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The engine-level guard of {@link VariablePolicy} (camunda.cfg.xml registers {@link VariableGuardPlugin}), on a
 * two-task process whose tasks are routed like ours: assignee and candidate group from engine-written variables.
 */
class VariableGuardPluginTest {

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder().build();

    ProcessEngine engine;
    String deployment;

    /** A listener of our own code writing a routing variable while a user completes the task. */
    public static class RoutingListener implements TaskListener {
        @Override
        public void notify(DelegateTask task) {
            task.setVariable("decidingGroup", "btv-G");
        }
    }

    @BeforeEach
    void deploy() {
        engine = extension.getProcessEngine();
        BpmnModelInstance model = Bpmn.createExecutableProcess("GuardProcess").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Own").camundaAssignee("${memberCode}")
                    .camundaTaskListenerClass(TaskListener.EVENTNAME_COMPLETE, RoutingListener.class.getName())
                .userTask("Task_Decide").name("Quyết định").camundaCandidateGroups("${decidingGroup}")
                .endEvent().done();
        deployment = engine.getRepositoryService().createDeployment().addModelInstance("guard.bpmn", model).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        engine.getIdentityService().clearAuthentication();
        engine.getRepositoryService().deleteDeployment(deployment, true);
    }

    private ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey("GuardProcess",
                Map.of("memberCode", "m1", "decidingGroup", "btv-DUK", "unitCode", "G"));
    }

    private Task task(ProcessInstance pi) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private void as(String user, String... groups) {
        engine.getIdentityService().setAuthentication(user, List.of(groups));
    }

    @Test
    void routingVariable_changedByAuthenticatedTaskHolder_refusedOnEveryCommand_nothingWritten() {
        ProcessInstance pi = start();
        String t = task(pi).getId();
        var tasks = engine.getTaskService();
        as("m1");
        String message = "Biến quy trình \"decidingGroup\" do hệ thống ghi (phân công công việc, xác định hồ sơ): "
                + "người xử lý công việc không được thay đổi hay xóa";
        assertThatThrownBy(() -> tasks.setVariable(t, "decidingGroup", "btv-G")).hasMessage(message);
        assertThatThrownBy(() -> tasks.setVariableLocal(t, "decidingGroup", "btv-G")).hasMessage(message);
        assertThatThrownBy(() -> tasks.setVariables(t, Map.of("note", "x", "decidingGroup", "btv-G")))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> tasks.removeVariable(t, "decidingGroup")).hasMessage(message);
        assertThatThrownBy(() -> tasks.complete(t, Map.of("decidingGroup", "btv-G"))).hasMessage(message);
        assertThatThrownBy(() -> engine.getFormService().submitTaskForm(t, Map.of("unitCode", "X")))
                .hasMessageContaining("\"unitCode\"");
        assertThatThrownBy(() -> engine.getRuntimeService().setVariable(pi.getId(), "memberCode", "m2"))
                .hasMessageContaining("\"memberCode\"");
        engine.getIdentityService().clearAuthentication();
        assertThat(engine.getRuntimeService().getVariables(pi.getId()))
                .containsEntry("decidingGroup", "btv-DUK").containsEntry("unitCode", "G").doesNotContainKey("note");
        assertThat(task(pi).getId()).isEqualTo(t);
    }

    @Test
    void sameValueEchoedByAForm_andOtherFields_allowed_ourListenerMayWriteRouting() {
        ProcessInstance pi = start();
        as("m1");
        engine.getTaskService().setVariable(task(pi).getId(), "note", "ghi chú");
        engine.getTaskService().complete(task(pi).getId(), Map.of("unitCode", "G", "entryWritten", true));
        engine.getIdentityService().clearAuthentication();
        // our listener changed the routing while the user completed: the next task goes to its group
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
                .taskCandidateGroup("btv-G").count()).isEqualTo(1);
    }

    @Test
    void engineOwnCode_withoutAuthenticatedUser_mayWriteRouting() {
        ProcessInstance pi = start();
        engine.getTaskService().setVariable(task(pi).getId(), "decidingGroup", "btv-X");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "decidingGroup")).isEqualTo("btv-X");
    }

    @Test
    void completerNotNamedByTheBpmn_refusedEvenWithAnAddedCandidateLink() {
        ProcessInstance pi = start();
        engine.getTaskService().complete(task(pi).getId());
        Task decide = task(pi);
        engine.getTaskService().addCandidateUser(decide.getId(), "intruder");
        as("intruder", "chi-bo-B");
        assertThatThrownBy(() -> engine.getTaskService().complete(decide.getId()))
                .hasRootCauseInstanceOf(AccessRefusedException.class)
                .hasRootCauseMessage("Đồng chí không phải người được giao công việc \"Quyết định\" (theo mô hình tổ chức): không được hoàn thành");
        as("member", "btv-G");
        engine.getTaskService().complete(decide.getId());
        assertThat(pi).extracting(p -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(p.getId()).count()).isEqualTo(0L);
    }

    @Test
    void confidentialVariables_neverInHistory_formFieldsNotRepeatedInDetails() {
        ProcessInstance pi = start();
        as("m1");
        engine.getFormService().submitTaskForm(task(pi).getId(), Map.of("entryWritten", true,
                "srPoliticalIdeology", "Bí mật: tự kiểm điểm", "leaderCategory", "NOT_COMPLETED", "itemConclusion", "Bí mật"));
        engine.getIdentityService().clearAuthentication();
        var history = engine.getHistoryService();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(pi.getId()).list())
                .extracting(HistoricVariableInstance::getName)
                .contains("entryWritten", "decidingGroup")
                .doesNotContain("srPoliticalIdeology", "leaderCategory", "itemConclusion");
        List<HistoricDetail> details = history.createHistoricDetailQuery().processInstanceId(pi.getId()).list();
        assertThat(details).filteredOn(d -> d instanceof org.camunda.bpm.engine.history.HistoricVariableUpdate)
                .extracting(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())
                .contains("entryWritten").doesNotContain("srPoliticalIdeology", "leaderCategory", "itemConclusion");
        assertThat(history.createHistoricDetailQuery().processInstanceId(pi.getId()).formFields().count()).isZero();
        // the runtime still holds them for the listeners of this process (ours remove what they stored)
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "leaderCategory")).isEqualTo("NOT_COMPLETED");
    }
}
