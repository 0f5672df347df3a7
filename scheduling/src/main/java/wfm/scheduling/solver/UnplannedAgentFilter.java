package wfm.scheduling.solver;

import java.util.HashSet;
import java.util.Set;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;

/**
 * Lets the construction heuristic place only the days of agents that {@link DemandAwareConstruction} did not plan
 * (see {@link DemandAwareConstruction#leftForConstructionHeuristic}). The answer is taken once per working solution,
 * when the construction heuristic starts: the days it places itself must not change which agents it may place.
 */
public final class UnplannedAgentFilter implements SelectionFilter<Roster, Assignment> {
    private Roster snapshotOf;
    private Set<Agent> unplanned;

    @Override
    public boolean accept(ScoreDirector<Roster> scoreDirector, Assignment assignment) {
        Roster roster = scoreDirector.getWorkingSolution();
        if (roster != snapshotOf) {
            unplanned = new HashSet<>();
            roster.assignmentsByAgent().forEach((agent, days) -> {
                if (DemandAwareConstruction.leftForConstructionHeuristic(days)) {
                    unplanned.add(agent);
                }
            });
            snapshotOf = roster;
        }
        return unplanned.contains(assignment.getAgent());
    }
}
