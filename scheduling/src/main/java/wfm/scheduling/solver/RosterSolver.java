package wfm.scheduling.solver;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import org.optaplanner.core.config.heuristic.selector.common.SelectionCacheType;
import org.optaplanner.core.config.heuristic.selector.common.SelectionOrder;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;

import wfm.scheduling.constraints.RosterConstraintProvider;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.SlotDemand;

/**
 * Solves a roster with OptaPlanner (Bavet constraint streams): a greedy construction against the residual
 * requirement ({@link DemandAwareConstruction}), a first-fit construction for any agent it could not plan, then
 * late-acceptance local search until the time limit, or a step limit for rosters that reproduce whatever the
 * machine's load, over three kinds of moves: change one agent-day's shift or queue, swap two agent-days (two agents
 * on the same day), and swap two days of one agent ({@link DaySwapMove}, which moves a day off while weekly hours
 * stay put). Single-threaded. The solved roster's nights, weekend days and surge days are then evened out by
 * exchanging whole shifts between agents ({@link FairShares}), which leaves coverage as it is.
 */
public final class RosterSolver {

    /**
     * How long and with which seed to solve.
     *
     * @param unimprovedLimit stop when the best score has not improved for this long; may be null
     * @param steps           0: search until the time limit. Otherwise stop the local search after this many steps,
     *                        a step being one move tried (one score calculation; see {@link SearchStepLimit}): with
     *                        the same seed and problem the roster is then the same whatever the machine's load, and
     *                        {@code timeLimit} only caps a search that would run too long (if it stops the search
     *                        first, {@link Result#stepsDone()} falls short and the roster is no longer reproducible)
     */
    public record Options(Duration timeLimit, long seed, Duration unimprovedLimit, int steps) {
        public Options {
            if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("time limit (" + timeLimit + ") must be positive");
            }
            if (steps < 0) {
                throw new IllegalArgumentException("steps (" + steps + ") must be 0 (no limit) or positive");
            }
        }

        public Options(Duration timeLimit, long seed, Duration unimprovedLimit) {
            this(timeLimit, seed, unimprovedLimit, 0);
        }

        public Options(Duration timeLimit, long seed) {
            this(timeLimit, seed, null, 0);
        }

