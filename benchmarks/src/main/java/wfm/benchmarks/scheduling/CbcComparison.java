package wfm.benchmarks.scheduling;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.SlotCover;
import wfm.scheduling.domain.SlotDemand;
import wfm.scheduling.solver.RosterBuilder;
import wfm.scheduling.solver.RosterRequest;
import wfm.scheduling.solver.RosterSolver;
import wfm.scheduling.solver.SyntheticHotline;

/**
 * The quality yardstick: the same roster problem as an integer program (Dantzig's shift covering with named
 * agents: one binary per agent, day and shift; one shift a day, rest, consecutive days and weekly hours as
 * linear constraints; under-coverage per interval as a continuous variable) written in CPLEX LP format for CBC,
 * and our solver's result on it. Both measure under-coverage the same way: agent-minutes short per interval, with
 * a shift's break counted at its expected share of the break window (the solver's coverage model), unweighted.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar wfm.benchmarks.scheduling.CbcComparison OUT_DIR 50 60 1</pre>
 * writes {@code OUT_DIR/model.lp} and prints {@code ours_short_agent_minutes=...}; see cbc_comparison.sh.
 */
public final class CbcComparison {
    private CbcComparison() {
    }

    public static Roster problem(int agents, long seed) {
        RosterRequest synthetic = SyntheticHotline.request(agents, LocalDate.of(2026, 11, 30), 7, 30,
                List.of("enquiry"), false, 1.0, seed);
        RosterRequest flat = new RosterRequest(synthetic.requirements(), synthetic.agents(), synthetic.shifts(),
                List.of(), List.of(), synthetic.rules().withWeightBusyIntervals(false));
        return RosterBuilder.build(flat);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int agents = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Files.createDirectories(dir);
        Roster problem = problem(agents, seed);
        writeLp(problem, dir.resolve("model.lp"));
        RosterSolver.Result result = RosterSolver.solve(problem, new RosterSolver.Options(Duration.ofSeconds(seconds), seed),
                p -> { });
        System.out.printf(Locale.ROOT, "ours_score=%s%nours_first_feasible_s=%s%nours_short_agent_minutes=%.2f%n"
                        + "required_agent_minutes=%.2f%n", result.score(),
                result.timeToFeasible() == null ? "none" : result.timeToFeasible().toMillis() / 1000.0,
                shortMinutes(result.roster()), requiredMinutes(problem));
    }

    /** Agent-minutes short in the solver's coverage model (breaks at their expected share). */
    static double shortMinutes(Roster roster) {
        Map<SlotDemand, Integer> centi = new HashMap<>();
        for (Assignment a : roster.getAssignments()) {
            for (SlotCover c : a.covers()) {
                centi.merge(c.demand(), c.centiAgents(), Integer::sum);
            }
        }
        double minutes = 0;
        for (SlotDemand d : roster.getDemands()) {
            minutes += Math.max(0, d.requiredCentiAgents() - centi.getOrDefault(d, 0)) / 100.0 * d.minutes();
        }
        return minutes;
    }

    static double requiredMinutes(Roster roster) {
        return roster.getDemands().stream().mapToDouble(d -> d.requiredCentiAgents() / 100.0 * d.minutes()).sum();
    }

