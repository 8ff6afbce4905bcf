#!/usr/bin/env bash
# Shows the machine code C2 made of the dispatch loop (Interpreter.run) while ./jlua runs a
# script: how often the loop was compiled, how much of its last C2 version works on stack
# slots (values that found no register), and the instructions of the dispatch itself.
#
# usage: benchmarks/disasm.sh [-m METHOD] SCRIPT [ARG...]
#   -m METHOD  the method to list (default: org.jlua.vm.Interpreter::run)
# Needs gcc and Capstone (Debian: apt-get install -y libcapstone-dev) for the hsdis plugin,
# built once into benchmarks/target/hsdis. The whole listing is left in
# benchmarks/target/disasm/listing.txt. x86-64 only.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
method=org.jlua.vm.Interpreter::run
usage() { sed -n '/^# usage/,/^[^#]/s/^# \{0,1\}//p' "$0" >&2; exit 2; }
while getopts "m:h" opt; do
  case $opt in
    m) method=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[ $# -ge 1 ] || usage

plugin_dir=$here/target/hsdis
plugin=$plugin_dir/hsdis-amd64.so
if [ ! -f "$plugin" ] || [ "$here/disasm/hsdis-capstone.c" -nt "$plugin" ]; then
  [ -f /usr/include/capstone/capstone.h ] || { echo "disasm.sh: needs Capstone: apt-get install -y libcapstone-dev" >&2; exit 2; }
  mkdir -p "$plugin_dir"
  gcc -O2 -shared -fPIC -o "$plugin" "$here/disasm/hsdis-capstone.c" -lcapstone
fi

out=$here/target/disasm
mkdir -p "$out"
listing=$out/listing.txt
LD_LIBRARY_PATH=$plugin_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH} \
JLUA_JAVA_OPTS="${JLUA_JAVA_OPTS:-} -XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=quiet -XX:CompileCommand=print,$method" \
  "$root/jlua" "$@" > "$listing" 2>&1 || true

grep -q "Compiled method" "$listing" || { echo "disasm.sh: $method was not compiled (see $listing)" >&2; exit 1; }
echo "compilations of $method (time in ms since start, compile id, tier):"
grep "^Compiled method" "$listing" | sed 's/^/  /'
# the last C2 compilation: from its header to the end of its disassembly
awk '/^Compiled method \(c2\)/ { text = "" } { text = text $0 "\n" } END { printf "%s", text }' "$listing" \
  | sed '/^\[\/Disassembly\]/q' > "$out/last-c2.txt"
total=$(grep -c '^  0x[0-9a-f]*: ' "$out/last-c2.txt" || true)
stack=$(grep '^  0x[0-9a-f]*: ' "$out/last-c2.txt" | grep -c 'rsp [+-]' || true)
echo "last C2 version: $total instructions, $stack of them on stack slots ([rsp + n]): $out/last-c2.txt"
if grep -q $'jmp\tqword ptr \\[' "$out/last-c2.txt"; then
  echo "its dispatch, up to the indirect jump through the jump table:"
  grep -v '^ *;' "$out/last-c2.txt" | awk '
    /^  0x[0-9a-f]*: / { buf[++k] = $0 }
    /jmp\tqword ptr \[/ && !done { from = k > 40 ? k - 40 : 1; for (i = from; i <= k; i++) print buf[i]; done = 1 }'
else
  echo "no jump table: C2 compiled the switch to compares (it saw few opcodes; run the script longer)"
fi
