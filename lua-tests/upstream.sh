#!/usr/bin/env bash
# upstream.sh [FILE.lua...]: run files of the upstream Lua 5.4.6 suite (all of them by default)
# under ./jlua and print the same table as UpstreamSuiteTest does in `mvn verify`.
# It builds no part of jlua (./jlua builds itself on first use); it compiles only the runner's
# own few classes, with javac, when they changed.
#   JLUA_COMMAND=lua5.4 lua-tests/upstream.sh     what the reference interpreter gets
#   LUA_TESTS_TARBALL=path/to/lua-5.4.6-tests.tar.gz, -D options in UPSTREAM_OPTS (e.g.
#   "-Dupstream.timeout=10"): see UpstreamSettings.java.
# Exit status: 0 every file run passed, 1 one failed or timed out, 2 the run could not start.
set -eu
module=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$module")
command=${JLUA_COMMAND:-}
if [ -z "$command" ]; then
  command=$root/jlua
  [ -x "$command" ] || { echo "upstream.sh: no launcher at $command; set JLUA_COMMAND to run another interpreter" >&2; exit 2; }
  # Let a first-use build happen once here, not in two test processes at once.
  "$command" -e "" </dev/null >/dev/null || true
fi

src=$module/src/test/java/org/jlua/luatests
classes=$module/target/upstream-runner
if [ ! -f "$classes/.compiled" ] || [ -n "$(find "$src" -name 'Upstream*.java' -newer "$classes/.compiled")" ]; then
  rm -rf "$classes"
  mkdir -p "$classes"
  sources=()
  for f in "$src"/Upstream*.java; do
    case $f in *Test.java) ;; *) sources+=("$f") ;; esac   # the JUnit tests need JUnit
  done
  javac --release 17 -d "$classes" "${sources[@]}"
  touch "$classes/.compiled"
fi
# shellcheck disable=SC2086  # UPSTREAM_OPTS holds several options
exec java ${UPSTREAM_OPTS:-} -cp "$classes" -Dupstream.moduleDir="$module" -Djlua.command="$command" \
  org.jlua.luatests.UpstreamMain "$@"
