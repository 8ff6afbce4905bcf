package org.jlua.luatests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The upstream files that must keep passing, read from {@code upstream-passing.txt}: one
 * file name a line, {@code #} starts a comment. The list only grows: a file is added once
 * the run reports it as passing.
 */
record UpstreamRatchet(Set<String> listed) {

    static UpstreamRatchet read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    static UpstreamRatchet parse(String text) {
        Set<String> listed = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            int hash = line.indexOf('#');
            String name = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (!name.isEmpty()) {
                listed.add(name);
            }
        }
        return new UpstreamRatchet(Set.copyOf(listed));
    }

    /** Listed files among {@code results} that did not pass, with how they fared. */
    List<String> broken(List<UpstreamResult> results) {
        List<String> broken = new ArrayList<>();
        for (UpstreamResult r : results) {
            if (listed.contains(r.file()) && !r.passed()) {
                broken.add(r.file() + " " + r.outcome().label()
                        + (r.detail().isEmpty() ? "" : " (" + r.detail() + ")"));
            }
        }
        return broken;
    }

    /** Listed names that are not files of the suite: a typo would otherwise guard nothing. */
    List<String> unknown(Collection<String> suiteFiles) {
        return listed.stream().filter(name -> !suiteFiles.contains(name)).sorted().toList();
    }

    /** Files that passed but are not listed yet. */
    List<String> newlyPassing(List<UpstreamResult> results) {
        return results.stream().filter(UpstreamResult::passed).map(UpstreamResult::file)
                .filter(file -> !listed.contains(file)).toList();
    }

    /** The line that asks for the list to grow, or "" when there is nothing to add. */
    static String newlyPassingNote(List<String> newlyPassing) {
        return newlyPassing.isEmpty() ? ""
                : "now passing, add it to upstream-passing.txt: " + String.join(" ", newlyPassing);
    }
}
