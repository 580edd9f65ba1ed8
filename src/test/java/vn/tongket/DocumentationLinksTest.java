package vn.tongket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and docs/ promise only what exists: every relative link (and its #anchor) resolves, and every
 * backticked class-like name (`XxxService`, `XxxProcess`, `XxxIT`…) is a Java file under src/ or an element id
 * in processes/. Runs in {@code mvn verify} from the project root.
 */
class DocumentationLinksTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    private static final Pattern CODE_NAME = Pattern.compile("`([A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*)`");
    private static final Pattern CLASS_SUFFIX = Pattern.compile(
            ".*(Process|IT|Test|Benchmark|Service|Controller|Delegate|Listener|Rule|Rules|Policy|Eligibility|Tally"
                    + "|Calendar|Simulator|Store|Repository|Access|Guard|Filter|Configuration|Properties|Pdf|Time)$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    private final Path root = Path.of("").toAbsolutePath();

    @Test
    void everyRelativeLinkAndAnchorInReadmeAndDocsResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path doc : documents()) {
            String text = Files.readString(doc, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // http:, https:, mailto:
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(root.relativize(doc) + ": " + target + " (no such file)");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors(resolved).contains(anchor)) {
                    broken.add(root.relativize(doc) + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("links in README.md and docs/ that lead nowhere").isEmpty();
    }

    @Test
    void everyBacktickedClassNameInReadmeAndDocsExists() throws IOException {
        Set<String> javaNames;
        try (Stream<Path> files = Files.walk(root.resolve("src"))) {
            javaNames = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java"))
                    .map(n -> n.substring(0, n.length() - 5)).collect(Collectors.toSet());
        }
        StringBuilder bpmn = new StringBuilder();
        try (Stream<Path> files = Files.list(root.resolve("processes"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                bpmn.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> missing = new ArrayList<>();
        for (Path doc : documents()) {
            Matcher m = CODE_NAME.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                String name = m.group(1);
                if (!name.startsWith("Xxx") && CLASS_SUFFIX.matcher(name).matches() && !javaNames.contains(name)
                        && !bpmn.toString().contains("id=\"" + name + "\"")) {
                    missing.add(root.relativize(doc) + ": `" + name + "`");
                }
            }
        }
        assertThat(missing).as("class or process names in README.md and docs/ that do not exist").isEmpty();
    }

    @Test
    void readmeIsShortAndStartsWithTheTwoCommands() throws IOException {
        List<String> lines = Files.readAllLines(root.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(lines.size()).as("README.md lines").isLessThanOrEqualTo(200);
        String text = String.join("\n", lines);
        assertThat(text.indexOf("mvn spring-boot:run")).isPositive().isLessThan(text.indexOf("mvn verify"));
        assertThat(text).doesNotContain("../shared/");
    }

    private List<Path> documents() throws IOException {
        List<Path> docs = new ArrayList<>(List.of(root.resolve("README.md")));
        try (Stream<Path> files = Files.walk(root.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md") && !p.toString().contains("node_modules"))
                    .sorted().forEach(docs::add);
        }
        return docs;
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, each space a hyphen. */
    static Set<String> anchors(Path markdown) throws IOException {
        Set<String> result = new HashSet<>();
        Matcher m = HEADING.matcher(Files.readString(markdown, StandardCharsets.UTF_8));
        while (m.find()) {
            String slug = m.group(1).trim().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{M}\\p{N} _-]", "").replace(' ', '-');
            result.add(slug);
        }
        return result;
    }
}
