#!/usr/bin/env bash
# Counts the machine instructions one iteration of a Lua loop takes, in lua5.4 and in jlua:
# each runs SCRIPT (a loop that does not end, such as those in benchmarks/icount/), and once it
# is warm, gdb stops the thread running Lua, steps it one machine instruction at a time and
# finds the period after which the instruction addresses repeat. Unlike a timing, the count does
# not depend on the load of the host: it shows what a change to the dispatch loop costs or saves
# on a shared machine, where steady.sh needs many rounds to see 5%.
#
# usage: benchmarks/icount.sh [-n STEPS] [-w SECONDS] [-e ENGINES] SCRIPT...
#   -n STEPS    machine instructions to step (default 3000; the period must repeat twice in the second half)
#   -w SECONDS  how long jlua runs before it is stopped, for C2's last compilation (default 8)
#   -e ENGINES  lua5.4, jlua or both, comma-separated (default lua5.4,jlua)
# Needs gdb and the right to trace one's own processes (ptrace). jlua is ./jlua, with
# JLUA_JAVA_OPTS passed on. The stepped addresses are left in benchmarks/target/icount/.
# A loop whose path changes from one iteration to the next (a branch on the data) shows no
# period: the script says so.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
steps=3000
warm=8
engines=lua5.4,jlua
usage() { sed -n '/^# usage/,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
while getopts "n:w:e:h" opt; do
  case $opt in
    n) steps=$OPTARG ;;
    w) warm=$OPTARG ;;
    e) engines=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage
command -v gdb >/dev/null || { echo "icount.sh: needs gdb (apt-get install -y gdb)" >&2; exit 2; }
out=$here/target/icount
mkdir -p "$out"

# step PID THREAD-SELECTOR FILE: steps the thread and writes one instruction address a line
step() {
  local pid=$1 select=$2 file=$3 cmds=$out/gdb-commands
  {
    echo 'set pagination off'
    echo 'handle SIGSEGV nostop noprint pass' # the JVM's own traps (implicit null checks)
    echo "$select"
    echo 'set scheduler-locking on'           # no other thread runs (no safepoint is started)
    for _ in $(seq "$steps"); do echo 'stepi'; done
    echo 'detach'
  } > "$cmds"
  # each stepi prints the new pc first on its line when it is not at the start of a source line
  gdb -p "$pid" -batch -x "$cmds" 2>/dev/null | grep -o '^0x[0-9a-f]*' > "$file" || true
}

# period FILE: the smallest p such that the last half of the addresses repeats with period p
period() {
  awk '{ a[NR] = $1 } END {
    from = int(NR / 2)
    for (p = 1; p <= NR - from; p++) {
      ok = 1
      for (i = from; i + p <= NR; i++) if (a[i] != a[i + p]) { ok = 0; break }
      if (ok && NR - from >= 2 * p) { print p; exit }
    }
    print "none"
  }' "$1"
}

# the thread running Lua in a jlua process: the one the launcher names "jlua"
jlua_thread() {
  gdb -p "$1" -batch -ex 'info threads' 2>/dev/null | awk '/"jlua"/ { sub(/^\*/, ""); print $1; exit }'
}

printf '%-24s %10s %10s\n' script "${engines%%,*}" "$(echo "$engines" | cut -s -d, -f2)"
for script in "$@"; do
  name=$(basename "$script" .lua)
  row=()
  for engine in ${engines//,/ }; do
    case $engine in
      lua5.4)
        lua5.4 "$script" >/dev/null & pid=$!
        sleep 1
        step "$pid" "" "$out/$name.lua5.4.txt" ;;
      jlua)
        "$root/jlua" "$script" >/dev/null & launcher=$!
        sleep "$warm"
        pid=$(pgrep -P "$launcher" java || echo "$launcher") # the launcher may exec java itself
        thread=$(jlua_thread "$pid")
        [ -n "$thread" ] || { echo "icount.sh: no thread named jlua in process $pid" >&2; kill "$launcher"; exit 1; }
        step "$pid" "thread $thread" "$out/$name.jlua.txt" ;;
      *) echo "icount.sh: unknown engine $engine" >&2; exit 2 ;;
    esac
    kill "$pid" 2>/dev/null || true
    wait 2>/dev/null || true
    row+=("$(period "$out/$name.$engine.txt")")
  done
  printf '%-24s %10s %10s\n' "$name" "${row[0]}" "${row[1]:-}"
done
