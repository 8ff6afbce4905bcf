package org.jlua.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One script of {@code benchmarks/lua} at one size, with the output lua5.4 prints for it. The
 * files travel in the jar (see the module's pom): {@code lua/NAME.lua}, the sizes in
 * {@code KIND-sizes.txt} (lines of {@code NAME ARG...}) and lua5.4's output in
 * {@code expected/NAME.KIND.txt}, written by {@code benchmarks/update-expected.sh}.
 *
 * @param args the script's command-line arguments ({@code arg[1]}, ...)
 */
public record BenchmarkScript(String name, byte[] source, List<String> args, String expected) {
    /** The sizes JMH runs: about 0.05 s per run in lua5.4. */
    public static final String JMH = "jmh";
    /** The sizes the unit tests run: a few milliseconds. */
    public static final String TEST = "test";

    /** The file name the script is run as, e.g. {@code fib.lua}. */
    public String fileName() {
        return name + ".lua";
    }

    /** The script {@code name} at the size listed for {@code kind}. */
    public static BenchmarkScript load(String name, String kind) {
        List<String> args = sizes(kind).get(name);
        if (args == null) {
            throw new IllegalArgumentException("no script '" + name + "' in " + kind + "-sizes.txt");
        }
        return new BenchmarkScript(name, resource("lua/" + name + ".lua"), args,
                new String(resource("expected/" + name + "." + kind + ".txt"), StandardCharsets.ISO_8859_1));
    }

    /** Script name to arguments, in file order. */
    public static Map<String, List<String>> sizes(String kind) {
        String text = new String(resource(kind + "-sizes.txt"), StandardCharsets.ISO_8859_1);
        Map<String, List<String>> sizes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String content = line.replaceFirst("#.*", "").trim();
            if (!content.isEmpty()) {
                List<String> words = new ArrayList<>(Arrays.asList(content.split("\\s+")));
                sizes.put(words.remove(0), List.copyOf(words));
            }
        }
        return sizes;
    }

    private static byte[] resource(String path) {
        try (InputStream in = BenchmarkScript.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing benchmark resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
