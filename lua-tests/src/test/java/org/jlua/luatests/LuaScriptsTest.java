package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jlua.cli.Launcher;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the golden corpus under src/test/lua: every script, with constant folding on and off,
 * through {@link Launcher#run}, in the script's own directory with an empty stdin, and compares
 * with the expectations lua5.4 produced (see lua-tests/README.md).
 *
 * <p>{@code -Djlua.luatests.filter=closures/} runs only the scripts whose name contains the
 * text; {@code -Djlua.luatests.timeout=120} changes the per-run limit in seconds.
 */
class LuaScriptsTest {
    private static final Path CORPUS = Path.of(System.getProperty("basedir", ""))
            .toAbsolutePath().resolve("src/test/lua");
    private static final Duration TIMEOUT =
            Duration.ofSeconds(Long.getLong("jlua.luatests.timeout", 60));
    private static final String FILTER = System.getProperty("jlua.luatests.filter", "");
    private static final int STDERR_LINES_SHOWN = 8;

    /** The two ways every script runs; folding must never change what a script does. */
    private enum Mode {
        FOLD("fold", List.of()),
        NO_FOLD("no-fold", List.of("--no-fold"));

        final String label;
        final List<String> options;

        Mode(String label, List<String> options) {
            this.label = label;
            this.options = options;
        }
    }

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<GoldenScript> scripts = scripts();
        assertFalse(scripts.isEmpty(), "no scripts found under " + CORPUS);
        return scripts.stream().flatMap(script -> Stream.of(Mode.values())
                .map(mode -> DynamicTest.dynamicTest(
                        script.name() + " [" + mode.label + "]",
                        script.script().toUri(),
                        () -> assertTimeoutPreemptively(TIMEOUT, () -> check(script, mode)))));
    }

    private static List<GoldenScript> scripts() throws IOException {
        try (Stream<Path> files = Files.walk(CORPUS)) {
            return files
                    .filter(p -> p.getFileName().toString().endsWith(".lua") && Files.isRegularFile(p))
                    .map(p -> new GoldenScript(p, CORPUS.relativize(p).toString().replace('\\', '/')))
                    .filter(s -> s.name().contains(FILTER))
                    .sorted((x, y) -> x.name().compareTo(y.name()))
                    .toList();
        }
    }

    private static void check(GoldenScript script, Mode mode) {
        String expectedOut = script.expectedStdout();
        Optional<String> expectedErr = script.expectedError();

        List<String> args = new ArrayList<>(mode.options);
        args.add(script.fileName());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Launcher.run(args.toArray(String[]::new), script.directory(),
                new ByteArrayInputStream(new byte[0]), out, err);

        String actualOut = Bytes.latin1(out.toByteArray());
        String actualErr = Bytes.latin1(err.toByteArray());
        List<String> problems = new ArrayList<>();

        int expectedStatus = expectedErr.isPresent() ? 1 : 0;
        if (status != expectedStatus) {
            problems.add("exit status: expected " + expectedStatus + ", got " + status);
        }
        if (expectedErr.isPresent()) {
            String wanted = "jlua: " + expectedErr.get();
            String got = Bytes.firstLine(actualErr);
            if (!wanted.equals(got)) {
                problems.add("first line of stderr:\n  expected: " + Bytes.visible(wanted)
                        + "\n  actual:   " + Bytes.visible(got));
            }
        }
        if (!expectedOut.equals(actualOut)) {
            problems.add("stdout differs from " + script.name().replaceFirst("\\.lua$", ".out")
                    + ":\n" + TextDiff.of(expectedOut, actualOut));
        }
        if (!problems.isEmpty()) {
            if (!actualErr.isEmpty()) {
                problems.add("stderr was:\n" + head(actualErr));
            }
            fail(script.name() + " [" + mode.label + "]\n" + String.join("\n", problems));
        }
    }

    private static String head(String text) {
        String[] lines = text.split("\n");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, STDERR_LINES_SHOWN); i++) {
            sb.append("  ").append(Bytes.visible(lines[i])).append('\n');
        }
        if (lines.length > STDERR_LINES_SHOWN) {
            sb.append("  ...\n");
        }
        return sb.toString();
    }
}
