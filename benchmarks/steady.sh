#!/usr/bin/env bash
# Steady-state A/B of jlua builds (or JVM flags): each configuration runs every script REPS
# times in one JVM (steady.lua keeps the best time of the second half), in RUNS rounds that
# alternate the configurations; it prints the median over the rounds per script, its ratio
# to the first configuration, and the geometric mean of the ratios.
#
# usage: benchmarks/steady.sh [-k RUNS] [-r REPS] [-s "SCRIPT..."] NAME=JAR[:JVM-FLAGS] ...
#   -k RUNS   rounds, each a new JVM per configuration and script (default 3)
#   -r REPS   runs of a script in one JVM (default 10)
#   -s        the scripts (default: all of steady-sizes.txt)
# e.g.  cp cli/target/jlua.jar /tmp/before.jar   # then change, rebuild, and:
#       benchmarks/steady.sh before=/tmp/before.jar after=cli/target/jlua.jar
#       benchmarks/steady.sh plain=cli/target/jlua.jar noclip=cli/target/jlua.jar:-XX:-ClipInlining
# Between JVM runs of one build the times vary by up to 30% with the JIT's choices: only
# differences well beyond that over several scripts mean anything.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
runs=3 reps=10 scripts=""
while getopts "k:r:s:h" opt; do
  case $opt in
    k) runs=$OPTARG ;;
    r) reps=$OPTARG ;;
    s) scripts=$OPTARG ;;
    *) sed -n '/^# usage/,/^# Between/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || { echo "steady.sh: name a configuration, NAME=JAR[:JVM-FLAGS]" >&2; exit 2; }
[ -n "$scripts" ] || scripts=$(grep -v '^#' "$here/steady-sizes.txt" | awk '{print $1}')
results=$(mktemp -d)
trap 'rm -rf "$results"' EXIT
# Each script runs under every configuration before the next script, and every other round
# takes the configurations in reverse order, so that a spell of load on the shared host falls
# on all of them alike instead of on one configuration's whole block of scripts.
configs=("$@")
for round in $(seq "$runs"); do
  order=("${configs[@]}")
  if [ $((round % 2)) -eq 0 ]; then
    order=()
    for ((i = ${#configs[@]} - 1; i >= 0; i--)); do order+=("${configs[i]}"); done
  fi
  for s in $scripts; do
    args=$(awk -v s="$s" '$1 == s { $1 = ""; print }' "$here/steady-sizes.txt")
    for config in "${order[@]}"; do
      name=${config%%=*} spec=${config#*=}
      jar=${spec%%:*} flags=""
      [ "$spec" != "$jar" ] && flags=${spec#*:}
      # shellcheck disable=SC2086  # flags and args are word lists
      java -XX:+UseSerialGC -XX:-DontCompileHugeMethods $flags -jar "$jar" \
        "$here/steady.lua" "$here/lua/$s.lua" "$reps" $args >> "$results/$name"
    done
  done
  echo "round $round of $runs done" >&2
done
names=()
for config in "$@"; do names+=("${config%%=*}"); done
python3 - "$results" "${names[@]}" <<'PY'
import math, statistics, sys
folder, names = sys.argv[1], sys.argv[2:]
times = {}
for name in names:
    per = {}
    for line in open(f"{folder}/{name}"):
        script, ms = line.split()
        per.setdefault(script, []).append(float(ms))
    times[name] = per
scripts = list(times[names[0]])
print(f"{'script':16}" + "".join(f"{n:>18}" for n in names))
logs = dict.fromkeys(names, 0.0)
for s in scripts:
    first = statistics.median(times[names[0]][s])
    row = f"{s:16}"
    for n in names:
        m = statistics.median(times[n][s])
        logs[n] += math.log(m / first)
        row += f"{m:10.0f} ({m / first:5.2f})"
    print(row + "   ms, median of " + ", ".join(
        "/".join(f"{v:.0f}" for v in times[n][s]) for n in names))
print(f"{'geometric mean':16}" + "".join(f"{math.exp(logs[n] / len(scripts)):18.3f}" for n in names))
PY
