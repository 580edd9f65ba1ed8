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
            DeploymentBuilder builder = repositoryService.createDeployment()
                    .name(process)
                    .source("tongket")
                    .enableDuplicateFiltering(false);
            add(builder, "processes/" + process + ".bpmn", processes.get(process));
            for (String form : formsOf.getOrDefault(process, List.of())) {
                add(builder, "forms/" + form + ".form", forms.get(form));
            }
            long before = repositoryService.createDeploymentQuery().deploymentName(process).count();
            builder.deploy();
            if (repositoryService.createDeploymentQuery().deploymentName(process).count() > before) {
                deployed.add(process);
            }
        }
        log.info("Processes checked: {}; newly deployed: {}", processes.keySet(), deployed);
        return deployed;
    }

    private static void add(DeploymentBuilder builder, String name, Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            builder.addInputStream(name, new ByteArrayInputStream(in.readAllBytes()));
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
