#!/usr/bin/env bash
# Whole-process comparison of jlua (or another Lua command) with lua5.4 on the benchmark
# scripts: start-up, compilation and run time together, as a user typing `jlua x.lua` sees it.
#
# usage: benchmarks/compare.sh [-r RUNS] [-c COMMAND] [-l LABEL] [-s SIZES] [-t SECONDS] [SCRIPT...]
#   -r RUNS     runs of each command per script, alternating (default 5)
#   -c COMMAND  the command measured against lua5.4 (default: $JLUA, else ./jlua of the repo root);
#               split on spaces, e.g. -c "java -cp luaj-jse-3.0.1.jar lua"
#   -l LABEL    its column title (default: $JLUA_LABEL, else jlua)
#   -s SIZES    the file of "script arg..." lines (default: benchmarks/sizes.txt)
#   -t SECONDS  time limit of one run (default 300); a run over it counts as a failure
#   SCRIPT      names from benchmarks/lua (default: every script in SIZES)
# The reference is $LUA, else lua5.4. A script whose output or exit status differs from the
# reference's is reported as MISMATCH (or ERROR, TIMEOUT) and left out of the geometric mean;
# the exit status is then 1.
set -u

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=5
command=${JLUA:-$root/jlua}
label=${JLUA_LABEL:-jlua}
sizes=$here/sizes.txt
limit=300
reference=${LUA:-lua5.4}

usage() { sed -n '/^# usage/,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
while getopts "r:c:l:s:t:h" opt; do
  case $opt in
    r) runs=$OPTARG ;;
    c) command=$OPTARG ;;
    l) label=$OPTARG ;;
    s) sizes=$OPTARG ;;
    t) limit=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[[ $runs =~ ^[1-9][0-9]*$ ]] || { echo "compare.sh: -r wants a positive count" >&2; exit 2; }
[ -r "$sizes" ] || { echo "compare.sh: cannot read $sizes" >&2; exit 2; }
read -r -a measured <<< "$command"
read -r -a ref <<< "$reference"
command -v "${measured[0]}" > /dev/null || { echo "compare.sh: no command ${measured[0]}" >&2; exit 2; }
command -v "${ref[0]}" > /dev/null || { echo "compare.sh: no command ${ref[0]}" >&2; exit 2; }

# Script names and arguments, in the order of the sizes file.
declare -A args_of
order=()
while read -r name rest; do
  [[ -z $name || $name == \#* ]] && continue
  args_of[$name]=${rest%%#*}
  order+=("$name")
done < "$sizes"
if [ $# -gt 0 ]; then
  for name in "$@"; do
    [ -n "${args_of[$name]+set}" ] || { echo "compare.sh: no script '$name' in $sizes" >&2; exit 2; }
  done
  order=("$@")
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

# timed OUTFILE CMD... : runs CMD with stdout in OUTFILE (exit status appended to it), prints
# the wall-clock seconds.
timed() {
  local out=$1; shift
  local start=$EPOCHREALTIME
  timeout "$limit" "$@" > "$out" 2> "$out.err" < /dev/null
  local status=$?
  local end=$EPOCHREALTIME
  echo "exit status $status" >> "$out"
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f\n", b - a }'
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# compare NAME ARG... : runs both commands with ARG..., prints NAME's table row.
compare() {
  local name=$1; shift
  local ref_times=() cmd_times=() verdict="" status
  for ((i = 1; i <= runs; i++)); do
    ref_times+=("$(timed "$scratch/ref.out" "${ref[@]}" "$@")")
    if [ "$i" = 1 ]; then cp "$scratch/ref.out" "$scratch/expected"; fi
    cmd_times+=("$(timed "$scratch/cmd.out" "${measured[@]}" "$@")")
    if ! cmp -s "$scratch/expected" "$scratch/cmd.out"; then
      status=$(tail -n 1 "$scratch/cmd.out")
      if [ "$status" = "exit status 124" ]; then verdict=TIMEOUT
      elif [ "$status" != "$(tail -n 1 "$scratch/expected")" ]; then verdict=ERROR
      else verdict=MISMATCH
      fi
      {
        echo "== $name: $label differs from $reference ($verdict); first lines of diff (< $reference, > $label):"
        diff "$scratch/expected" "$scratch/cmd.out" | head -n 6
        head -n 3 "$scratch/cmd.out.err"
      } >&2
      break
    fi
  done
  local ref_median cmd_median
  ref_median=$(printf '%s\n' "${ref_times[@]}" | median)
  if [ -n "$verdict" ]; then
    printf '%-16s %10.3f %10s %8s\n' "$name" "$ref_median" "-" "$verdict"
  else
    cmd_median=$(printf '%s\n' "${cmd_times[@]}" | median)
    printf '%-16s %10.3f %10.3f %8.2f\n' "$name" "$ref_median" "$cmd_median" \
      "$(awk -v a="$cmd_median" -v b="$ref_median" 'BEGIN { print (b > 0 ? a / b : 0) }')"
  fi
}

echo "# $label = ${measured[*]}; reference = ${ref[*]}; median of $runs alternating runs each"
printf '%-16s %10s %10s %8s\n' script "${ref[0]} s" "$label s" ratio
rows=$scratch/rows
: > "$rows"
for name in "${order[@]}"; do
  [ -r "$here/lua/$name.lua" ] || { echo "compare.sh: no benchmarks/lua/$name.lua" >&2; exit 2; }
  read -r -a script_args <<< "${args_of[$name]}"
  compare "$name" "$here/lua/$name.lua" "${script_args[@]}" | tee -a "$rows"
done
awk '$4 ~ /^[0-9.]+$/ && $4 > 0 { sum += log($4); n++ } $4 !~ /^[0-9.]+$/ { failed++ }
     END {
       if (n) printf "%-16s %10s %10s %8.2f   (%d script(s)%s)\n", "geometric mean", "", "", exp(sum / n), n,
                     failed ? ", " failed " failed and left out" : ""
     }' "$rows"
compare "start-up" -e "" | tee -a "$rows"
! grep -qE 'MISMATCH|ERROR|TIMEOUT' "$rows"
