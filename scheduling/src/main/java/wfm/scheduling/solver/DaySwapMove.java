package wfm.scheduling.solver;

import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;

import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;
import wfm.scheduling.domain.ShiftOption;
import wfm.scheduling.domain.ShiftTemplate;

/**
 * Swaps what one agent works on two days: day A gets day B's shift template and B gets A's (either may be a day
 * off). It moves a day off, or a late shift, to another day while the agent's weekly hours stay the same, which
 * a single change can only do through a broken contract. Shift values are per day, so the default swap move
 * cannot do this.
 */
public final class DaySwapMove extends AbstractMove<Roster> {
    private final Assignment a;
    private final Assignment b;

    public DaySwapMove(Assignment a, Assignment b) {
        this.a = a;
        this.b = b;
    }

    private static ShiftOption sameTemplateOn(Assignment day, ShiftOption shift) {
        if (shift == null) {
            return null;
        }
        ShiftTemplate template = shift.template();
        for (ShiftOption o : day.getShiftRange()) {
            if (o.template() == template) {
                return o;
            }
        }
        return null;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<Roster> scoreDirector) {
        if (a == b || a.isPinned() || b.isPinned() || a.getShift() == null && b.getShift() == null) {
            return false;
        }
        if (a.getShift() != null && b.getShift() != null && a.getShift().template() == b.getShift().template()) {
            return false;
        }
        return (a.getShift() == null || sameTemplateOn(b, a.getShift()) != null)
                && (b.getShift() == null || sameTemplateOn(a, b.getShift()) != null);
    }

    @Override
    protected AbstractMove<Roster> createUndoMove(ScoreDirector<Roster> scoreDirector) {
        return new DaySwapMove(a, b);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<Roster> scoreDirector) {
        ShiftOption forA = sameTemplateOn(a, b.getShift());
        ShiftOption forB = sameTemplateOn(b, a.getShift());
        scoreDirector.beforeVariableChanged(a, "shift");
        a.setShift(forA);
        scoreDirector.afterVariableChanged(a, "shift");
        scoreDirector.beforeVariableChanged(b, "shift");
        b.setShift(forB);
        scoreDirector.afterVariableChanged(b, "shift");
    }

    @Override
    public DaySwapMove rebase(ScoreDirector<Roster> destination) {
        return new DaySwapMove(destination.lookUpWorkingObject(a), destination.lookUpWorkingObject(b));
    }

    @Override
    public Collection<?> getPlanningEntities() {
        return List.of(a, b);
    }

    @Override
    public Collection<?> getPlanningValues() {
        return Arrays.asList(a.getShift(), b.getShift());
    }

    @Override
    public String getSimpleMoveTypeDescription() {
        return "DaySwapMove(Assignment.shift)";
    }

    @Override
    public String toString() {
        return "swap days " + a + " <-> " + b;
    }

    /**
     * Random day swaps of one agent within a week of each other. Relies on the builder's order of assignments:
     * agent by agent, day by day, which the solver's clones keep, then the lead-in days (the day before the
     * horizon, night shifts only), which are left out here.
     */
    public static final class Factory implements MoveIteratorFactory<Roster, DaySwapMove> {
        @Override
        public long getSize(ScoreDirector<Roster> scoreDirector) {
            Roster roster = scoreDirector.getWorkingSolution();
            return (long) roster.getAgents().size() * roster.getHorizon().days() * 12;
        }

        @Override
        public Iterator<DaySwapMove> createOriginalMoveIterator(ScoreDirector<Roster> scoreDirector) {
            throw new UnsupportedOperationException("day swaps are selected at random only");
        }

        @Override
        public Iterator<DaySwapMove> createRandomMoveIterator(ScoreDirector<Roster> scoreDirector, Random random) {
            Roster roster = scoreDirector.getWorkingSolution();
            List<Assignment> all = roster.getAssignments();
            int days = roster.getHorizon().days();
            int regular = roster.getAgents().size() * days;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return days > 1;
                }

                @Override
                public DaySwapMove next() {
                    int i = random.nextInt(regular);
                    int day = i % days;
                    int other = day + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(6));
                    other = Math.floorMod(other, days);
                    if (other == day) {
                        other = (day + 1) % days;
                    }
                    return new DaySwapMove(all.get(i), all.get(i - day + other));
                }
            };
        }
    }
}
