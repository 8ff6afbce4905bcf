package org.jlua.luatests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One script of the golden corpus with the expectations that {@code regen.sh} wrote beside it
 * from lua5.4: {@code name.out} (its exact stdout) and, when lua5.4 failed, {@code name.err}
 * (the first line of its stderr without the {@code lua5.4: } prefix).
 *
 * @param script the {@code .lua} file
 * @param name   the script's path relative to the corpus root, with {@code /} separators
 */
record GoldenScript(Path script, String name) {

    /** The directory the script runs in, as regen.sh runs lua5.4 there. */
    Path directory() {
        return script.toAbsolutePath().getParent();
    }

    String fileName() {
        return script.getFileName().toString();
    }

    /** The expected stdout, bytes as ISO-8859-1 chars (Lua strings are byte strings). */
    String expectedStdout() {
        Path out = sibling(".out");
        if (!Files.exists(out)) {
            throw new IllegalStateException(out + " is missing: run lua-tests/regen.sh " + name);
        }
        return Bytes.latin1(read(out));
    }

    /** The expected first line of stderr after the interpreter's name, if the script fails. */
    Optional<String> expectedError() {
        Path err = sibling(".err");
        if (!Files.exists(err)) {
            return Optional.empty();
        }
        return Optional.of(Bytes.firstLine(Bytes.latin1(read(err))));
    }

    private Path sibling(String extension) {
        String base = fileName().substring(0, fileName().length() - ".lua".length());
        return script.resolveSibling(base + extension);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
