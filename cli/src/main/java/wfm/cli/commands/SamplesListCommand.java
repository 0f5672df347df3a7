package wfm.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import wfm.cli.ExitCode;
import wfm.cli.io.TextTable;
import wfm.cli.plan.Samples;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "The sample hotlines shipped with the tool, each ready for 'wfm plan --sample NAME'.",
        footer = {"", "Example:", "  wfm samples list && wfm plan --sample hotline-95504"})
public final class SamplesListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        TextTable table = new TextTable(List.of("sample", "what it models"));
        Samples.list().forEach(s -> table.add(List.of(s.name(), s.description())));
        spec.commandLine().getOut().print(table);
        return ExitCode.OK;
    }
}
