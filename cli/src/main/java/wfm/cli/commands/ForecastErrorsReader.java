package wfm.cli.commands;

import java.nio.file.Path;
import java.util.List;

import wfm.simulation.model.DemandUncertainty;

/** Placeholder until ForecastErrorsCsv.read lands: reads nothing. */
final class ForecastErrorsReader {
    private ForecastErrorsReader() {
    }

    static DemandUncertainty read(Path file, List<String> queues) {
        return DemandUncertainty.none();
    }
}
