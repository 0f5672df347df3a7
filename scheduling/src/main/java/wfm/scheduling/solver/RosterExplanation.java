package wfm.scheduling.solver;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.DefaultConstraintJustification;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolutionUpdatePolicy;
import org.optaplanner.core.api.solver.SolverFactory;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;

/**
 * Says in plain words what is left wrong with a roster: the broken rules from the solver's score analysis
 * (hard first, with the worst cases), the most under-covered intervals ("Dec 31 10:00–10:30 enquiry: 42 needed,
 * 39 scheduled"), and how evenly weekends, nights and surge days are shared.
 */
public final class RosterExplanation {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private RosterExplanation() {
    }

    /** The score analysis of a roster, per constraint, worst first within each level. */
    public static List<ConstraintMatchTotal<HardMediumSoftLongScore>> constraintTotals(Roster roster) {
        SolutionManager<Roster, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(RosterSolver.config(new RosterSolver.Options(java.time.Duration.ofSeconds(1), 0))));
        ScoreExplanation<Roster, HardMediumSoftLongScore> explanation =
                manager.explain(roster, SolutionUpdatePolicy.UPDATE_SCORE_ONLY);
        return explanation.getConstraintMatchTotalMap().values().stream()
                .filter(t -> !t.getScore().isZero())
                .sorted(Comparator.comparing((ConstraintMatchTotal<HardMediumSoftLongScore> t) -> t.getScore()))
                .toList();
    }

    /** Plain-language lines about the broken hard rules only (empty when the roster is feasible). */
    public static List<String> hardRules(Roster roster, int examplesPerRule) {
        List<String> lines = new ArrayList<>();
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : constraintTotals(roster)) {
            if (total.getScore().hardScore() == 0) {
                continue;
            }
            lines.add(total.getConstraintName() + ": broken " + total.getConstraintMatchCount() + " time(s), "
                    + -total.getScore().hardScore() + " minutes in all");
            total.getConstraintMatchSet().stream()
                    .sorted(Comparator.comparing(ConstraintMatch::getScore))
                    .limit(examplesPerRule)
                    .forEach(m -> lines.add("  " + describe(m)));
        }
        return lines;
    }

    public static List<String> explain(Roster roster, Coverage coverage, int maxIntervals) {
        List<String> lines = new ArrayList<>();
        lines.add("Score " + roster.getScore() + " (hard: minutes of broken rules; medium: weighted agent-minutes "
                + "short; soft: over-staffing and fairness, in agent-minute equivalents)");
        lines.add("Rules with a cost, from the score analysis:");
        for (ConstraintMatchTotal<HardMediumSoftLongScore> total : constraintTotals(roster)) {
            lines.add("  " + total.getConstraintName() + ": " + total.getScore() + " from "
                    + total.getConstraintMatchCount() + " match(es)");
        }
        lines.addAll(hardRules(roster, 5));

        List<Coverage.Interval> shortIntervals = coverage.intervals().stream()
                .filter(i -> i.shortAgents() >= 0.5)
                .sorted(Comparator.comparingDouble(Coverage.Interval::shortAgents).reversed()
                        .thenComparing(Coverage.Interval::start))
                .toList();
        if (shortIntervals.isEmpty()) {
            lines.add("No interval is short by half an agent or more.");
        } else {
            lines.add("Under-covered intervals (" + shortIntervals.size() + " short by half an agent or more), worst first:");
            shortIntervals.stream().limit(maxIntervals).forEach(i -> lines.add("  " + describe(i)));
            if (shortIntervals.size() > maxIntervals) {
                lines.add("  ... and " + (shortIntervals.size() - maxIntervals) + " more");
            }
        }
        lines.add(share("Weekend days", roster, Assignment::isWeekend));
        lines.add(share("Night shifts", roster, a -> a.isNight()));
        if (roster.getAssignments().stream().anyMatch(Assignment::isSurgeDay)) {
            lines.add(share("Surge days", roster, Assignment::isSurgeDay));
        }
        long changed = roster.getAssignments().stream().filter(Assignment::changedFromPublished).count();
        if (roster.getAssignments().stream().anyMatch(Assignment::isPublished)) {
            lines.add("Days changed from the published roster: " + changed);
        }
        return lines;
    }

    /** "Dec 31 10:00–10:30 enquiry: 42 needed, 39 scheduled". */
    public static String describe(Coverage.Interval i) {
        return DAY.format(i.start()) + "\u2013" + TIME.format(i.start().plusMinutes(i.minutes())) + " " + i.queue()
                + ": " + agents(i.requiredAgents()) + " needed, " + agents(i.scheduledAgents()) + " scheduled";
    }

    private static String agents(double n) {
        return Math.abs(n - Math.rint(n)) < 0.05 ? String.valueOf(Math.round(n))
                : String.format(Locale.ROOT, "%.1f", n);
    }

    private static String describe(ConstraintMatch<HardMediumSoftLongScore> match) {
        String what = match.getJustification() instanceof DefaultConstraintJustification j
                ? j.getFacts().stream().map(String::valueOf).collect(Collectors.joining(", "))
                : String.valueOf(match.getJustification());
        return what + " (" + -match.getScore().hardScore() + " min)";
    }

    private static String share(String what, Roster roster, Predicate<Assignment> kind) {
        Map<String, Long> perAgent = roster.getAssignments().stream()
                .filter(a -> a.isWorking() && kind.test(a))
                .collect(Collectors.groupingBy(a -> a.getAgent().id(), Collectors.counting()));
        IntSummaryStatistics stats = roster.getAgents().stream()
                .mapToInt(a -> perAgent.getOrDefault(a.id(), 0L).intValue()).summaryStatistics();
        return String.format(Locale.ROOT, "%s per agent: %d to %d (mean %.1f)", what, stats.getMin(), stats.getMax(),
                stats.getAverage());
    }
}
