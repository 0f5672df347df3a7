package wfm.cli.commands;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import wfm.cli.io.AgentsCsv;
import wfm.cli.io.RequirementsCsv;
import wfm.cli.io.RosterCsv;
import wfm.cli.io.ShiftsCsv;
import wfm.cli.io.UnavailabilityCsv;
import wfm.scheduling.capacity.RosterShrinkage;
import wfm.scheduling.solver.RosterRequest;

/**
 * The contract files a roster is planned from, read into the scheduler's {@link RosterRequest}: shared by
 * {@code wfm schedule} and the plan's certification rounds.
 *
 * @param unavailability may be null
 * @param keep           a published roster.csv to change as little as possible; may be null
 */
public record RosterRequestFiles(Path requirements, Path agents, Path shifts, Path unavailability, Path keep) {

    /** Returns the same files with another published roster to keep (null: none). */
    public RosterRequestFiles keeping(Path roster) {
        return new RosterRequestFiles(requirements, agents, shifts, unavailability, roster);
    }

    /**
     * The request, the requirement grossed up from agents on the phones to rostered heads by {@code shrinkage}
     * (unplanned absence and off-phone time; placed breaks are not in it).
     */
    public RosterRequest read(RosterRequest.Rules rules, RosterShrinkage shrinkage) {
        return read(rules, shrinkage, warning -> { });
    }

    /**
     * As {@link #read(RosterRequest.Rules, RosterShrinkage)}, passing contracts and shift templates beyond China's
     * Labour Law to {@code warnings} (one line each, naming file, line and column); what no week or day can hold
     * is bad input either way.
     */
    public RosterRequest read(RosterRequest.Rules rules, RosterShrinkage shrinkage, Consumer<String> warnings) {
        List<RosterRequest.Requirement> reqs = shrinkage.rosteredHeads(RequirementsCsv.read(requirements).stream()
                .map(r -> new RosterRequest.Requirement(r.intervalStart(), r.queue(), r.requiredAgents())).toList());
        List<AgentsCsv.Row> agentRows = AgentsCsv.read(agents, warnings);
        List<RosterRequest.AgentContract> contracts = agentRows.stream()
                .map(a -> new RosterRequest.AgentContract(a.agentId(), a.name(), a.skills(), a.minHoursPerWeek(),
                        a.maxHoursPerWeek(), a.maxConsecutiveDays())).toList();
        Set<String> agentIds = agentRows.stream().map(AgentsCsv.Row::agentId).collect(Collectors.toSet());
        List<RosterRequest.Absence> absences = unavailability == null ? List.of()
                : UnavailabilityCsv.read(unavailability, agentIds).stream()
                .map(u -> new RosterRequest.Absence(u.agentId(), u.from(), u.to())).toList();
        List<RosterRequest.PublishedShift> published = keep == null ? List.of()
                : RosterCsv.read(keep).stream().map(r -> new RosterRequest.PublishedShift(r.agentId(), r.date(),
                r.shiftId(), r.queue().isEmpty() ? null : r.queue())).toList();
        return new RosterRequest(reqs, contracts, ShiftsCsv.read(shifts, warnings), absences, published, rules);
    }
}
