package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tongket.identity.TestLogins;

/**
 * The analyst's path (issue 13 item 5, docs/cockpit-and-modeler.md): a changed BPMN deployed through
 * {@code /engine-rest/deployment/create} with HTTP Basic as Camunda Modeler does (same deployment name and resource
 * names, its form alongside, deploy-changed-only), running instances keep their version until migrated through the
 * REST API, and the app's own deployment at the next start neither undoes nor duplicates the change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ModelerDeploymentIT {

    static final String NAME = "member-re-ranking";
    static final String BPMN = "processes/" + NAME + ".bpmn";
    static final String FORM = "forms/member-re-ranking-re-rank-member.form";
    static final String OLD_TASK_NAME = "name=\"Chi ủy xếp loại lại đảng viên (C.III.5)\"";
    static final String NEW_TASK_NAME = "name=\"Chi ủy xếp loại lại đảng viên theo kết quả phiếu (C.III.5)\"";

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ProcessDeployer deployer;

    final HttpClient http = HttpClient.newHttpClient();
    String modelerDeploymentId;

    @AfterEach
    void removeTheAnalystsVersion() {
        if (modelerDeploymentId != null) {
            repository.deleteDeployment(modelerDeploymentId, true);
        }
    }

    @Test
    void changedDiagramDeployedLikeModeler_runningInstanceKeepsItsVersion_nextStartNeitherUndoesNorDuplicates() throws Exception {
        ProcessDefinition v1 = latest();
        ProcessInstance running = runtime.startProcessInstanceByKey("MemberReRankingProcess", "MODELER-IT:2013",
                Map.of("campaignYear", 2013, "branchCommitteeGroup", "chi-uy-MODELER-IT", "reviewReportDue", "2013-12-29T23:59:59"));
        String bpmn = Files.readString(Path.of(BPMN), StandardCharsets.UTF_8);
        assertThat(bpmn).contains(OLD_TASK_NAME);
        byte[] changed = bpmn.replace(OLD_TASK_NAME, NEW_TASK_NAME).getBytes(StandardCharsets.UTF_8);
        byte[] form = Files.readAllBytes(Path.of(FORM));

        // a plain member may not deploy
        assertThat(deploy(TestLogins.basic("DV0031", "demo"), changed, form).statusCode()).isIn(401, 403);

        HttpResponse<String> r = deploy(TestLogins.basic("admin", "admin-test"), changed, form);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        ProcessDefinition v2 = latest();
        modelerDeploymentId = v2.getDeploymentId();
        assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
        assertThat(repository.getDeploymentResourceNames(v2.getDeploymentId())).containsExactlyInAnyOrder(BPMN, FORM);
        Deployment d = repository.createDeploymentQuery().deploymentId(v2.getDeploymentId()).singleResult();
        assertThat(d.getName()).isEqualTo(NAME);
        assertThat(d.getSource()).isEqualTo("Camunda Modeler");

        // deploy-changed-only: the same files again make no new version
        assertThat(deploy(TestLogins.basic("admin", "admin-test"), changed, form).statusCode()).isEqualTo(200);
        assertThat(latest().getId()).isEqualTo(v2.getId());

        // the running instance stays on its version; a new one gets the analyst's task name and its form
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v1.getId());
        ProcessInstance fresh = runtime.startProcessInstanceByKey("MemberReRankingProcess", "MODELER-IT-2:2013",
                Map.of("campaignYear", 2013, "branchCommitteeGroup", "chi-uy-MODELER-IT", "reviewReportDue", "2013-12-29T23:59:59"));
        assertThat(tasks.createTaskQuery().processInstanceId(fresh.getId()).singleResult().getName())
                .startsWith("Chi ủy xếp loại lại đảng viên theo kết quả phiếu (C.III.5)");

        // the next start of the app: the repository's unchanged file does not undo the analyst's version
        List<String> redeployed = deployer.deployAll();
        assertThat(redeployed).doesNotContain(NAME);
        assertThat(latest().getId()).isEqualTo(v2.getId());
        // the analyst's change committed to processes/: not deployed a second time
        Map<String, byte[]> committed = new LinkedHashMap<>();
        committed.put(BPMN, changed);
        committed.put(FORM, form);
        assertThat(deployer.deploy(NAME, committed)).isFalse();
        assertThat(latest().getId()).isEqualTo(v2.getId());

        // the worked example of the docs: migrate the running instance through the REST API
        String plan = post("/engine-rest/migration/generate", "{\"sourceProcessDefinitionId\":\"" + v1.getId()
                + "\",\"targetProcessDefinitionId\":\"" + v2.getId() + "\",\"updateEventTriggers\":true}");
        assertThat(plan).contains("Task_ReRankMember");
        post("/engine-rest/migration/execute", "{\"migrationPlan\":" + plan + ",\"processInstanceIds\":[\"" + running.getId()
                + "\"],\"skipCustomListeners\":true}");
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).singleResult()
                .getProcessDefinitionId()).isEqualTo(v2.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(running.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_ReRankMember");
        runtime.deleteProcessInstance(running.getId(), "test");
        runtime.deleteProcessInstance(fresh.getId(), "test");
    }

    private ProcessDefinition latest() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("MemberReRankingProcess").latestVersion().singleResult();
    }

    private String post(String path, String json) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", TestLogins.basic("admin", "admin-test")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + " " + r.body()).isIn(200, 204);
        return r.body();
    }

    /** multipart/form-data as Camunda Modeler sends it to {@code /deployment/create}. */
    private HttpResponse<String> deploy(String authorization, byte[] bpmn, byte[] form) throws Exception {
        String boundary = "----modeler" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "deployment-name", NAME);
        field(body, boundary, "deployment-source", "Camunda Modeler");
        field(body, boundary, "deploy-changed-only", "true");
        file(body, boundary, BPMN, bpmn);
        file(body, boundary, FORM, form);
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/deployment/create"))
                .header("Authorization", authorization).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void field(ByteArrayOutputStream out, String boundary, String name, String value) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void file(ByteArrayOutputStream out, String boundary, String name, byte[] content) {
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
}
