package org.jlua.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParseResult;

/**
 * The options of the {@code jlua} command, read from its arguments with picocli.
 *
 * The command is described through picocli's programmatic model rather than annotations:
 * reading annotations costs reflection and proxy classes at every start, about a third of
 * jlua's start-up time when measured.
 */
final class CommandLineOptions {
    /** -e and -l in command-line order: "e" + statement, or "l" + module. */
    final List<String> actions = new ArrayList<>();
    boolean version;
    boolean interactive;
    boolean ignoreEnv;
    boolean warnings;
    boolean noFold;
    boolean dump;
    /** The script ('-' for standard input) and its arguments; empty when there is no script. */
    final List<String> scriptAndArgs = new ArrayList<>();

    private CommandLineOptions() {}

    /** The options, or null after printing the error and the usage to {@code err}, as lua.c does. */
    static CommandLineOptions parse(String[] args, PrintStream err) {
        CommandLineOptions options = new CommandLineOptions();
        CommandLine commandLine = new CommandLine(options.spec());
        commandLine.setStopAtPositional(true);
        commandLine.setPosixClusteredShortOptionsAllowed(false);
        commandLine.setOverwrittenOptionsAllowed(true); // -e and -l may repeat
        try {
            ParseResult result = commandLine.parseArgs(args);
            options.version = result.hasMatchedOption("-v");
            options.interactive = result.hasMatchedOption("-i");
            options.ignoreEnv = result.hasMatchedOption("-E");
            options.warnings = result.hasMatchedOption("-W");
            options.noFold = result.hasMatchedOption("--no-fold");
            options.dump = result.hasMatchedOption("--dump");
            return options;
        } catch (CommandLine.ParameterException e) {
            err.println("jlua: " + e.getMessage());
            commandLine.usage(err);
            return null;
        }
    }

    private CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("jlua");
        spec.usageMessage().description("Runs a Lua 5.4 program.");
        spec.addOption(action("-e", "stat", "execute string 'stat'", 'e'));
        spec.addOption(action("-l", "name", "require library 'name' into global 'name'", 'l'));
        spec.addOption(flag("-v", "show version information"));
        spec.addOption(flag("-i", "enter interactive mode after executing 'script'"));
        spec.addOption(flag("-E", "ignore environment variables"));
        spec.addOption(flag("-W", "turn warnings on"));
        spec.addOption(flag("--no-fold", "turn constant folding off"));
        spec.addOption(flag("--dump", "list the compiled bytecode of 'script' instead of running it"));
        spec.addPositional(PositionalParamSpec.builder()
                .paramLabel("script [args]")
                .description("the script ('-' for standard input) and its arguments")
                .type(List.class).auxiliaryTypes(String.class)
                .arity("0..*")
                .setter(collect(scriptAndArgs))
                .build());
        return spec;
    }

    /** An option that takes a value and may repeat; each use is kept in order in {@link #actions}. */
    private OptionSpec action(String name, String label, String description, char kind) {
        return OptionSpec.builder(name).paramLabel(label).description(description)
                .type(String.class).arity("1")
                .setter(new ISetter() {
                    @Override
                    public <T> T set(T value) {
                        if (value != null) actions.add(kind + (String) value);
                        return null;
                    }
                })
                .build();
    }

    private static OptionSpec flag(String name, String description) {
        return OptionSpec.builder(name).description(description).arity("0").type(boolean.class).build();
    }

    /** picocli hands a multi-value positional its whole list each time it grows. */
    private static ISetter collect(List<String> into) {
        return new ISetter() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T set(T value) {
                if (value instanceof List<?> list) {
                    into.clear();
                    into.addAll((List<String>) list);
                }
                return null;
            }
        };
    }
}
