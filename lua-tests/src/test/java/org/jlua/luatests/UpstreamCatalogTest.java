package org.jlua.luatests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jlua.luatests.UpstreamCatalog.Run;
import org.jlua.luatests.UpstreamCatalog.Skip;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpstreamCatalogTest {
    @TempDir
    Path tmp;

    @Test
    void mostFilesCloseWithOk() {
        assertEquals(new Run("OK"), UpstreamCatalog.of("calls.lua"));
        assertEquals(new Run("OK"), UpstreamCatalog.of("a-file-from-a-later-suite.lua"));
    }

    @Test
    void someFilesCloseOtherwise() {
        assertEquals(new Run("ok"), UpstreamCatalog.of("utf8.lua"));
        assertEquals(new Run("Lua 5.4"), UpstreamCatalog.of("files.lua"));
        assertEquals(new Run("testing RK"), UpstreamCatalog.of("verybig.lua"));
    }

    @Test
    void theDriverHelpersAndEarlyReturnsAreSkipped() {
        for (String file : List.of("all.lua", "bwcoercion.lua", "tracegc.lua", "heavy.lua",
                "api.lua", "code.lua", "big.lua", "main.lua")) {
            assertTrue(UpstreamCatalog.of(file) instanceof Skip, file);
        }
    }

    /** Checks the catalog against the real suite, where the tarball is present. */
    @Test
    void namesOnlySuiteFilesAndEveryRunFilePrintsItsClosingLine() throws IOException {
        UpstreamSettings settings = UpstreamSettings.fromSystem();
        Assumptions.assumeTrue(Files.isRegularFile(settings.tarball()),
                settings::missingTarballMessage);
        UpstreamSuite suite = UpstreamSuite.unpack(settings.tarball(), tmp);
        for (String special : UpstreamCatalog.specialFiles()) {
            assertTrue(suite.files().contains(special), special + " is not in the suite");
        }
        for (String file : suite.files()) {
            if (UpstreamCatalog.of(file) instanceof Run run) {
                String text = Files.readString(suite.dir().resolve(file),
                        StandardCharsets.ISO_8859_1);
                boolean prints = file.equals("files.lua")
                        ? text.contains("io.write(string.format('%s\\n', _VERSION))")
                        : Pattern.compile("print\\s*\\(?\\s*[\"']" + Pattern.quote(run.closingLine())
                                + "[\"']").matcher(text).find();
                assertTrue(prints, file + " never prints " + run.closingLine());
            }
        }
    }
}
