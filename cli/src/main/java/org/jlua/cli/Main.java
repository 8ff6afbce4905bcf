package org.jlua.cli;

/** Process entry point of the {@code jlua} command. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(Launcher.run(args, System.in, System.out, System.err));
    }
}
