package wfm.scheduling.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

import wfm.scheduling.domain.Agent;
import wfm.scheduling.domain.Assignment;
import wfm.scheduling.domain.Roster;

/**
 * The first phase of the solver: a greedy roster built against the requirement that is still uncovered, so the
 * search starts with days off and shift starts where the demand is (busy days, month-end surges) instead of
 * wherever a first fit put them. On a 62,000 agent-day month the local search makes only a few moves per agent-day
 * in the time it has, so the starting roster decides much of the result.
 *
 * <p>Agents are planned one after another, least flexible first (fewest skills, then fewest shift values over the
 * horizon, e.g. because of leave). Each agent takes, one day at a time, the shift and queue that cover the most
 * weighted agent-minutes still short (the score's own weights), as long as the hard rules allow, and then whatever
 * the weekly minimum still needs ({@link AgentPlan}). What an agent covers comes off the residual requirement before
 * the next agent is planned.
 *
 * <p>Agents that already have shifts (a published roster being re-planned) are kept as they are and only their
 * coverage is taken off. An agent the greedy cannot plan within the hard rules is left unassigned for the
 * construction heuristic that runs next ({@link #leftForConstructionHeuristic}), as it would without this phase.
 *
 * <p>Coverage alone decides all that, so whoever was planned while nights were short took many of them; a last pass
 * ({@link FairShares}) exchanges whole shifts between agents, which leaves coverage exactly as it is, where that
 * evens out nights, weekend days and surge days (the soft fairness rules).
 */
public final class DemandAwareConstruction implements CustomPhaseCommand<Roster> {
    static final int MAX_IMPROVEMENT_PASSES = 10;
    /** Weighted agent-minutes below which another improvement pass is not worth its time. */
    static final double MIN_PASS_GAIN = 1000;

    private final boolean evenShares;

    /** The solver's phase: coverage first, then nights, weekends and surge days evened out ({@link FairShares}). */
    public DemandAwareConstruction() {
        this(true);
    }

    /** @param evenShares whether to run {@link FairShares} after the coverage passes (false: to measure it) */
    DemandAwareConstruction(boolean evenShares) {
        this.evenShares = evenShares;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<Roster> scoreDirector) {
        Roster roster = scoreDirector.getWorkingSolution();
        ResidualDemand residual = new ResidualDemand(roster.getQueues(), roster.getHorizon().slots(),
                roster.getDemands());
        Map<Agent, List<Assignment>> byAgent = roster.assignmentsByAgent();
        List<Agent> toPlan = new ArrayList<>();
        byAgent.forEach((agent, days) -> {
            if (AgentPlan.startsWithShifts(days)) {
                days.stream().filter(Assignment::isWorking).forEach(a -> residual.cover(a.getShift(), a.getQueue()));
            } else {
                toPlan.add(agent);
            }
        });
        // pinned days of agents still to plan are covered before anyone is planned
        toPlan.forEach(agent -> byAgent.get(agent).stream().filter(a -> a.isPinned() && a.isWorking())
                .forEach(a -> residual.cover(a.getShift(), a.getQueue())));
        toPlan.sort(Comparator.<Agent>comparingInt(a -> a.skills().size())
                .thenComparingInt(a -> AgentPlan.flexibility(byAgent.get(a))));
        List<AgentPlan> plans = new ArrayList<>();
        for (Agent agent : toPlan) {
            AgentPlan plan = new AgentPlan(agent, byAgent.get(agent));
            if (plan.plan(residual)) {
                plans.add(plan);
            }
        }
        improve(plans, residual);
        if (evenShares) {
            FairShares.even(plans);
        }
        plans.forEach(plan -> plan.apply(scoreDirector));
        scoreDirector.triggerVariableListeners();
    }

    /**
     * Hill climbing on the greedy roster ({@link AgentPlan#improve}): agents planned early took what gained most
     * then, e.g. the 09:00 starts of a morning, and later agents could only add to it; moving a shift's start or
     * a day within its week undoes that where it pays. Passes stop when one gains little.
     */
    static void improve(List<AgentPlan> plans, ResidualDemand residual) {
        for (int pass = 0; pass < MAX_IMPROVEMENT_PASSES; pass++) {
            double gained = 0;
            for (AgentPlan plan : plans) {
                gained += plan.improve(residual);
            }
            if (gained < MIN_PASS_GAIN) {
                return;
            }
        }
    }

    /**
     * Whether the construction heuristic after this phase should still place this agent's days: yes for an agent
     * this phase did not plan — one with a published roster (as before this phase existed) or one left without any
     * shift (the greedy could not keep the hard rules, or this phase did not run). Without this filter the
     * construction heuristic would revisit every day off this phase chose.
     */
    static boolean leftForConstructionHeuristic(List<Assignment> agentDays) {
        boolean published = false;
        boolean working = false;
        for (Assignment a : agentDays) {
            published |= a.getPublishedShift() != null;
            working |= !a.isPinned() && a.isWorking();
        }
        return published || !working;
    }
}
