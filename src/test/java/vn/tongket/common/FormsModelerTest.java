package vn.tongket.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code forms/*.form} is what Camunda Modeler's form editor writes for Camunda 7.24: the Modeler header
 * (execution platform, version, exporter, schema version), form-js component types with unique ids and keys,
 * and the exact text a save writes ({@code JSON.stringify(schema, null, 2)}), so opening and saving a form in
 * Modeler loses nothing and changes no line. Runs from the project root in {@code mvn verify}.
 */
class FormsModelerTest {

    private static final Set<String> FORM_JS_TYPES = Set.of("text", "textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "taglist", "datetime", "group", "dynamiclist", "separator", "spacer",
            "button", "html", "image", "table", "iframe", "expression", "filepicker", "documentPreview");
    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox",
            "checklist", "radio", "select", "taglist", "datetime", "filepicker");

    private final Path root = Path.of("").toAbsolutePath();
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void everyFormCarriesTheModelerHeaderForCamunda724() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path form : forms()) {
            JsonNode f = mapper.readTree(form.toFile());
            String name = form.getFileName().toString();
            if (!"Camunda Platform".equals(f.path("executionPlatform").asText())
                    || !"7.24.0".equals(f.path("executionPlatformVersion").asText())) {
                problems.add(name + ": executionPlatform");
            }
            if (!"Camunda Modeler".equals(f.path("exporter").path("name").asText())
                    || f.path("exporter").path("version").asText().isBlank()) {
                problems.add(name + ": exporter");
            }
            if (f.path("schemaVersion").asInt() != 16 || !"default".equals(f.path("type").asText())
                    || f.path("id").asText().isBlank()) {
                problems.add(name + ": schemaVersion/type/id");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyComponentIsAFormJsTypeWithUniqueIdAndKey() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path form : forms()) {
            Set<String> ids = new HashSet<>();
            Set<String> keys = new HashSet<>();
            collect(mapper.readTree(form.toFile()).path("components"), form.getFileName().toString(), ids, keys,
                    problems);
        }
        assertThat(problems).isEmpty();
    }

    /** Parse → serialize as Modeler does → compare: the file is unchanged, and no field is lost on the way. */
    @Test
    void aSaveInModelerWritesEveryFormUnchanged() throws IOException {
        List<Path> forms = forms();
        assertThat(forms).hasSizeGreaterThan(40);
        for (Path form : forms) {
            String text = Files.readString(form, StandardCharsets.UTF_8);
            JsonNode parsed = mapper.readTree(text);
            StringBuilder out = new StringBuilder();
            stringify(parsed, "", out);
            out.append('\n');
            assertThat(out.toString()).as(form.getFileName().toString()).isEqualTo(text);
            assertThat(mapper.readTree(out.toString())).isEqualTo(parsed);
        }
        JsonNode one = mapper.readTree(root.resolve("forms/review-self-review.form").toFile());
        StringBuilder out = new StringBuilder();
        stringify(one, "", out);
        assertThat(fieldPaths(mapper.readTree(out.toString()), "")).containsExactlyInAnyOrderElementsOf(
                fieldPaths(one, "")).isNotEmpty();
    }

    private static void collect(JsonNode components, String form, Set<String> ids, Set<String> keys,
            List<String> problems) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (!FORM_JS_TYPES.contains(type)) {
                problems.add(form + ": unknown type " + type);
            }
            if (!ids.add(c.path("id").asText()) || c.path("id").asText().isBlank()) {
                problems.add(form + ": id " + c.path("id"));
            }
            if (INPUT_TYPES.contains(type)) {
                if (!keys.add(c.path("key").asText()) || c.path("key").asText().isBlank()) {
                    problems.add(form + ": key " + c.path("key"));
                }
                String label = c.path("label").asText() + c.path("dateLabel").asText() + c.path("timeLabel").asText();
                if (label.isBlank()) {
                    problems.add(form + ": no label on " + c.path("key"));
                }
            }
            collect(c.path("components"), form, ids, keys, problems);
        }
    }

    private static List<String> fieldPaths(JsonNode node, String at) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                paths.add(at + "/" + e.getKey() + "=" + (e.getValue().isValueNode() ? e.getValue() : ""));
                paths.addAll(fieldPaths(e.getValue(), at + "/" + e.getKey()));
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths.addAll(fieldPaths(node.get(i), at + "[" + i + "]"));
            }
        }
        return paths;
    }

    /** JavaScript's {@code JSON.stringify(value, null, 2)}, which Modeler uses to save a form. */
    private void stringify(JsonNode node, String indent, StringBuilder out) throws IOException {
        String inner = indent + "  ";
        if (node.isObject() && !node.isEmpty()) {
            out.append("{\n");
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(inner).append(mapper.writeValueAsString(e.getKey())).append(": ");
                stringify(e.getValue(), inner, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(indent).append('}');
        } else if (node.isArray() && !node.isEmpty()) {
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                stringify(node.get(i), inner, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append(indent).append(']');
        } else if (node.isObject()) {
            out.append("{}");
        } else if (node.isArray()) {
            out.append("[]");
        } else {
            out.append(mapper.writeValueAsString(node));
        }
    }

    private List<Path> forms() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("forms"))) {
            return s.filter(p -> p.toString().endsWith(".form")).sorted().toList();
        }
    }
}
