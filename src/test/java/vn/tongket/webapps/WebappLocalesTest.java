package vn.tongket.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Vietnamese web apps stay complete: every key of the en.json shipped in the Camunda webjar on the classpath
 * has a Vietnamese entry in our vi.json (so a Camunda upgrade cannot silently bring English back), placeholders
 * and HTML tags are kept, the vi.json and config.js served are ours, and config.js makes Vietnamese the default.
 */
class WebappLocalesTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern TOKENS = Pattern.compile(
            "\\{\\{[^}]*}}|\\{}|</?(a|b|br|code|em|i|li|p|span|strong|ul)[ >/]|%[sd]|&[a-z]+;");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyKeyOfTheShippedEnglish_hasAVietnameseEntry(String app) throws IOException {
        JsonNode en = read(shipped(app + "/locales/en.json"));
        JsonNode vi = read(ours(app + "/locales/vi.json"));
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.get("labels").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = vi.get("labels").get(e.getKey());
            // "s" is the English plural ending glued to a word: Vietnamese has none, so its entry is empty
            boolean blankInEnglish = e.getValue().asText().isBlank() || e.getValue().asText().equals("s");
            if (v == null || !v.isTextual() || (v.asText().isBlank() && !blankInEnglish)) {
                missing.add(e.getKey());
            }
        }
        assertThat(missing).as(app + ": keys of en.json without a Vietnamese entry in vi.json").isEmpty();
        if (en.has("dateLocales")) {
            assertThat(vi.get("dateLocales").get("longDateFormat").get("L").asText()).isEqualTo("DD/MM/YYYY");
            assertThat(vi.get("dateLocales").get("weekdays").get(1).asText()).isEqualTo("Thứ hai");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void placeholdersAndTags_areKeptInEveryTranslation(String app) throws IOException {
        JsonNode en = read(shipped(app + "/locales/en.json"));
        JsonNode vi = read(ours(app + "/locales/vi.json"));
        List<String> changed = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = en.get("labels").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = vi.get("labels").get(e.getKey());
            if (v != null && !tokens(e.getValue().asText()).equals(tokens(v.asText()))) {
                changed.add(e.getKey());
            }
        }
        assertThat(changed).as(app + ": translations that lost or changed a placeholder or tag").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void configJs_makesVietnameseTheDefaultAndFallback_withDatesDayMonthYear(String app) throws IOException {
        String config = new String(ours(app + "/scripts/config.js").openStream().readAllBytes(), StandardCharsets.UTF_8);
        String active = config.replaceAll("(?m)^\\s*//.*$", "");
        assertThat(active).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'vi'")
                .contains("normal: 'DD/MM/YYYY HH:mm'");
        String styles = new String(ours(app + "/styles/user-styles.css").openStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(styles).as("the migration banner is hidden").contains(".ce-eol-banner").contains("display: none");
    }

    /** The English file of the webjar (a jar on the classpath, never ours). */
    private static URL shipped(String path) {
        URL url = WebappLocalesTest.class.getClassLoader().getResource(APP + path);
        assertThat(url).as("webjar " + path).isNotNull();
        assertThat(url.getProtocol()).isEqualTo("jar");
        return url;
    }

    /** Our file at the same path: the first on the classpath, so the one the app serves (not one from a jar). */
    private static URL ours(String path) {
        URL url = WebappLocalesTest.class.getClassLoader().getResource(APP + path);
        assertThat(url).as(path).isNotNull();
        assertThat(url.getProtocol()).as(path + " must come from the app's own classes").isEqualTo("file");
        return url;
    }

    private JsonNode read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static TreeSet<String> tokens(String s) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = TOKENS.matcher(s);
        int i = 0;
        while (m.find()) {
            out.add(m.group() + "#" + i++);
        }
        return new TreeSet<>(out.stream().map(t -> t.substring(0, t.lastIndexOf('#'))).sorted()
                .map(new java.util.function.Function<String, String>() {
                    private final Map<String, Integer> seen = new java.util.HashMap<>();
                    public String apply(String t) {
                        return t + "#" + seen.merge(t, 1, Integer::sum);
                    }
                }).toList());
    }
}
