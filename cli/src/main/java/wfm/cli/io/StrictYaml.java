package wfm.cli.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import wfm.cli.BadInputException;

/**
 * A YAML settings file read strictly, so a misspelt or repeated key cannot change a plan silently: a key given
 * twice in one mapping and a key the reader does not know are bad input naming the file, the line and the key, with
 * the nearest known key as a suggestion ({@code plan.yaml:3: unknown key 'shrinkge' (did you mean shrinkage?)}).
 * The tree is Jackson's; this class remembers the line of every key.
 */
public final class StrictYaml {
    private static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());

    private final Path file;
    private final JsonNode root;
    private final Map<JsonNode, Map<String, Integer>> keyLines;

    private StrictYaml(Path file, JsonNode root, Map<JsonNode, Map<String, Integer>> keyLines) {
        this.file = file;
        this.root = root;
        this.keyLines = keyLines;
    }

    /** Reads {@code file}; a missing file, invalid YAML or a duplicate key is a {@link BadInputException}. */
    public static StrictYaml read(Path file) {
        Map<JsonNode, Map<String, Integer>> lines = new IdentityHashMap<>();
        try (JsonParser p = MAPPER.createParser(Files.readString(file))) {
            JsonNode root = p.nextToken() == null ? null : node(file, p, lines);
            return new StrictYaml(file, root, lines);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": file not found");
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            throw new BadInputException(file + line + ": not valid YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static JsonNode node(Path file, JsonParser p, Map<JsonNode, Map<String, Integer>> lines)
            throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            Map<String, Integer> keys = new LinkedHashMap<>();
            lines.put(object, keys);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                Integer first = keys.putIfAbsent(key, line);
                if (first != null) {
                    throw new BadInputException(file + ":" + line + ": key '" + key + "' given twice (also on line "
                            + first + ")");
                }
                p.nextToken();
                object.set(key, node(file, p, lines));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                array.add(node(file, p, lines));
            }
            return array;
        }
        return MAPPER.readTree(p);
    }

    /** The document's top node; null for an empty file. */
    public JsonNode root() {
        return root;
    }

    /** {@code file:line} of {@code key} in {@code object} (a mapping of this file), for messages. */
    public String where(JsonNode object, String key) {
        Integer line = keyLines.getOrDefault(object, Map.of()).get(key);
        return file + (line == null ? "" : ":" + line);
    }

    /**
     * Every key of the mapping {@code object} must be one of {@code known}, else bad input naming the line, the key
     * and the nearest known key.
     */
    public void requireKnownKeys(JsonNode object, Collection<String> known) {
        requireKnownKeys(object, known, "");
    }

    /** As {@link #requireKnownKeys(JsonNode, Collection)}, the message naming the mapping ({@code "scenario 'x'"}). */
    public void requireKnownKeys(JsonNode object, Collection<String> known, String mapping) {
        for (var it = object.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                String hint = nearest(key, known)
                        .map(k -> "did you mean " + k + "?")
                        .orElse("known keys: " + String.join(", ", new TreeSet<>(known)));
                throw new BadInputException(where(object, key) + ": " + (mapping.isEmpty() ? "" : mapping + ": ")
                        + "unknown key '" + key + "' (" + hint + ")");
            }
        }
    }

    /**
     * The known key closest to {@code key} by Damerau-Levenshtein distance (optimal string alignment, ignoring
     * case), if it is close enough to be a typo: at most 2 edits (1 for keys under 6 letters), or one key contains
     * the other ({@code schedule_time} for {@code schedule_time_limit}).
     */
    public static Optional<String> nearest(String key, Collection<String> known) {
        String typed = key.toLowerCase(Locale.ROOT);
        int maxEdits = typed.length() < 6 ? 1 : 2;
        return known.stream()
                .filter(k -> {
                    String candidate = k.toLowerCase(Locale.ROOT);
                    return distance(typed, candidate) <= maxEdits
                            || typed.length() >= 4 && (candidate.contains(typed) || typed.contains(candidate));
                })
                .min(Comparator.comparingInt((String k) -> distance(typed, k.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Edits (insert, delete, substitute, swap two neighbours) that turn {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
