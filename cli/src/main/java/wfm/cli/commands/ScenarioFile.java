package wfm.cli.commands;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import wfm.cli.BadInputException;
import wfm.cli.io.StrictYaml;
import wfm.cli.options.ShareConverter;

/**
 * {@code scenarios.yaml}: optional {@code replications} and {@code seed}, and a list {@code scenarios}, each with a
 * {@code name} and any of {@code volume} (factor, e.g. 1.2), {@code volume_on_days} (date -> factor),
 * {@code aht} (factor), {@code absenteeism} (share), {@code patience} (factor), {@code ivr_share} (share),
 * {@code callbacks} (true/false).
 */
public record ScenarioFile(Integer replications, Long seed, List<Scenario> scenarios) {
    /** The keys of the file's top level and of one scenario; any other key is a typo (exit 2). */
    private static final List<String> FILE_KEYS = List.of("replications", "seed", "scenarios");
    private static final List<String> KEYS = List.of("name", "volume", "volume_on_days", "aht", "absenteeism",
            "patience", "ivr_share", "callbacks");

    public static ScenarioFile read(Path file) {
        StrictYaml yaml = StrictYaml.read(file);
        JsonNode root = yaml.root();
        if (root == null || !root.isObject() || !root.has("scenarios") || !root.get("scenarios").isArray()
                || root.get("scenarios").isEmpty()) {
            throw new BadInputException(file + ": expected a list 'scenarios:' with at least one scenario");
        }
        yaml.requireKnownKeys(root, FILE_KEYS);
        Integer replications = root.has("replications") ? positiveInt(file, root.get("replications"), "replications")
                : null;
        Long seed = root.has("seed") ? root.get("seed").asLong() : null;
        List<Scenario> scenarios = new ArrayList<>();
        Set<String> names = new java.util.HashSet<>();
        int index = 0;
        for (JsonNode s : root.get("scenarios")) {
            index++;
            String where = file + ": scenario " + index;
            if (!s.isObject() || !s.has("name")) {
                throw new BadInputException(where + ": needs a 'name'");
            }
            String name = s.get("name").asText();
            where = file + ": scenario '" + name + "'";
            if (!names.add(name)) {
                throw new BadInputException(where + ": the name appears twice");
            }
            yaml.requireKnownKeys(s, KEYS, "scenario '" + name + "'");
            Map<LocalDate, Double> onDays = new LinkedHashMap<>();
            if (s.has("volume_on_days")) {
                JsonNode days = s.get("volume_on_days");
                if (!days.isObject()) {
                    throw new BadInputException(where + ": volume_on_days must map dates to factors, "
                            + "e.g. {2026-12-31: 1.3}");
                }
                for (var it = days.fields(); it.hasNext(); ) {
                    var e = it.next();
                    try {
                        onDays.put(LocalDate.parse(e.getKey()), factor(where, e.getValue(), "volume_on_days"));
                    } catch (DateTimeParseException ex) {
                        throw new BadInputException(where + ": volume_on_days: '" + e.getKey()
                                + "' is not a date YYYY-MM-DD");
                    }
                }
            }
            scenarios.add(new Scenario(name,
                    s.has("volume") ? factor(where, s.get("volume"), "volume") : 1.0, onDays,
                    s.has("aht") ? factor(where, s.get("aht"), "aht") : 1.0,
                    s.has("absenteeism") ? share(where, s.get("absenteeism"), "absenteeism") : null,
                    s.has("patience") ? factor(where, s.get("patience"), "patience") : 1.0,
                    s.has("ivr_share") ? share(where, s.get("ivr_share"), "ivr_share") : null,
                    s.has("callbacks") ? bool(where, s.get("callbacks")) : null));
        }
        return new ScenarioFile(replications, seed, scenarios);
    }

    private static double factor(String where, JsonNode v, String key) {
        if (!v.isNumber() || !(v.asDouble() > 0)) {
            throw new BadInputException(where + ": " + key + " '" + v.asText() + "' must be a positive factor, "
                    + "e.g. 1.2");
        }
        return v.asDouble();
    }

    private static double share(String where, JsonNode v, String key) {
        try {
            return ShareConverter.parse(v.asText());
        } catch (RuntimeException e) {
            throw new BadInputException(where + ": " + key + ": " + e.getMessage());
        }
    }

    private static boolean bool(String where, JsonNode v) {
        if (!v.isBoolean()) {
            throw new BadInputException(where + ": callbacks '" + v.asText() + "' must be true or false");
        }
        return v.asBoolean();
    }

    private static int positiveInt(Path file, JsonNode v, String key) {
        if (!v.canConvertToInt() || v.asInt() < 1) {
            throw new BadInputException(file + ": " + key + " '" + v.asText() + "' must be a whole number >= 1");
        }
        return v.asInt();
    }
}
