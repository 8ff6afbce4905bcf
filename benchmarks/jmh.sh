#!/usr/bin/env bash
# Steady-state comparison inside one JVM (JMH, ScriptBenchmark): each script is compiled once,
# then run again and again at its size in jmh-sizes.txt; start-up and compilation excluded.
#
# usage: benchmarks/jmh.sh [-e ENGINES] [-f FORKS] [-w WARMUPS] [-i ITERATIONS] [-b] [-v] [SCRIPT...] [-- JMH-OPTION...]
#   -e ENGINES     comma-separated engine names (default luaj,jlua: compares them)
#   -f, -w, -i     forks, warm-up and measurement iterations of 2 s (default 1, 6, 5:
#                  about 25 s per script and engine)
#   -b             rebuild target/benchmarks.jar even if it looks up to date
#   -v             show JMH's own output instead of one line per script and engine
#   SCRIPT         names from benchmarks/lua (default: all)
#   JMH-OPTION     passed to JMH as they are, e.g. -- -prof gc
# Prints a table of milliseconds per run (JMH's score and its 99.9% error) and, for two
# engines, the ratio of the second to the first. JMH's log is kept in target/jmh.log and the
# raw results in target/jmh.csv.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
engines=luaj,jlua
forks="" warmups="" iterations="" rebuild=0 verbose=0
usage() { sed -n '/^# usage/,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
# getopts would take a "--" with no script before it as its own end of options: note
# whether the argument it stops at was that "--", so JMH's options are not read as scripts.
while getopts "e:f:w:i:bvh" opt; do
  case $opt in
    e) engines=$OPTARG ;;
    f) forks=$OPTARG ;;
    w) warmups=$OPTARG ;;
    i) iterations=$OPTARG ;;
    b) rebuild=1 ;;
    v) verbose=1 ;;
    *) usage ;;
  esac
done
ended_by_dashes=0
[ "$OPTIND" -gt 1 ] && [ "${*:OPTIND-1:1}" = "--" ] && ended_by_dashes=1
shift $((OPTIND - 1))
scripts=()
if [ "$ended_by_dashes" = 0 ]; then
  while [ $# -gt 0 ] && [ "$1" != "--" ]; do scripts+=("$1"); shift; done
  [ $# -gt 0 ] && shift
fi
extra=("$@")

jar=$here/target/benchmarks.jar
# The jar is stale when any source of the project, script, size or expected output is newer.
if [ $rebuild = 1 ] || [ ! -f "$jar" ] || [ -n "$(find "$root" \( -name target -o -name '.*' \) -prune -o \
     -type f \( -name '*.java' -o -name pom.xml -o -name '*.lua' -o -name '*.txt' \) -newer "$jar" -print -quit)" ]; then
  echo "building $jar ..." >&2
  (cd "$root" && mvn -q -Pjmh -pl benchmarks -am package -DskipTests) >&2
fi

options=(ScriptBenchmark -p "engine=$engines" -rf csv -rff "$here/target/jmh.csv")
if [ ${#scripts[@]} -gt 0 ]; then
  options+=(-p "script=$(IFS=,; echo "${scripts[*]}")")
fi
[ -n "$forks" ] && options+=(-f "$forks")
[ -n "$warmups" ] && options+=(-wi "$warmups")
[ -n "$iterations" ] && options+=(-i "$iterations")

rm -f "$here/target/jmh.csv"
if [ $verbose = 1 ]; then
  java -jar "$jar" "${options[@]}" "${extra[@]}" | tee "$here/target/jmh.log"
else
  java -jar "$jar" "${options[@]}" "${extra[@]}" > "$here/target/jmh.log" 2>&1 &
  jmh=$!
  # One progress line per trial, and the reason of any failure.
  tail -n +1 -f --pid=$jmh "$here/target/jmh.log" 2>/dev/null \
    | grep --line-buffered -E '^# Parameters: |^<failure>|^[A-Za-z.]*(Exception|Error): ' \
    | sed -u 's/^# Parameters: /running /' >&2 || true
  wait $jmh || { echo "jmh.sh: JMH failed, see $here/target/jmh.log" >&2; exit 1; }
fi
[ -f "$here/target/jmh.csv" ] || { echo "jmh.sh: JMH wrote no results" >&2; exit 1; }

# The log names each trial ("# Parameters: (engine = luaj, script = fib)") and marks a failed
# iteration "<failure>"; JMH still reports a score from the iterations before it, which must
# not pass for a result. The CSV has "Benchmark","Mode","Threads","Samples","Score",
# "Score Error (99.9%)","Unit", then one column per parameter in alphabetical order.
awk -F, -v engines="$engines" -v order="$(sed -n 's/^\([a-z_]*\).*/\1/p' "$here/jmh-sizes.txt" | tr '\n' ' ')" '
  function unquote(s) { gsub(/"/, "", s); return s }
  { sub(/\r$/, "") }  # JMH writes CRLF
  FILENAME ~ /jmh\.log$/ {
    if ($0 ~ /^# Parameters: /) { trial = $0; gsub(/^.*engine = |\)$/, "", trial); sub(/, script = /, SUBSEP, trial) }
    else if ($0 ~ /<failure>/) failed[trial] = 1
    next
  }
  FNR == 1 { for (i = 1; i <= NF; i++) column[unquote($i)] = i; next }
  {
    e = unquote($column["Param: engine"]); s = unquote($column["Param: script"]); seen[s] = 1
    if ((e, s) in failed) next
    score[s, e] = unquote($column["Score"]); error[s, e] = unquote($column["Score Error (99.9%)"])
    unit = unquote($column["Unit"])
  }
  END {
    n = split(engines, engine, ",")
    if (unit == "") unit = "ms/op"
    printf "%-16s", "script"
    for (k = 1; k <= n; k++) printf " %18s", engine[k] " " unit
    if (n == 2) printf " %9s", engine[2] "/" engine[1]
    printf "\n"
    m = split(order, name, " ")
    for (j = 1; j <= m; j++) {
      s = name[j]
      if (!(s in seen)) continue
      printf "%-16s", s
      for (k = 1; k <= n; k++) {
        if (((s, engine[k]) in score)) printf " %10.3f ± %5.3f", score[s, engine[k]], error[s, engine[k]]
        else { printf " %18s", "failed"; anyfailed = 1 }
      }
      if (n == 2 && ((s, engine[1]) in score) && ((s, engine[2]) in score)) {
        r = score[s, engine[2]] / score[s, engine[1]]; printf " %9.2f", r; sum += log(r); count++
      }
      printf "\n"
    }
    if (count) printf "geometric mean of %d ratio(s): %.2f\n", count, exp(sum / count)
    if (anyfailed) print "failed: the trial threw or printed a wrong result (see target/jmh.log)"
  }' "$here/target/jmh.log" "$here/target/jmh.csv"
