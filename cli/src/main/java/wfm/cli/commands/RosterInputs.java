package wfm.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

import wfm.cli.BadInputException;
import wfm.cli.io.AgentsCsv;
import wfm.cli.io.ForecastCsv;
import wfm.cli.io.RosterCsv;
import wfm.simulation.model.ArrivalProfile;
import wfm.simulation.model.StaffingPlan;

/**
 * Turns the contract files (forecast.csv, roster.csv, optional agents.csv) into the simulator's plain inputs: an
 * {@link ArrivalProfile} on a grid starting at midnight of the forecast's first day, and a {@link StaffingPlan}.
 *
 * @param origin  time 0 of the simulation (midnight of the first forecast day)
 * @param profile traffic per queue and interval
 * @param plan    agents, skills and shifts
 */
public record RosterInputs(LocalDateTime origin, ArrivalProfile profile, StaffingPlan plan) {

    /**
     * @param poolSkills true: every agent answers all of its skills (agents.csv) on every shift; false: where the
     *                   roster names the queue of the day ({@code queue} column), the agent answers that queue only
     */
    public static RosterInputs read(Path forecastFile, Path rosterFile, Path agentsFile, boolean poolSkills,
                                    Consumer<String> notice) {
        List<ForecastCsv.Row> forecast = ForecastCsv.read(forecastFile);
        if (forecast.isEmpty()) {
            throw new BadInputException(forecastFile + ": no forecast rows");
        }
        TreeSet<LocalDateTime> starts = new TreeSet<>();
        Map<String, Integer> queueIndex = new LinkedHashMap<>();
        for (ForecastCsv.Row r : forecast) {
            starts.add(r.intervalStart());
            queueIndex.putIfAbsent(r.queue(), queueIndex.size());
        }
        long step = Long.MAX_VALUE;
        LocalDateTime previous = null;
        for (LocalDateTime t : starts) {
            if (previous != null) {
                step = Math.min(step, Duration.between(previous, t).getSeconds());
            }
            previous = t;
        }
        if (step == Long.MAX_VALUE) {
            step = 1800; // a single interval: assume half an hour
        }
        if (step <= 0 || 86400 % step != 0) {
            throw new BadInputException(forecastFile + ": interval_start values are " + step
                    + " s apart, expected an interval length that divides a day (e.g. 15m, 30m)");
        }
        LocalDateTime origin = starts.first().toLocalDate().atStartOfDay();
        long lastIndex = Duration.between(origin, starts.last()).getSeconds() / step;
        int intervals = (int) (lastIndex + 1);
        int perDay = (int) (86400 / step);
        intervals = ((intervals + perDay - 1) / perDay) * perDay; // whole days
        int queues = queueIndex.size();
        double[][] calls = new double[queues][intervals];
        double[][] aht = new double[queues][intervals];
        for (ForecastCsv.Row r : forecast) {
            long offset = Duration.between(origin, r.intervalStart()).getSeconds();
            if (offset % step != 0) {
                throw new BadInputException(forecastFile + ": interval_start " + r.intervalStart()
                        + " is not on the " + step / 60 + "-minute grid");
            }
            int k = (int) (offset / step);
            int q = queueIndex.get(r.queue());
            calls[q][k] += r.calls();
            aht[q][k] = r.ahtSeconds();
        }
        ArrivalProfile profile = new ArrivalProfile(new ArrayList<>(queueIndex.keySet()), step, calls, aht);

        Map<String, int[]> skills = new HashMap<>();
        if (agentsFile != null) {
            for (AgentsCsv.Row a : AgentsCsv.read(agentsFile)) {
                if (a.skills().isEmpty()) {
                    continue; // every queue
                }
                int[] s = a.skills().stream().filter(queueIndex::containsKey).mapToInt(queueIndex::get).toArray();
                skills.put(a.agentId(), s);
            }
        }
        int[] everyQueue = new int[queues];
        for (int q = 0; q < queues; q++) {
            everyQueue[q] = q;
        }
        Map<String, List<StaffingPlan.Shift>> shifts = new LinkedHashMap<>();
        int assigned = 0;
        java.util.Set<String> unknownQueues = new java.util.TreeSet<>();
        for (RosterCsv.Row r : RosterCsv.read(rosterFile)) {
            List<StaffingPlan.Break> breaks = new ArrayList<>();
            for (RosterCsv.Break b : r.breaks()) {
                breaks.add(new StaffingPlan.Break(seconds(origin, b.start()), seconds(origin, b.end())));
            }
            int[] queuesOfDay = null;
            if (!poolSkills && !r.queue().isEmpty()) {
                Integer q = queueIndex.get(r.queue());
                if (q == null) {
                    unknownQueues.add(r.queue());
                } else {
                    queuesOfDay = new int[] {q};
                    assigned++;
                }
            }
            shifts.computeIfAbsent(r.agentId(), id -> new ArrayList<>()).add(new StaffingPlan.Shift(
                    seconds(origin, r.start()), seconds(origin, r.end()), breaks, queuesOfDay));
        }
        if (assigned > 0) {
            notice.accept(assigned + " rostered shift(s) answer only the queue the roster assigns them "
                    + "(--pool-skills lets agents answer all of their skills)");
        }
        if (!unknownQueues.isEmpty()) {
            notice.accept("roster queue(s) not in the forecast, agents answer their skills instead: "
                    + String.join(", ", unknownQueues));
        }
        List<StaffingPlan.Agent> agents = new ArrayList<>();
        int unskilled = 0;
        for (var e : shifts.entrySet()) {
            int[] s = skills.getOrDefault(e.getKey(), everyQueue);
            if (s.length == 0) {
                unskilled++;
                continue;
            }
            agents.add(new StaffingPlan.Agent(e.getKey(), s, e.getValue()));
        }
        if (unskilled > 0) {
            notice.accept(unskilled + " rostered agent(s) answer none of the forecast's queues and are left out");
        }
        if (agents.isEmpty()) {
            throw new BadInputException(rosterFile + ": no rostered agent answers a queue of " + forecastFile);
        }
        return new RosterInputs(origin, profile, new StaffingPlan(agents));
    }

    /** Seconds from the origin. */
    static double seconds(LocalDateTime origin, LocalDateTime t) {
        return Duration.between(origin, t).toMillis() / 1000.0;
    }

    public LocalDate date(int day) {
        return origin.toLocalDate().plusDays(day);
    }

    public LocalDateTime intervalStart(int k) {
        return origin.plusSeconds((long) (k * profile.intervalSeconds()));
    }
}
