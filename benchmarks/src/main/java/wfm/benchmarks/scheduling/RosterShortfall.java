package wfm.benchmarks.scheduling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import wfm.scheduling.solver.Coverage;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterRequest;
import wfm.scheduling.solver.ScheduledShift;

/**
 * How short a written roster leaves its requirement, in the terms of issue 4's month-end goal: the share of required
 * agent-hours short overall, on the surge days and on the other days, and the agents short at given times of day
 * (the 08:30 ramp by default). Reads the contract files {@code requirements.csv} and {@code roster.csv}, counts
 * coverage with the scheduler's own {@link Coverage} (breaks as placed), and marks surge days as the scheduler does
 * ({@link RosterBuilder#surgeDays(double[])}).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar wfm.benchmarks.scheduling.RosterShortfall requirements.csv roster.csv [08:30 ...]</pre>
 */
public final class RosterShortfall {
    private RosterShortfall() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: RosterShortfall requirements.csv roster.csv [HH:MM ...]");
            System.exit(2);
        }
        List<RosterRequest.Requirement> required = requirements(Path.of(args[0]));
        List<ScheduledShift> shifts = roster(Path.of(args[1]));
        List<LocalTime> times = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            times.add(LocalTime.parse(args[i]));
        }
        if (times.isEmpty()) {
            times.add(LocalTime.of(8, 30));
        }
        int slotMinutes = RosterBuilder.slotMinutes(required);
        Coverage coverage = Coverage.of(required, slotMinutes, shifts);

        Map<LocalDate, Double> dailyRequired = new TreeMap<>();
        for (Coverage.Interval i : coverage.intervals()) {
            dailyRequired.merge(i.start().toLocalDate(), i.requiredAgents(), Double::sum);
        }
        List<LocalDate> planned = List.copyOf(dailyRequired.keySet());
        boolean[] isSurge = RosterBuilder.surgeDays(dailyRequired.values().stream().mapToDouble(Double::doubleValue)
                .toArray());
        TreeSet<LocalDate> surge = new TreeSet<>();
        for (int d = 0; d < planned.size(); d++) {
            if (isSurge[d]) {
                surge.add(planned.get(d));
            }
        }

        Map<LocalDate, Double> dailyShort = new TreeMap<>();
        coverage.intervals().forEach(i -> dailyShort.merge(i.start().toLocalDate(), i.shortAgents(), Double::sum));
        double[] t = new double[4];
        Map<LocalTime, double[]> atTime = new HashMap<>();
        Map<LocalTime, Map<LocalDate, Double>> byDay = new HashMap<>();
        Map<LocalTime, Map<String, Double>> byQueue = new HashMap<>();
        for (Coverage.Interval i : coverage.intervals()) {
            int k = surge.contains(i.start().toLocalDate()) ? 0 : 2;
            t[k] += i.requiredAgents();
            t[k + 1] += i.shortAgents();
            LocalTime time = i.start().toLocalTime();
            if (times.contains(time)) {
                double[] a = atTime.computeIfAbsent(time, x -> new double[2]);
                a[0] += i.requiredAgents();
                a[1] += i.shortAgents();
                byDay.computeIfAbsent(time, x -> new TreeMap<>()).merge(i.start().toLocalDate(), i.shortAgents(),
                        Double::sum);
                byQueue.computeIfAbsent(time, x -> new TreeMap<>()).merge(i.queue(), i.shortAgents(), Double::sum);
            }
        }
        System.out.printf(Locale.ROOT, "intervals=%d shifts=%d required_agent_h=%.1f short=%.2f%%%n",
                coverage.intervals().size(), shifts.size(), coverage.requiredAgentHours(),
                100 * coverage.shortAgentHours() / coverage.requiredAgentHours());
        System.out.printf(Locale.ROOT, "surge_days=%d %s short=%.2f%%; other_days=%d short=%.2f%%%n", surge.size(),
                surge, 100 * t[1] / t[0], dailyRequired.size() - surge.size(), 100 * t[3] / t[2]);
        StringBuilder worstDays = new StringBuilder();
        dailyShort.entrySet().stream()
                .sorted((x, y) -> Double.compare(y.getValue() / dailyRequired.get(y.getKey()),
                        x.getValue() / dailyRequired.get(x.getKey())))
                .limit(5).forEach(e -> worstDays.append(String.format(Locale.ROOT, " %s %.2f%%", e.getKey(),
                        100 * e.getValue() / dailyRequired.get(e.getKey()))));
        System.out.println("shortest days:" + worstDays);
        for (LocalTime time : times) {
            double[] a = atTime.getOrDefault(time, new double[2]);
            Map<LocalDate, Double> days = byDay.getOrDefault(time, Map.of());
            double worst = days.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
            LocalDate worstDay = days.entrySet().stream().filter(e -> e.getValue() == worst).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            System.out.printf(Locale.ROOT, "at %s: %.1f agents short per day on average (of %.1f required, all "
                            + "queues), worst %.1f on %s; by queue, per day: %s%n", time,
                    days.isEmpty() ? 0 : a[1] / days.size(), days.isEmpty() ? 0 : a[0] / days.size(), worst, worstDay,
                    perDay(byQueue.getOrDefault(time, Map.of()), days.size()));
        }
    }

    private static String perDay(Map<String, Double> byQueue, int days) {
        StringBuilder b = new StringBuilder();
        byQueue.forEach((q, v) -> b.append(b.length() == 0 ? "" : ", ").append(q)
                .append(String.format(Locale.ROOT, " %.1f", v / Math.max(1, days))));
        return b.toString();
    }

    private static List<RosterRequest.Requirement> requirements(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int start = header.indexOf("interval_start");
        int queue = header.indexOf("queue");
        int agents = header.indexOf("required_agents");
        List<RosterRequest.Requirement> list = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            list.add(new RosterRequest.Requirement(LocalDateTime.parse(f[start]), f[queue],
                    Double.parseDouble(f[agents])));
        }
        return list;
    }

    private static List<ScheduledShift> roster(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<String> header = Arrays.asList(lines.get(0).split(","));
        int agent = header.indexOf("agent_id");
        int date = header.indexOf("date");
        int shift = header.indexOf("shift_id");
        int start = header.indexOf("start");
        int end = header.indexOf("end");
        int breaks = header.indexOf("breaks");
        int queue = header.indexOf("queue");
        List<ScheduledShift> list = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split(",", -1);
            LocalDateTime from = LocalDateTime.parse(f[start]);
            List<ScheduledShift.BreakTime> placed = new ArrayList<>();
            if (breaks >= 0 && !f[breaks].isBlank()) {
                for (String b : f[breaks].split(";")) {
                    String[] ends = b.split("-");
                    LocalDateTime bs = next(from, LocalTime.parse(ends[0]));
                    placed.add(new ScheduledShift.BreakTime(bs, next(bs, LocalTime.parse(ends[1]))));
                }
            }
            list.add(new ScheduledShift(f[agent], LocalDate.parse(f[date]), f[shift], queue >= 0 ? f[queue] : "",
                    from, LocalDateTime.parse(f[end]), placed));
        }
        return list;
    }

    /** The first time of day {@code time} at or after {@code after} (breaks are written as times of day). */
    private static LocalDateTime next(LocalDateTime after, LocalTime time) {
        LocalDateTime t = after.toLocalDate().atTime(time);
        return t.isBefore(after) ? t.plusDays(1) : t;
    }
}
