package org.jlua.luatests;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff for failure messages: {@code -} lines are expected only, {@code +} lines actual
 * only, with a little unchanged context; lines are shown through {@link Bytes#visible}.
 */
final class TextDiff {
    private static final int CONTEXT = 2;
    private static final int MAX_SHOWN = 60;
    /** Beyond this many cells the middle is shown as replaced rather than aligned. */
    private static final long MAX_TABLE = 4_000_000L;

    private TextDiff() {}

    private enum Kind { SAME, REMOVED, ADDED }

    private record Edit(Kind kind, String line, int lineNumber) {}

    /** The diff of two texts, or the empty string when they are equal. */
    static String of(String expected, String actual) {
        if (expected.equals(actual)) {
            return "";
        }
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        List<Edit> edits = edits(a, b);
        return render(edits);
    }

    /** Lines with their terminator kept, so a missing final newline is a difference too. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, next));
            start = next;
        }
        return lines;
    }

    private static List<Edit> edits(List<String> a, List<String> b) {
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<Edit> edits = new ArrayList<>();
        for (int i = 0; i < prefix; i++) {
            edits.add(new Edit(Kind.SAME, a.get(i), i + 1));
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        if ((long) midA.size() * midB.size() <= MAX_TABLE) {
            align(midA, midB, prefix, edits);
        } else {
            for (int i = 0; i < midA.size(); i++) {
                edits.add(new Edit(Kind.REMOVED, midA.get(i), prefix + i + 1));
            }
            for (int j = 0; j < midB.size(); j++) {
                edits.add(new Edit(Kind.ADDED, midB.get(j), prefix + j + 1));
            }
        }
        for (int i = a.size() - suffix; i < a.size(); i++) {
            edits.add(new Edit(Kind.SAME, a.get(i), i + 1));
        }
        return edits;
    }

    /** Longest common subsequence alignment of the differing middle parts. */
    private static void align(List<String> a, List<String> b, int offset, List<Edit> edits) {
        int n = a.size();
        int m = b.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(Kind.SAME, a.get(i), offset + i + 1));
                i++;
                j++;
            } else if (i < n && (j == m || common[i + 1][j] >= common[i][j + 1])) {
                // removals first, so that a changed line reads as "- old" then "+ new"
                edits.add(new Edit(Kind.REMOVED, a.get(i), offset + i + 1));
                i++;
            } else {
                edits.add(new Edit(Kind.ADDED, b.get(j), offset + j + 1));
                j++;
            }
        }
    }

    private static String render(List<Edit> edits) {
        boolean[] shown = new boolean[edits.size()];
        for (int k = 0; k < edits.size(); k++) {
            if (edits.get(k).kind() != Kind.SAME) {
                for (int c = Math.max(0, k - CONTEXT); c <= Math.min(edits.size() - 1, k + CONTEXT); c++) {
                    shown[c] = true;
                }
            }
        }
        StringBuilder sb = new StringBuilder("(- expected, + actual; line numbers are each side's own)\n");
        int printed = 0;
        boolean gap = false;
        for (int k = 0; k < edits.size(); k++) {
            if (!shown[k]) {
                gap = true;
                continue;
            }
            if (printed == MAX_SHOWN) {
                sb.append("... (diff cut short)\n");
                break;
            }
            if (gap && printed > 0) {
                sb.append("...\n");
            }
            gap = false;
            Edit e = edits.get(k);
            char mark = switch (e.kind()) {
                case SAME -> ' ';
                case REMOVED -> '-';
                case ADDED -> '+';
            };
            String line = e.line();
            boolean terminated = line.endsWith("\n");
            String body = terminated ? line.substring(0, line.length() - 1) : line;
            sb.append(mark).append(String.format("%5d | ", e.lineNumber())).append(Bytes.visible(body));
            if (!terminated) {
                sb.append("   [no newline at end]");
            }
            sb.append('\n');
            printed++;
        }
        return sb.toString();
    }
}
