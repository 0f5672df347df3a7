package wfm.cli.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import wfm.cli.BadInputException;
import wfm.cli.io.StrictYaml;

/**
 * What a plan aims at, read from the hotline folder's {@code plan.yaml} (every key optional) and overridden by
 * command-line options. Values are kept as the contract writes them ({@code 80/20s}, {@code 2%}, {@code 31d}), so
 * they pass unchanged to the stage commands, which check them.
 *
 * @param hotline      the hotline's name for the report
 * @param start        first day of the plan; default: the day after the history ends
 * @param horizon      how far to plan ({@code 7d}, {@code 31d})
 * @param target       service-level target ({@code 80/20s})
 * @param maxAbandon   abandonment limit ({@code 2%}): staffing uses it with Erlang A, simulation judges by it
 * @param patience     mean caller patience ({@code 90s})
 * @param shrinkage    share of paid time not on the phones ({@code 30%}): superseded by {@code absence} and
 *                     {@code offPhone}, which the staffing table, the roster and the verdict all use; still read
 *                     so that older plan.yaml files keep working
 * @param scheduleTime time limit of the roster search ({@code 60s})
 * @param scheduleSteps local-search steps of the roster search ({@code wfm schedule --steps}), so the plan's roster
 *                     is the same on any machine; null: search until the time limit
 * @param replications simulation replications
 * @param rounds       certification rounds: re-staff and re-schedule where the simulation misses the target
 * @param absence      share of rostered agent-days lost to unplanned absence ({@code 8%}): the roster covers it,
 *                     the simulation removes whole agent-days
 * @param offPhone     share of on-shift time off the phones beyond placed breaks ({@code 10%})
 * @param confidence   probability each day (and queue) must stay under the abandonment target ({@code 90%})
 * @param targetScope  {@code queue}: every queue on its own must meet the target; {@code all}: the centre as a whole
 * @param poolSkills   the simulation lets every agent answer all of its skills (skill-based routing), not only the
 *                     roster's queue of the day ({@code wfm simulate --pool-skills})
 */
public record PlanSettings(String hotline, LocalDate start, String horizon, String target, String maxAbandon,
                           String patience, String shrinkage, String scheduleTime, Integer scheduleSteps,
                           int replications, int rounds, String absence, String offPhone, String confidence,
                           String targetScope, boolean poolSkills) {

    public static final String FILE_NAME = "plan.yaml";

    /**
     * Every key {@code plan.yaml} may hold, the one list a new setting joins: any other key is a typo and stops the
     * plan (exit 2, with the nearest of these), so {@code absense: 8%} cannot certify a plan without absence.
     */
    public static final List<String> KEYS = List.of("hotline", "start", "horizon", "target", "max_abandon",
            "patience", "shrinkage", "schedule_time_limit", "schedule_steps", "replications", "rounds",
            "absence", "off_phone", "confidence", "target_scope", "week_start", "pool_skills");

    public static PlanSettings defaults(String hotline) {
        return new PlanSettings(hotline, null, "7d", "80/20s", "2%", "90s", "30%", "30s", null, 10, 2, "0%", "0%", "90%", "queue",
                false);
    }

    /** The folder's {@code plan.yaml} over the defaults; a bad file names itself and the key. */
    public static PlanSettings read(Path folder, String hotline) {
        PlanSettings d = defaults(hotline);
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return d;
        }
        Map<String, Object> yaml = settings(file);
        try {
            return new PlanSettings(
                    text(yaml, "hotline", d.hotline()),
                    yaml.containsKey("start") ? LocalDate.parse(String.valueOf(yaml.get("start"))) : d.start(),
                    text(yaml, "horizon", d.horizon()),
                    text(yaml, "target", d.target()),
                    text(yaml, "max_abandon", d.maxAbandon()),
                    text(yaml, "patience", d.patience()),
                    text(yaml, "shrinkage", d.shrinkage()),
                    text(yaml, "schedule_time_limit", d.scheduleTime()),
                    yaml.containsKey("schedule_steps") ? steps(yaml.get("schedule_steps")) : d.scheduleSteps(),
                    Integer.parseInt(text(yaml, "replications", String.valueOf(d.replications()))),
                    Integer.parseInt(text(yaml, "rounds", String.valueOf(d.rounds()))),
                    text(yaml, "absence", d.absence()), text(yaml, "off_phone", d.offPhone()),
                    text(yaml, "confidence", d.confidence()), text(yaml, "target_scope", d.targetScope()),
                    bool(text(yaml, "pool_skills", String.valueOf(d.poolSkills()))));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new BadInputException(file + ": " + e.getMessage());
        }
    }

    /** The file's keys and values, each key known, given once and holding one value. */
    private static Map<String, Object> settings(Path file) {
        StrictYaml yaml = StrictYaml.read(file);
        JsonNode root = yaml.root();
        if (root == null) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new BadInputException(file + ": expected 'key: value' lines, e.g. 'shrinkage: 30%'");
        }
        yaml.requireKnownKeys(root, KEYS);
        Map<String, Object> settings = new HashMap<>();
        for (var it = root.fields(); it.hasNext(); ) {
            var e = it.next();
            if (e.getValue().isContainerNode()) {
                throw new BadInputException(yaml.where(root, e.getKey()) + ": '" + e.getKey()
                        + "' takes one value, e.g. '" + e.getKey() + ": ...' on one line");
            }
            if (!e.getValue().isNull()) {
                settings.put(e.getKey(), e.getValue().asText());
            }
        }
        return settings;
    }

    private static boolean bool(String value) {
        return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes" -> true;
            case "false", "no" -> false;
            default -> throw new IllegalArgumentException("pool_skills: '" + value + "' is not true or false");
        };
    }

    private static Integer steps(Object value) {
        int steps = Integer.parseInt(String.valueOf(value).replace("_", ""));
        if (steps < 1) {
            throw new IllegalArgumentException("schedule_steps: " + steps + " must be at least 1");
        }
        return steps;
    }

    private static String text(Map<String, Object> yaml, String key, String fallback) {
        if (!KEYS.contains(key)) {
            throw new IllegalStateException("plan.yaml key '" + key + "' is missing from PlanSettings.KEYS");
        }
        Object v = yaml.get(key);
        return v == null ? fallback : String.valueOf(v);
    }
}
