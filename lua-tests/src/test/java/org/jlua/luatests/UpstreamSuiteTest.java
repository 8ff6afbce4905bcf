package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The upstream Lua 5.4.6 suite, unmodified, each file run by the jlua command: every file
 * listed in {@code upstream-passing.txt} must pass. Prints the whole table; a file that
 * passes without being listed is reported, not failed.
 */
class UpstreamSuiteTest {

    @Test
    void listedFilesPass() throws Exception {
        UpstreamSettings settings = UpstreamSettings.fromSystem();
        if (!Files.isRegularFile(settings.tarball())) {
            if (UpstreamSettings.onCi()) {
                fail(settings.missingTarballMessage());
            }
            System.out.println(settings.missingTarballMessage()); // surefire hides skip reasons
            Assumptions.abort(settings.missingTarballMessage());
        }
        UpstreamRatchet ratchet = UpstreamRatchet.read(settings.passingList());
        UpstreamSuite suite = UpstreamSuite.unpack(settings.tarball(), settings.workDir());
        List<UpstreamResult> results = suite.run(settings, suite.files());

        System.out.println("Upstream Lua 5.4.6 test suite, run with: "
                + String.join(" ", settings.command()) + " -e \"" + UpstreamCatalog.FLAGS
                + "\" FILE.lua");
        System.out.print(UpstreamReport.table(results));
        String note = UpstreamRatchet.newlyPassingNote(ratchet.newlyPassing(results));
        if (!note.isEmpty()) {
            System.out.println(note);
        }
        System.out.println("stdout and stderr of each file: " + UpstreamSuite.logDir(settings));

        List<String> problems = new ArrayList<>(ratchet.broken(results));
        for (String name : ratchet.unknown(suite.files())) {
            problems.add(name + " is not a file of the suite");
        }
        if (!problems.isEmpty()) {
            fail("upstream-passing.txt lists files that did not pass: "
                    + String.join("; ", problems));
        }
    }
}
