package org.jlua.luatests;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.jlua.luatests.UpstreamResult.Outcome;

/**
 * The upstream run by hand ({@code lua-tests/upstream.sh [FILE.lua...]}): prints the same
 * table as the JUnit test, for the named files or all of them. Exit status 0 if every file
 * run passed, 1 if one failed or timed out, 2 if the run could not start.
 */
public final class UpstreamMain {
    private UpstreamMain() {}

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(Arrays.asList(args), UpstreamSettings.fromSystem(), System.out, System.err));
    }

    static int run(List<String> names, UpstreamSettings settings, PrintStream out,
                   PrintStream err) throws InterruptedException {
        if (!Files.isRegularFile(settings.tarball())) {
            err.println(settings.missingTarballMessage());
            return 2;
        }
        List<UpstreamResult> results;
        UpstreamRatchet ratchet;
        try {
            UpstreamSuite suite = UpstreamSuite.unpack(settings.tarball(), settings.workDir());
            results = suite.run(settings, suite.select(names));
            ratchet = UpstreamRatchet.read(settings.passingList());
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            err.println("upstream: " + e.getMessage());
            return 2;
        }
        out.print(UpstreamReport.table(results));
        String note = UpstreamRatchet.newlyPassingNote(ratchet.newlyPassing(results));
        if (!note.isEmpty()) {
            out.println(note);
        }
        for (String broken : ratchet.broken(results)) {
            out.println("listed in upstream-passing.txt but did not pass: " + broken);
        }
        out.println("stdout and stderr of each file: " + UpstreamSuite.logDir(settings));
        boolean allPassed = results.stream()
                .allMatch(r -> r.outcome() == Outcome.PASSED || r.outcome() == Outcome.SKIPPED);
        return allPassed ? 0 : 1;
    }
}
