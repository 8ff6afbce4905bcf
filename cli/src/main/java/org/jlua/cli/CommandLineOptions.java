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
        CommandSpec spec = options.spec();
        CommandLine commandLine = new CommandLine(spec);
        commandLine.setStopAtPositional(true);
        commandLine.setPosixClusteredShortOptionsAllowed(false);
        commandLine.setOverwrittenOptionsAllowed(true); // -e and -l may repeat
        List<String> normalized = new ArrayList<>();
        String bad = normalize(args, spec, normalized);
        if (bad != null) {
            err.println("jlua: " + bad);
            err.print(usage(spec));
            err.flush();
            return null;
        }
        try {
            ParseResult result = commandLine.parseArgs(normalized.toArray(new String[0]));
            options.version = result.hasMatchedOption("-v");
            options.interactive = result.hasMatchedOption("-i");
            options.ignoreEnv = result.hasMatchedOption("-E");
            options.warnings = result.hasMatchedOption("-W");
            options.noFold = result.hasMatchedOption("--no-fold");
            options.dump = result.hasMatchedOption("--dump");
            return options;
        } catch (CommandLine.ParameterException e) {
            // normalize lets through only what picocli accepts; this is a safety net
            err.println("jlua: " + e.getMessage());
            err.print(usage(spec));
            err.flush();
            return null;
        }
    }

    /**
     * Checks the options as lua.c does, up to the script (the first argument that is not an
     * option, or "-", or what follows "--"), and copies the arguments to {@code out} with a
     * value written against its option ({@code -eprint(1)}) split off. Returns lua.c's
     * message for a bad option ("unrecognized option '-x'", "'-e' needs argument"), or null.
     */
    private static String normalize(String[] args, CommandSpec spec, List<String> out) {
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-") || a.equals("--")) break;
            OptionSpec option = spec.findOption(a);
            if (option != null && option.arity().min() == 0) {
                out.add(a);
            } else if (a.startsWith("-e") || a.startsWith("-l")) {
                String name = a.substring(0, 2);
                String value;
                if (a.length() > 2) {
                    value = a.substring(2);
                } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                    value = args[++i];
                } else {
                    return "'" + name + "' needs argument";
                }
                out.add(name);
                out.add(value);
            } else {
                return "unrecognized option '" + a + "'";
            }
        }
        for (; i < args.length; i++) out.add(args[i]);
        return null;
    }

    /** The usage lua.c prints after a bad option, made from the options' descriptions. */
    private static String usage(CommandSpec spec) {
        StringBuilder u = new StringBuilder("usage: jlua [options] [script [args]]\nAvailable options are:\n");
        for (OptionSpec option : spec.options()) {
            if (option.longestName().startsWith("--")) continue; // jlua's own, listed last
            String name = option.longestName() + (option.arity().min() > 0 ? " " + option.paramLabel() : "");
            u.append(String.format("  %-9s %s%n", name, option.description()[0]));
            if (name.equals("-l mod")) u.append(String.format("  %-9s %s%n", "-l g=mod", "require library 'mod' into global 'g'"));
        }
        u.append(String.format("  %-9s %s%n", "--", "stop handling options"));
        u.append(String.format("  %-9s %s%n", "-", "stop handling options and execute stdin"));
        for (OptionSpec option : spec.options()) {
            if (option.longestName().startsWith("--")) {
                u.append(String.format("  %-9s %s%n", option.longestName(), option.description()[0]));
            }
        }
        return u.toString();
    }

    private CommandSpec spec() {
        CommandSpec spec = CommandSpec.create().name("jlua");
        spec.usageMessage().description("Runs a Lua 5.4 program.");
        // in lua.c's order, for the usage
        spec.addOption(action("-e", "stat", "execute string 'stat'", 'e'));
        spec.addOption(flag("-i", "enter interactive mode after executing 'script'"));
        spec.addOption(action("-l", "mod", "require library 'mod' into global 'mod'", 'l'));
        spec.addOption(flag("-v", "show version information"));
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
