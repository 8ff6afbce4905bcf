package org.jlua.luatests;

/**
 * How one upstream file fared.
 *
 * @param file    the file name, e.g. {@code calls.lua}
 * @param outcome passed, failed, timed out or skipped
 * @param seconds wall-clock time of its process (0 when it was not run)
 * @param detail  for a failure the first error line, for a skip its reason; else empty
 */
record UpstreamResult(String file, Outcome outcome, double seconds, String detail) {

    enum Outcome {
        PASSED("passed"),
        FAILED("failed"),
        TIMED_OUT("timed out"),
        SKIPPED("skipped");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** The word the report prints. */
        String label() {
            return label;
        }
    }

    boolean passed() {
        return outcome == Outcome.PASSED;
    }
}
