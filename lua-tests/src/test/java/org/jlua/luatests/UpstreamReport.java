package org.jlua.luatests;

import java.util.List;
import java.util.Locale;
import org.jlua.luatests.UpstreamResult.Outcome;

/** The table the upstream run prints: one row per file, then the counts. */
final class UpstreamReport {
    /** Long error lines are cut here so that a row stays one terminal line or so. */
    private static final int DETAIL_WIDTH = 160;

    private UpstreamReport() {}

    /** The rows in the given order, then {@link #counts}. */
    static String table(List<UpstreamResult> results) {
        int fileWidth = "file".length();
        for (UpstreamResult r : results) {
            fileWidth = Math.max(fileWidth, r.file().length());
        }
        String row = "%-" + fileWidth + "s  %-9s  %7s  %s";
        StringBuilder table = new StringBuilder();
        table.append(String.format(row, "file", "result", "seconds", "first error line / reason")
                .stripTrailing()).append('\n');
        for (UpstreamResult r : results) {
            String seconds = r.outcome() == Outcome.SKIPPED
                    ? "" : String.format(Locale.ROOT, "%.2f", r.seconds());
            table.append(String.format(row, r.file(), r.outcome().label(), seconds,
                    cut(r.detail())).stripTrailing()).append('\n');
        }
        return table.append(counts(results)).append('\n').toString();
    }

    /** {@code N passed, N failed, N skipped}; a timeout counts as a failure. */
    static String counts(List<UpstreamResult> results) {
        long passed = results.stream().filter(r -> r.outcome() == Outcome.PASSED).count();
        long skipped = results.stream().filter(r -> r.outcome() == Outcome.SKIPPED).count();
        long failed = results.size() - passed - skipped;
        return passed + " passed, " + failed + " failed, " + skipped + " skipped";
    }

    private static String cut(String detail) {
        return detail.length() <= DETAIL_WIDTH ? detail : detail.substring(0, DETAIL_WIDTH) + "...";
    }
}
