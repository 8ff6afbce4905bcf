#!/bin/sh
# Regenerates the expectations of the golden corpus from the reference interpreter.
#
#   lua-tests/regen.sh                 every script under lua-tests/src/test/lua
#   lua-tests/regen.sh a.lua b.lua     just these scripts
#
# For each name.lua it runs `lua5.4 name.lua` in the script's directory with stdin from
# /dev/null and writes name.out (the exact stdout); when lua5.4 exits non-zero it also writes
# name.err (the first line of stderr, without the leading "lua5.4: "), else removes name.err.
# These files are never written by hand, and never from jlua's output.
set -eu

LUA=${LUA:-lua5.4}
CORPUS=$(cd "$(dirname "$0")" && pwd)/src/test/lua

if ! command -v "$LUA" >/dev/null 2>&1; then
    echo "regen.sh: $LUA not found" >&2
    exit 2
fi
case $("$LUA" -v 2>&1) in
    "Lua 5.4"*) ;;
    *) echo "regen.sh: $LUA is not Lua 5.4" >&2; exit 2 ;;
esac

regen() {
    dir=$(cd "$(dirname "$1")" && pwd)
    name=$(basename "$1" .lua)
    tmp=$(mktemp)
    status=0
    (cd "$dir" && "$LUA" "$name.lua" </dev/null >"$name.out" 2>"$tmp") || status=$?
    if [ "$status" -ne 0 ]; then
        line=$(head -n 1 "$tmp")
        printf '%s\n' "${line#"$LUA: "}" >"$dir/$name.err"
    else
        rm -f "$dir/$name.err"
    fi
    rm -f "$tmp"
}

if [ "$#" -eq 0 ]; then
    find "$CORPUS" -name '*.lua' -type f | LC_ALL=C sort >"${TMPDIR:-/tmp}/regen.$$"
    while IFS= read -r file; do
        regen "$file"
    done <"${TMPDIR:-/tmp}/regen.$$"
    rm -f "${TMPDIR:-/tmp}/regen.$$"
else
    for file in "$@"; do
        case $file in
            *.lua) regen "$file" ;;
            *) echo "regen.sh: not a .lua file: $file" >&2; exit 2 ;;
        esac
    done
fi
