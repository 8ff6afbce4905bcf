package org.jlua.luatests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One upstream run, shared by the JUnit test and {@code upstream.sh}: unpack the tarball
 * afresh (so no file a test wrote or changed survives), pick the files, run them.
 *
 * @param dir   the unpacked directory holding the test files
 * @param files the names of its {@code .lua} files, sorted
 */
record UpstreamSuite(Path dir, List<String> files) {

    /**
     * Unpacks {@code tarball} into {@code workDir}, replacing what was there.
     *
     * @throws IOException if it cannot be read or holds no {@code .lua} files
     */
    static UpstreamSuite unpack(Path tarball, Path workDir) throws IOException {
        deleteTree(workDir);
        UpstreamTar.extract(tarball, workDir.resolve("suite"));
        Path dir = findLuaDir(workDir.resolve("suite"), tarball);
        List<String> files;
        try (Stream<Path> entries = Files.list(dir)) {
            files = entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".lua"))
                    .sorted().toList();
        }
        return new UpstreamSuite(dir, files);
    }

    /**
     * The files named on a command line ({@code calls.lua}, {@code calls} or a path to it),
     * or all files when none are named.
     *
     * @throws IllegalArgumentException naming a file the suite does not have
     */
    List<String> select(List<String> names) {
        if (names.isEmpty()) {
            return files;
        }
        List<String> chosen = new ArrayList<>();
        for (String name : names) {
            String file = Path.of(name).getFileName().toString();
            file = file.endsWith(".lua") ? file : file + ".lua";
            if (!files.contains(file)) {
                throw new IllegalArgumentException("no file " + file + " in " + dir);
            }
            chosen.add(file);
        }
        return chosen;
    }

    /** Runs {@code chosen} with the command and limits of {@code settings}. */
    List<UpstreamResult> run(UpstreamSettings settings, List<String> chosen)
            throws IOException, InterruptedException {
        UpstreamRunner runner = new UpstreamRunner(settings.command(), dir, logDir(settings),
                settings.fileTimeout(), settings.budget(), settings.jobs());
        return runner.runAll(chosen);
    }

    /** Where each file's stdout and stderr are kept, to read after a failure. */
    static Path logDir(UpstreamSettings settings) {
        return settings.workDir().resolve("logs");
    }

    /** The directory holding all.lua (upstream's driver), else the first holding .lua files. */
    private static Path findLuaDir(Path root, Path tarball) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> luaFiles = walk.filter(p -> p.toString().endsWith(".lua")).toList();
            return luaFiles.stream().filter(p -> p.getFileName().toString().equals("all.lua"))
                    .findFirst().or(() -> luaFiles.stream().findFirst())
                    .map(Path::getParent)
                    .orElseThrow(() -> new IOException(tarball + " holds no .lua files"));
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
