package org.jlua.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The options of the {@code jlua} command, read from its arguments by lua.c's rules: options
 * come first, each its own argument ({@code -ie} is not {@code -i -e}); {@code -e} and
 * {@code -l} take the next argument or the rest of their own ({@code -eprint(1)}); the first
 * argument that is not an option, or {@code -}, or what follows {@code --}, is the script,
 * and everything after it is the script's.
 *
 * Read by hand rather than with picocli: these rules are lua.c's, not a POSIX or GNU syntax
 * that picocli would check for us, and building picocli's command model cost 25-45 ms of a
 * 0.12 s start-up (benchmarks/README.md, "Warm-up and start-up").
 */
final class CommandLineOptions {
    /** An option: its name, the label of its value (null for a flag), and what it does. */
    private record Option(String name, String label, String description) {}

    /** In lua.c's order, for the usage; jlua's own (the "--" ones) are listed last. */
    private static final List<Option> OPTIONS = List.of(
            new Option("-e", "stat", "execute string 'stat'"),
            new Option("-i", null, "enter interactive mode after executing 'script'"),
            new Option("-l", "mod", "require library 'mod' into global 'mod'"),
            new Option("-v", null, "show version information"),
            new Option("-E", null, "ignore environment variables"),
            new Option("-W", null, "turn warnings on"),
            new Option("--no-fold", null, "turn constant folding off"),
            new Option("--dump", null, "list the compiled bytecode of 'script' instead of running it"));

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
        String bad = options.read(args);
        if (bad == null) return options;
        err.println("jlua: " + bad);
        err.print(usage());
        err.flush();
        return null;
    }

    /** Reads {@code args}; returns lua.c's message for a bad option, or null. */
    private String read(String[] args) {
        int i = 0;
        for (; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("-") || a.equals("-")) break;
            if (a.equals("--")) {
                i++;
                break;
            }
            switch (a) {
                case "-i" -> interactive = true;
                case "-v" -> version = true;
                case "-E" -> ignoreEnv = true;
                case "-W" -> warnings = true;
                case "--no-fold" -> noFold = true;
                case "--dump" -> dump = true;
                default -> {
                    if (!a.startsWith("-e") && !a.startsWith("-l")) return "unrecognized option '" + a + "'";
                    String value;
                    if (a.length() > 2) {
                        value = a.substring(2);
                    } else if (i + 1 < args.length && !args[i + 1].startsWith("-")) {
                        value = args[++i];
                    } else {
                        return "'" + a + "' needs argument";
                    }
                    actions.add(a.charAt(1) + value);
                }
            }
        }
        for (; i < args.length; i++) scriptAndArgs.add(args[i]);
        return null;
    }

    /** The usage lua.c prints after a bad option. */
    static String usage() {
        StringBuilder u = new StringBuilder("usage: jlua [options] [script [args]]\nAvailable options are:\n");
        for (Option o : OPTIONS) {
            if (o.name().startsWith("--")) continue;
            line(u, o.label() == null ? o.name() : o.name() + " " + o.label(), o.description());
            if (o.name().equals("-l")) line(u, "-l g=mod", "require library 'mod' into global 'g'");
        }
        line(u, "--", "stop handling options");
        line(u, "-", "stop handling options and execute stdin");
        for (Option o : OPTIONS) {
            if (o.name().startsWith("--")) line(u, o.name(), o.description());
        }
        return u.toString();
    }

    private static void line(StringBuilder u, String name, String description) {
        u.append("  ").append(name).append(" ".repeat(Math.max(1, 10 - name.length()))).append(description).append('\n');
    }
}
