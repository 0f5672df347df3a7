package wfm.scheduling.solver;

import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.optaplanner.core.impl.solver.termination.AbstractTermination;
import org.optaplanner.core.impl.solver.termination.Termination;
import org.optaplanner.core.impl.solver.thread.ChildThreadType;

import wfm.scheduling.domain.Roster;

/**
 * Ends the local search after {@link Roster#getSearchStepLimit()} moves tried (each one score calculation), a
 * count that does not depend on the machine's speed, so a seeded search ends on the same roster whatever the load.
 *
 * <p>Why moves tried and not OptaPlanner's steps (accepted moves): when the search sits on a roster that no move
 * improves on (late acceptance then accepts nothing), a step never ends, and a step limit would wait for the time
 * limit; moves tried keep counting. OptaPlanner checks phase termination after every move it tries.
 *
 * <p>Built by OptaPlanner from its class name, so the limit travels on the planning solution.
 */
public final class SearchStepLimit extends AbstractTermination<Roster> {
    private long startCount;

    @Override
    public void phaseStarted(AbstractPhaseScope<Roster> phaseScope) {
        startCount = phaseScope.getScoreDirector().getCalculationCount();
    }

    /** Moves tried since this phase started. */
    private long tried(AbstractPhaseScope<Roster> phaseScope) {
        return phaseScope.getScoreDirector().getCalculationCount() - startCount;
    }

    @Override
    public boolean isPhaseTerminated(AbstractPhaseScope<Roster> phaseScope) {
        long limit = phaseScope.getWorkingSolution().getSearchStepLimit();
        return limit > 0 && tried(phaseScope) >= limit;
    }

    @Override
    public double calculatePhaseTimeGradient(AbstractPhaseScope<Roster> phaseScope) {
        long limit = phaseScope.getWorkingSolution().getSearchStepLimit();
        return limit > 0 ? Math.min(1.0, (double) tried(phaseScope) / limit) : 0.0;
    }

    @Override
    public boolean isSolverTerminated(SolverScope<Roster> solverScope) {
        throw new UnsupportedOperationException("a phase termination only");
    }

    @Override
    public double calculateSolverTimeGradient(SolverScope<Roster> solverScope) {
        throw new UnsupportedOperationException("a phase termination only");
    }

    @Override
    public Termination<Roster> createChildThreadTermination(SolverScope<Roster> solverScope,
                                                           ChildThreadType childThreadType) {
        return new SearchStepLimit();
    }
}
