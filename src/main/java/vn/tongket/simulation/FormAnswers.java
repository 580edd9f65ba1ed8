package vn.tongket.simulation;

import vn.tongket.campaign.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Plausible answers to a Camunda Form (JSON schema) as a simulated user would give them in Tasklist: every
 * input field gets a value by its type, within its validation (required, min/max, lengths, options). A value
 * the process already holds (Tasklist pre-fills it) is kept. {@code attempt} varies dates and choices when
 * a previous answer was refused. Plain Java (Jackson only): lists are returned as {@link List}.
 */
public final class FormAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] DATE_OFFSETS = {4, 7, 0, 15, 1, 30};

    private FormAnswers() {
    }

    /**
     * @param formJson  the Camunda Form
     * @param existing  the task's variables by name (null values allowed), for pre-filled and dynamic options
     * @param today     the simulated date
     */
    public static Map<String, Object> answer(String formJson, Function<String, Object> existing, LocalDate today,
                                             Random random, int attempt) {
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            fill(JSON.readTree(formJson).path("components"), existing, today, random, attempt, out);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Biểu mẫu không đọc được: " + e.getMessage(), e);
        }
        return out;
    }

    private static void fill(JsonNode components, Function<String, Object> existing, LocalDate today, Random random,
                             int attempt, Map<String, Object> out) {
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (c.has("components") && !"dynamiclist".equals(type)) {
                fill(c.path("components"), existing, today, random, attempt, out);
                continue;
            }
            String key = c.path("key").asText(null);
            if (key == null || key.isBlank() || c.path("disabled").asBoolean(false) || c.path("readonly").asBoolean(false)
                    || isStatic(type)) {
                continue;
            }
            Object present = existing.apply(key);
            if (present != null && attempt == 0 && !(present instanceof String s && s.isBlank())) {
                continue; // Tasklist shows it pre-filled; the user keeps it
            }
            Object value = value(c, type, existing, today, random, attempt);
            if (value != null) {
                out.put(key, value);
            }
        }
    }

    private static boolean isStatic(String type) {
        return switch (type) {
            case "text", "html", "image", "button", "separator", "spacer", "iframe", "expression", "table",
                 "dynamiclist", "filepicker", "documentPreview" -> true;
            default -> false;
        };
    }

    static Object value(JsonNode c, String type, Function<String, Object> existing, LocalDate today, Random random,
                        int attempt) {
        JsonNode v = c.path("validate");
        boolean required = v.path("required").asBoolean(false);
        JsonNode def = c.get("defaultValue");
        switch (type) {
            case "checkbox":
                if (required) {
                    return true;
                }
                return def != null ? def.asBoolean() : attempt % 2 == 1;
            case "number": {
                boolean decimal = c.path("decimalDigits").asInt(0) > 0;
                double min = v.has("min") ? v.path("min").asDouble() : (decimal ? 0 : 1);
                double max = v.has("max") ? v.path("max").asDouble() : Math.max(min, 10) + (decimal ? 0 : 20);
                double x;
                if (def != null && def.isNumber() && attempt == 0) {
                    x = def.asDouble();
                } else if (max - min > 10) {
                    // high in the range: scores near the top, counts plausible
                    x = max - (max - min) * (0.02 + 0.1 * random.nextDouble()) - attempt;
                } else {
                    x = min + random.nextInt((int) (max - min) + 1);
                }
                x = Math.max(min, Math.min(max, x));
                if (decimal) {
                    return Math.round(x * 100) / 100.0;
                }
                return (long) Math.floor(x);
            }
            case "radio":
            case "select": {
                List<String> options = options(c, existing);
                if (def != null && !def.isNull() && attempt == 0) {
                    return def.asText();
                }
                if (options.isEmpty()) {
                    return null;
                }
                int i = attempt > 0 ? attempt % options.size()
                        : (options.size() > 1 && random.nextInt(10) >= 7 ? 1 : 0);
                return options.get(i);
            }
            case "checklist":
            case "taglist": {
                List<String> options = options(c, existing);
                // first option, then another; from the third attempt none (e.g. a selection over a quota)
                List<String> chosen = new ArrayList<>();
                if (!options.isEmpty() && attempt < 2) {
                    chosen.add(options.get(attempt % options.size()));
                }
                return chosen;
            }
            case "datetime": {
                LocalDate d = today.plusDays(DATE_OFFSETS[attempt % DATE_OFFSETS.length]);
                String subtype = c.path("subtype").asText("date");
                // time serialization as Tasklist does it: local, with the offset, or normalized to UTC
                String format = c.path("timeSerializingFormat").asText("utc_offset");
                String time = switch (format) {
                    case "no_timezone" -> "09:00";
                    case "utc_normalized" -> "02:00Z";
                    default -> "09:00+07:00";
                };
                return switch (subtype) {
                    case "time" -> time;
                    case "datetime" -> d + "T" + time;
                    default -> d.toString();
                };
            }
            case "textarea":
            case "textfield":
            default: {
                if (def != null && !def.isNull() && !def.asText().isBlank() && attempt == 0) {
                    return def.asText();
                }
                if (!required && "textfield".equals(type) && attempt == 0 && v.has("pattern")) {
                    return null;
                }
                String label = c.path("label").asText(c.path("key").asText());
                String text = "textarea".equals(type)
                        ? "Nội dung mô phỏng cho \"" + label + "\": đã thực hiện đầy đủ theo hướng dẫn, không có vướng mắc."
                        : "Mô phỏng " + label;
                int minLength = v.path("minLength").asInt(0);
                int maxLength = v.path("maxLength").asInt(Integer.MAX_VALUE);
                StringBuilder b = new StringBuilder(text);
                while (b.length() < minLength) {
                    b.append(" Nội dung bổ sung.");
                }
                return b.length() > maxLength ? b.substring(0, maxLength) : b.toString();
            }
        }
    }

    /** Static options ({@code values}) or dynamic ones from a variable ({@code valuesKey}: strings or {value,label}). */
    static List<String> options(JsonNode c, Function<String, Object> existing) {
        List<String> out = new ArrayList<>();
        for (JsonNode o : c.path("values")) {
            out.add(o.path("value").asText());
        }
        String valuesKey = c.path("valuesKey").asText(null);
        if (out.isEmpty() && valuesKey != null) {
            Object dyn = existing.apply(valuesKey);
            JsonNode node = dyn == null ? null : JSON.valueToTree(dyn instanceof String s ? parse(s) : dyn);
            if (node != null && node.isArray()) {
                for (JsonNode o : node) {
                    out.add(o.isObject() ? o.path("value").asText() : o.asText());
                }
            }
        }
        return out;
    }

    private static Object parse(String s) {
        try {
            return JSON.readTree(s);
        } catch (java.io.IOException e) {
            return s;
        }
    }
}
