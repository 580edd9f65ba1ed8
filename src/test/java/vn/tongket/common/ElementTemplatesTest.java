package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.junit.jupiter.api.Test;

/**
 * The element templates in {@code element-templates/} (Camunda 7 format) cover the diagrams: every service task
 * with a {@code camunda:delegateExpression} in {@code processes/} names a template (id and version) that exists,
 * applies to a service task and fixes that same expression; every template's bean is a
 * {@code @Component("name")} in src/main/java; every property has a known type and binding. Runs from the
 * project root in {@code mvn verify}.
 */
class ElementTemplatesTest {

    private static final String SCHEMA =
            "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json";
    private static final Set<String> BINDINGS = Set.of("property", "camunda:property", "camunda:inputParameter",
            "camunda:outputParameter", "camunda:in", "camunda:out", "camunda:in:businessKey",
            "camunda:executionListener", "camunda:field", "camunda:errorEventDefinition");
    private static final Set<String> TYPES = Set.of("String", "Text", "Boolean", "Dropdown", "Hidden");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
    private static final Pattern COMPONENT = Pattern.compile("@Component\\(\"(\\w+)\"\\)");

    private final Path root = Path.of("").toAbsolutePath();

    @Test
    void everyDelegateExpressionInProcessesIsCoveredByItsTemplate() throws IOException {
        Map<String, JsonNode> templates = templates();
        List<String> problems = new ArrayList<>();
        int covered = 0;
        for (Path bpmn : files(root.resolve("processes"), ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
                String expression = task.getCamundaDelegateExpression();
                if (expression == null) {
                    continue;
                }
                String where = bpmn.getFileName() + "#" + task.getId();
                String id = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "modelerTemplate");
                String version = task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn",
                        "modelerTemplateVersion");
                JsonNode template = id == null ? null : templates.get(id);
                if (template == null) {
                    problems.add(where + ": no template " + id);
                    continue;
                }
                if (!template.path("version").asText().equals(version)) {
                    problems.add(where + ": template version " + version + " != " + template.path("version"));
                }
                if (!appliesTo(template).contains("bpmn:ServiceTask")) {
                    problems.add(where + ": " + id + " does not apply to bpmn:ServiceTask");
                }
                if (!expression.equals(delegateExpression(template))) {
                    problems.add(where + ": " + expression + " but template fixes " + delegateExpression(template));
                }
                covered++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(covered).isGreaterThanOrEqualTo(templates.size());
    }

    @Test
    void everyTemplateBeanIsANamedSpringComponent() throws IOException {
        Set<String> components = components();
        List<String> missing = new ArrayList<>();
        for (JsonNode template : templates().values()) {
            Matcher bean = BEAN.matcher(String.valueOf(delegateExpression(template)));
            if (!bean.matches() || !components.contains(bean.group(1))) {
                missing.add(template.path("id").asText() + " -> " + delegateExpression(template));
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Listeners have no Camunda 7 template binding (delegate listeners); their beans must still exist. */
    @Test
    void everyListenerBeanInProcessesIsANamedSpringComponent() throws IOException {
        Set<String> components = components();
        Pattern listener = Pattern.compile("<camunda:(?:execution|task)Listener [^>]*delegateExpression=\"\\$\\{(\\w+)}\"");
        List<String> missing = new ArrayList<>();
        int seen = 0;
        for (Path bpmn : files(root.resolve("processes"), ".bpmn")) {
            Matcher m = listener.matcher(Files.readString(bpmn, StandardCharsets.UTF_8));
            while (m.find()) {
                seen++;
                if (!components.contains(m.group(1))) {
                    missing.add(bpmn.getFileName() + ": " + m.group(1));
                }
            }
        }
        assertThat(seen).isPositive();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyTemplateIsWellFormedWithVietnameseTexts() throws IOException {
        Map<String, JsonNode> templates = templates();
        assertThat(templates).isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (JsonNode t : templates.values()) {
            String id = t.path("id").asText();
            if (!SCHEMA.equals(t.path("$schema").asText())) {
                problems.add(id + ": $schema");
            }
            if (!t.path("version").isInt() || appliesTo(t).isEmpty()) {
                problems.add(id + ": version or appliesTo");
            }
            if (!vietnamese(t.path("name").asText()) || !vietnamese(t.path("description").asText())) {
                problems.add(id + ": name/description not Vietnamese");
            }
            for (JsonNode p : t.path("properties")) {
                String type = p.path("type").asText();
                String binding = p.path("binding").path("type").asText();
                if (!TYPES.contains(type) || !BINDINGS.contains(binding)) {
                    problems.add(id + ": type " + type + " binding " + binding);
                }
                if ("Hidden".equals(type) && !p.hasNonNull("value")) {
                    problems.add(id + ": Hidden without value");
                }
                if ("Dropdown".equals(type) && p.path("choices").isEmpty()) {
                    problems.add(id + ": Dropdown without choices");
                }
                if (!"Hidden".equals(type) && !vietnamese(p.path("label").asText())) {
                    problems.add(id + ": label not Vietnamese");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private Map<String, JsonNode> templates() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, JsonNode> byId = new HashMap<>();
        for (Path json : files(root.resolve("element-templates"), ".json")) {
            JsonNode node = mapper.readTree(json.toFile());
            for (JsonNode t : node.isArray() ? node : mapper.createArrayNode().add(node)) {
                assertThat(byId.put(t.path("id").asText(), t)).as("duplicate id " + t.path("id")).isNull();
            }
        }
        return byId;
    }

    private Set<String> components() throws IOException {
        Set<String> components = new HashSet<>();
        for (Path java : files(root.resolve("src/main/java"), ".java")) {
            Matcher m = COMPONENT.matcher(Files.readString(java, StandardCharsets.UTF_8));
            while (m.find()) {
                components.add(m.group(1));
            }
        }
        return components;
    }

    private static Set<String> appliesTo(JsonNode template) {
        Set<String> types = new HashSet<>();
        template.path("appliesTo").forEach(n -> types.add(n.asText()));
        return types;
    }

    private static String delegateExpression(JsonNode template) {
        for (JsonNode p : template.path("properties")) {
            JsonNode b = p.path("binding");
            if ("property".equals(b.path("type").asText())
                    && "camunda:delegateExpression".equals(b.path("name").asText())) {
                return "Hidden".equals(p.path("type").asText()) ? p.path("value").asText() : null;
            }
        }
        return null;
    }

    private static boolean vietnamese(String text) {
        return text.codePoints().anyMatch(c -> c > 0x7F) && !text.isBlank();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
