package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** processes/ and forms/ are deployed with stable names, once, and every user task finds its form. */
@SpringBootTest
class ProcessDeploymentIT {

    private static final Pattern FORM_ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9_]+)\"");

    @Autowired
    ProcessDeployer deployer;
    @Autowired
    RepositoryService repositoryService;

    @Test
    void eachProcessFile_isOneDeploymentWithItsForms_underStableResourceNames() throws IOException {
        List<String> processes = files("processes", ".bpmn");
        assertThat(processes).isNotEmpty();
        for (String process : processes) {
            Deployment d = repositoryService.createDeploymentQuery().deploymentName(process)
                    .orderByDeploymentTime().desc().list().get(0);
            Set<String> names = new HashSet<>(repositoryService.getDeploymentResourceNames(d.getId()));
            assertThat(names).contains("processes/" + process + ".bpmn");
            for (String form : files("forms", ".form")) {
                if (form.startsWith(process + "-") && processes.stream().noneMatch(
                        p -> p.length() > process.length() && p.startsWith(process) && form.startsWith(p + "-"))) {
                    assertThat(names).as("deployment %s", process).contains("forms/" + form + ".form");
                }
            }
        }
    }

    @Test
    void deployingAgain_deploysNothing() throws IOException {
        long before = repositoryService.createDeploymentQuery().count();
        assertThat(deployer.deployAll()).isEmpty();
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void everyUserTask_hasAFormOfItsDeployment_andEveryProcessAHistoryTimeToLive() {
        for (ProcessDefinition pd : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
            Deployment d = repositoryService.createDeploymentQuery().deploymentId(pd.getDeploymentId()).singleResult();
            if (!"tongket".equals(d.getSource())) {
                continue;
            }
            assertThat(pd.getHistoryTimeToLive()).as(pd.getKey()).isNotNull();
            Set<String> formIds = new HashSet<>();
            for (Resource r : repositoryService.getDeploymentResources(d.getId())) {
                if (r.getName().endsWith(".form")) {
                    Matcher m = FORM_ID.matcher(new String(r.getBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        formIds.add(m.group(1));
                    }
                }
            }
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(pd.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as("%s/%s has a Camunda Form", pd.getKey(), task.getId()).isNotBlank();
                assertThat(task.getCamundaFormRefBinding()).as("%s/%s", pd.getKey(), task.getId()).isEqualTo("deployment");
                assertThat(formIds).as("%s/%s form %s", pd.getKey(), task.getId(), task.getCamundaFormRef())
                        .contains(task.getCamundaFormRef());
            }
        }
    }

    @Test
    void noYearIsWrittenInAnyDiagram() throws IOException {
        // an ISO date or a four-digit year in a timer, due date or name would tie the diagram to one campaign
        Pattern year = Pattern.compile("\\b(19|20)\\d\\d-[01]\\d-[0-3]\\d|\\b(năm|nam) (19|20)\\d\\d\\b");
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                assertThat(year.matcher(Files.readString(p)).find()).as(p.toString()).isFalse();
            }
        }
    }

    private static List<String> files(String dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix))
                    .map(n -> n.substring(0, n.length() - suffix.length())).sorted().toList();
        }
    }
}