    static void writeLp(Roster roster, Path file) throws IOException {
        List<Agent> agents = roster.getAgents();
        Map<Agent, List<Assignment>> days = new HashMap<>();
        roster.getAssignments().forEach(a -> days.computeIfAbsent(a.getAgent(), k -> new ArrayList<>()).add(a));
        Map<SlotDemand, List<String>> coverTerms = new HashMap<>();
        try (PrintWriter lp = new PrintWriter(Files.newBufferedWriter(file))) {
            lp.println("\\ shift covering with named agents, written by wfm.benchmarks.scheduling.CbcComparison");
            lp.println("Minimize");
            List<String> obj = new ArrayList<>();
            for (SlotDemand d : roster.getDemands()) {
                if (d.requiredCentiAgents() > 0) {
                    obj.add(d.minutes() + " u" + d.slot());
                }
            }
            terms(lp, " obj:", obj);
            lp.println("Subject To");
            List<String> binaries = new ArrayList<>();
            for (int ai = 0; ai < agents.size(); ai++) {
                Agent agent = agents.get(ai);
                List<Assignment> list = days.get(agent);
                Map<Integer, List<String>> byDay = new HashMap<>();
                Map<Integer, List<String>> paidByWeek = new HashMap<>();
                Map<Integer, Assignment> weekOf = new HashMap<>();
                for (Assignment a : list) {
                    weekOf.put(a.getWeekIndex(), a);
                    for (int si = 0; si < a.getShiftRange().size(); si++) {
                        ShiftOption o = a.getShiftRange().get(si);
                        String x = "x" + ai + "_" + a.getDayIndex() + "_" + si;
                        binaries.add(x);
                        byDay.computeIfAbsent(a.getDayIndex(), k -> new ArrayList<>()).add(x);
                        paidByWeek.computeIfAbsent(a.getWeekIndex(), k -> new ArrayList<>()).add(o.paidMinutes() + " " + x);
                        for (SlotCover c : o.covers(a.getQueue())) {
                            if (c.demand().requiredCentiAgents() > 0) {
                                coverTerms.computeIfAbsent(c.demand(), k -> new ArrayList<>())
                                        .add(String.format(Locale.ROOT, "%.2f %s", c.centiAgents() / 100.0, x));
                            }
                        }
                        for (Assignment b : list) {
                            int gap = b.getDayIndex() - a.getDayIndex();
                            if (gap < 1 || gap > 2) {
                                continue;
                            }
                            for (int sj = 0; sj < b.getShiftRange().size(); sj++) {
                                ShiftOption p = b.getShiftRange().get(sj);
                                if (p.startMinute() - o.endMinute() < agent.minRestMinutes()) {
                                    lp.printf(" rest_%s_%d_%d: %s + x%d_%d_%d <= 1%n", ai, a.getDayIndex(), si * 100 + sj
                                            + 10_000 * gap, x, ai, b.getDayIndex(), sj);
                                }
                            }
                        }
                    }
                }
                for (var e : byDay.entrySet()) {
                    terms(lp, " day_" + ai + "_" + e.getKey() + ":", e.getValue());
                    lp.println("  <= 1");
                }
                int c = agent.maxConsecutiveDays();
                int horizon = roster.getHorizon().days();
                for (int start = 0; start + c < horizon; start++) {
                    List<String> window = new ArrayList<>();
                    for (int d = start; d <= start + c; d++) {
                        window.addAll(byDay.getOrDefault(d, List.of()));
                    }
                    terms(lp, " run_" + ai + "_" + start + ":", window);
                    lp.println("  <= " + c);
                }
                for (var e : paidByWeek.entrySet()) {
                    Assignment week = weekOf.get(e.getKey());
                    terms(lp, " wmin_" + ai + "_" + e.getKey() + ":", e.getValue());
                    lp.println("  >= " + week.getWeekMinMinutes());
                    terms(lp, " wmax_" + ai + "_" + e.getKey() + ":", e.getValue());
                    lp.println("  <= " + week.getWeekMaxMinutes());
                }
            }
            for (SlotDemand d : roster.getDemands()) {
                if (d.requiredCentiAgents() > 0) {
                    List<String> t = new ArrayList<>(coverTerms.getOrDefault(d, List.of()));
                    t.add(0, "u" + d.slot());
                    terms(lp, " cov_" + d.slot() + ":", t);
                    lp.printf(Locale.ROOT, "  >= %.2f%n", d.requiredCentiAgents() / 100.0);
                }
            }
            lp.println("Binaries");
            for (int i = 0; i < binaries.size(); i += 8) {
                lp.println(" " + String.join(" ", binaries.subList(i, Math.min(binaries.size(), i + 8))));
            }
            lp.println("End");
        }
    }

    /** Writes "name: t1 + t2 + ..." over several short lines (LP readers limit line length). */
    private static void terms(PrintWriter lp, String name, List<String> terms) {
        lp.print(name);
        for (int i = 0; i < terms.size(); i++) {
            if (i % 8 == 0) {
                lp.println();
                lp.print("  ");
            }
            lp.print((i == 0 ? "" : " + ") + terms.get(i));
        }
        lp.println();
    }
}
