package vn.tongket.common;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/*.bpmn} with their forms under stable resource names ({@code processes/review.bpmn},
 * {@code forms/review-collective-report.form}), the same from {@code mvn spring-boot:run} and from the jar.
 * One deployment per process, named after the file, holds the process and the forms whose file name starts
 * with it ({@code <process>-<task>.form}), so {@code formRefBinding="deployment"} keeps them together.
 * Duplicate filtering deploys again only the processes whose BPMN or forms changed.
 */
@Component
public class ProcessDeployer {

    private static final Logger log = LoggerFactory.getLogger(ProcessDeployer.class);

    private final RepositoryService repositoryService;

    public ProcessDeployer(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** Returns the names of the deployments that were new (changed). */
    public List<String> deployAll() throws IOException {
        var resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> processes = byName(resolver.getResources("classpath*:processes/*.bpmn"), ".bpmn");
        Map<String, Resource> forms = byName(resolver.getResources("classpath*:forms/*.form"), ".form");
        // longest process name first, so "confidence-vote-x" goes to "confidence-vote", not to "confidence"
        List<String> names = new ArrayList<>(processes.keySet());
        names.sort(Comparator.comparingInt(String::length).reversed());
        Map<String, List<String>> formsOf = new LinkedHashMap<>();
        for (String form : forms.keySet()) {
            String owner = names.stream().filter(p -> form.startsWith(p + "-")).findFirst().orElse(null);
            if (owner == null) {
                log.warn("Form forms/{}.form matches no process file name prefix and is not deployed", form);
                continue;
            }
            formsOf.computeIfAbsent(owner, k -> new ArrayList<>()).add(form);
        }
        List<String> deployed = new ArrayList<>();
        for (String process : processes.keySet().stream().sorted().toList()) {
            Map<String, byte[]> resources = new LinkedHashMap<>();
            resources.put("processes/" + process + ".bpmn", bytes(processes.get(process)));
            for (String form : formsOf.getOrDefault(process, List.of())) {
                resources.put("forms/" + form + ".form", bytes(forms.get(form)));
            }
            if (deploy(process, resources)) {
                deployed.add(process);
            }
        }
        log.info("Processes checked: {}; newly deployed: {}", processes.keySet(), deployed);
        return deployed;
    }

    /**
     * Deploys one process with its forms as deployment {@code name}, unless nothing changed. Two checks: Camunda's
     * duplicate filter against our own latest deployment (source {@code tongket}), and — so that an analyst's change
     * deployed from Modeler or {@code /engine-rest/deployment/create} and then committed to {@code processes/} is not
     * deployed a second time — the latest deployment of that name from any source holding exactly these resources.
     * Returns whether a new deployment was made.
     */
    boolean deploy(String name, Map<String, byte[]> resources) {
        List<org.camunda.bpm.engine.repository.Deployment> latest = repositoryService.createDeploymentQuery()
                .deploymentName(name).orderByDeploymentTime().desc().listPage(0, 1);
        if (!latest.isEmpty() && sameResources(latest.get(0).getId(), resources)) {
            return false;
        }
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(name)
                .source("tongket")
                .enableDuplicateFiltering(false);
        resources.forEach((resource, content) -> builder.addInputStream(resource, new ByteArrayInputStream(content)));
        long before = repositoryService.createDeploymentQuery().deploymentName(name).count();
        builder.deploy();
        return repositoryService.createDeploymentQuery().deploymentName(name).count() > before;
    }

    private boolean sameResources(String deploymentId, Map<String, byte[]> resources) {
        List<org.camunda.bpm.engine.repository.Resource> deployedResources = repositoryService.getDeploymentResources(deploymentId);
        if (deployedResources.size() != resources.size()) {
            return false;
        }
        for (org.camunda.bpm.engine.repository.Resource r : deployedResources) {
            byte[] ours = resources.get(r.getName());
            if (ours == null || !java.util.Arrays.equals(ours, r.getBytes())) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static Map<String, Resource> byName(Resource[] resources, String suffix) {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Resource r : resources) {
            String file = r.getFilename();
            if (file != null && file.endsWith(suffix)) {
                out.putIfAbsent(file.substring(0, file.length() - suffix.length()), r);
            }
        }
        return out;
    }
}
