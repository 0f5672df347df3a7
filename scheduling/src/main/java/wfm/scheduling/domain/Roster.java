package wfm.scheduling.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning solution. Score levels: hard = broken rules (minutes, see the constraint provider), medium =
 * weighted agent-minutes short of the requirement plus changes to a published roster, soft = over-staffing and
 * unfair shares of weekends, nights and surge days.
 */
@PlanningSolution
public class Roster {
    private Horizon horizon;
    @ProblemFactCollectionProperty
    private List<Queue> queues;
    @ProblemFactCollectionProperty
    private List<Agent> agents;
    @ProblemFactCollectionProperty
    private List<SlotDemand> demands;
    @ProblemFactCollectionProperty
    private List<Unavailability> unavailabilities;
    @PlanningEntityCollectionProperty
    private List<Assignment> assignments;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** Moves the local search may try (0 = no limit), read by the solver's step-limit termination. */
    private long searchStepLimit;

    public Roster() {
        // for OptaPlanner's cloning
    }

    public Roster(Horizon horizon, List<Queue> queues, List<Agent> agents, List<SlotDemand> demands,
                  List<Unavailability> unavailabilities, List<Assignment> assignments) {
        this.horizon = horizon;
        this.queues = List.copyOf(queues);
        this.agents = List.copyOf(agents);
        this.demands = List.copyOf(demands);
        this.unavailabilities = List.copyOf(unavailabilities);
        this.assignments = new java.util.ArrayList<>(assignments);
    }

    public Horizon getHorizon() {
        return horizon;
    }

    public List<Queue> getQueues() {
        return queues;
    }

    public List<Agent> getAgents() {
        return agents;
    }

    public List<SlotDemand> getDemands() {
        return demands;
    }

    public List<Unavailability> getUnavailabilities() {
        return unavailabilities;
    }

    public List<Assignment> getAssignments() {
        return assignments;
    }

    /** Every agent's days, agents in the order their first day appears in {@link #getAssignments()}. */
    public Map<Agent, List<Assignment>> assignmentsByAgent() {
        Map<Agent, List<Assignment>> byAgent = new LinkedHashMap<>();
        for (Assignment a : assignments) {
            byAgent.computeIfAbsent(a.getAgent(), k -> new ArrayList<>()).add(a);
        }
        return byAgent;
    }

    public long getSearchStepLimit() {
        return searchStepLimit;
    }

    public void setSearchStepLimit(long searchStepLimit) {
        this.searchStepLimit = searchStepLimit;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
