package org.jlua.luatests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in interpreter for the runner's tests: a shell script that checks it was called as
 * {@code -e "_port=true _soft=true" FILE} and then acts by the file's name.
 */
final class UpstreamFakeLua {
    private static final String SCRIPT = """
            [ "$1" = -e ] && [ "$2" = "_port=true _soft=true" ] || { echo "fake: bad args: $*" >&2; exit 3; }
            if read -r line; then echo "fake: stdin is not empty" >&2; exit 4; fi
            [ -f "$3" ] || { echo "fake: cannot open $3" >&2; exit 1; }
            case "$3" in
              pass.lua) echo "testing pass"; echo OK ;;
              gc.lua) echo OK; echo ">>> closing state <<<"; echo ;;
              utf8.lua) echo ok ;;
              fail.lua) echo "testing fail"; echo "fake: fail.lua:3: assertion failed!" >&2; exit 1 ;;
              crash.lua) kill -SEGV $$ ;;
              silent.lua) echo "testing silent" ;;
              hang.lua) echo "testing hang"; sleep 60 & echo $! > hang.pid; wait ;;
              pair1.lua|pair2.lua)
                touch "$3.started"
                other=pair1.lua; [ "$3" = pair1.lua ] && other=pair2.lua
                for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20; do
                  [ -f "$other.started" ] && { echo OK; exit 0; }
                  sleep 0.5
                done
                echo "fake: $other never started alongside" >&2; exit 1 ;;
              *) echo "fake: $3 should not have been run" >&2; exit 5 ;;
            esac
            """;

    private UpstreamFakeLua() {}

    /** Writes the script into {@code dir} and returns the command that runs it. */
    static List<String> install(Path dir) throws IOException {
        Path script = dir.resolve("fake-lua.sh");
        Files.writeString(script, SCRIPT);
        return List.of("sh", script.toString());
    }
}