        /** The same options with a local-search step limit (0 = none). */
        public Options withSteps(int steps) {
            return new Options(timeLimit, seed, unimprovedLimit, steps);
        }
    }

    /** A new best roster was found. */
    public record Progress(Duration elapsed, HardMediumSoftLongScore bestScore) {
    }

    /**
     * The solved roster, its shifts with breaks placed, coverage, and the solver's own figures.
     *
     * @param stepsDone local-search steps made: moves tried (score calculations of the local search)
     */
    public record Result(Roster roster, List<ScheduledShift> shifts, Coverage coverage, HardMediumSoftLongScore score,
                         long scoreCalculationsPerSecond, Duration timeSpent, Duration timeToFeasible, long seed,
                         long stepsDone) {
        public boolean feasible() {
            return score.hardScore() == 0 && score.isSolutionInitialized();
        }
    }

    private RosterSolver() {
    }

    public static SolverConfig config(Options options) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(options.timeLimit());
        if (options.unimprovedLimit() != null) {
            termination.setUnimprovedSpentLimit(options.unimprovedLimit());
        }
        SolverConfig config = new SolverConfig()
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(options.seed())
                .withSolutionClass(Roster.class)
                .withEntityClasses(Assignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(RosterConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withTerminationConfig(termination)
                .withPhases(new CustomPhaseConfig()
                                .withCustomPhaseCommandClassList(List.of(DemandAwareConstruction.class)),
                        // only for the agents the demand-aware construction left unplanned
                        new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(new QueuedEntityPlacerConfig()
                                .withEntitySelectorConfig(new EntitySelectorConfig()
                                        .withId(Assignment.class.getName())
                                        .withEntityClass(Assignment.class)
                                        .withCacheType(SelectionCacheType.PHASE)
                                        .withSelectionOrder(SelectionOrder.ORIGINAL)
                                        .withFilterClass(UnplannedAgentFilter.class))),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig().withMoveSelectors(
                                        new ChangeMoveSelectorConfig(),
                                        new SwapMoveSelectorConfig(),
                                        new MoveIteratorFactoryConfig()
                                                .withMoveIteratorFactoryClass(DaySwapMove.Factory.class)))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(400))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)));
        limitLocalSearchSteps(config, options.steps());
        return config;
    }

    /**
     * A count of moves tried, unlike time, does not depend on the machine: the local search ends after the limit
     * the problem carries ({@link SearchStepLimit}; the solver-wide time limit still caps it). Construction phases
     * end by themselves, deterministically.
     */
    private static void limitLocalSearchSteps(SolverConfig config, int steps) {
        if (steps > 0) {
            config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                    .forEach(phase -> phase.setTerminationConfig(
                            new TerminationConfig().withTerminationClass(SearchStepLimit.class)));
        }
    }

    public static Result solve(Roster problem, Options options, Consumer<Progress> progress) {
        SolverFactory<Roster> factory = SolverFactory.create(config(options));
        Solver<Roster> solver = factory.buildSolver();
        long[] feasibleAtMillis = {-1};
        solver.addEventListener(event -> {
            HardMediumSoftLongScore score = (HardMediumSoftLongScore) event.getNewBestScore();
            if (feasibleAtMillis[0] < 0 && score.isSolutionInitialized() && score.hardScore() == 0) {
                feasibleAtMillis[0] = event.getTimeMillisSpent();
            }
            progress.accept(new Progress(Duration.ofMillis(event.getTimeMillisSpent()), score));
        });
        problem.setSearchStepLimit(options.steps());
        long[] steps = {0};
        ((DefaultSolver<Roster>) solver).addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            private long startCount;

            @Override
            public void phaseStarted(AbstractPhaseScope<Roster> phaseScope) {
                startCount = phaseScope.getScoreDirector().getCalculationCount();
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<Roster> phaseScope) {
                if (phaseScope instanceof LocalSearchPhaseScope) {
                    steps[0] += phaseScope.getScoreDirector().getCalculationCount() - startCount;
                }
            }
        });
        Roster solved = solver.solve(problem);
        if (FairShares.evenSolved(solved) > 0) {
            // coverage and hard rules are as they were; the soft level is counted again from scratch
            SolutionManager.create(factory).update(solved);
        }
        var scope = ((DefaultSolver<Roster>) solver).getSolverScope();
        HardMediumSoftLongScore score = solved.getScore();
        if (feasibleAtMillis[0] < 0 && score.isSolutionInitialized() && score.hardScore() == 0) {
            feasibleAtMillis[0] = scope.getTimeMillisSpent();
        }
        List<ScheduledShift> shifts = BreakPlanner.place(solved);
        return new Result(solved, shifts, coverage(solved, shifts), score, scope.getScoreCalculationSpeed(),
                Duration.ofMillis(scope.getTimeMillisSpent()),
                feasibleAtMillis[0] < 0 ? null : Duration.ofMillis(feasibleAtMillis[0]), options.seed(), steps[0]);
    }

    /** Coverage of every interval and queue of the roster's horizon by the given shifts. */
    public static Coverage coverage(Roster roster, List<ScheduledShift> shifts) {
        List<RosterRequest.Requirement> required = roster.getDemands().stream()
                .map(RosterSolver::requirement).toList();
        return Coverage.of(required, roster.getHorizon().slotMinutes(), shifts);
    }

    private static RosterRequest.Requirement requirement(SlotDemand d) {
        return new RosterRequest.Requirement(d.start(), d.queue().name(), d.requiredAgents());
    }
}
