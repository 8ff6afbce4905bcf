#!/usr/bin/env bash
# Records lua5.4's output of every script at the sizes of jmh-sizes.txt and test-sizes.txt
# as expected/SCRIPT.jmh.txt and expected/SCRIPT.test.txt: what the JMH benchmark and the
# unit tests check each engine's output against. Run it after changing a script or a size.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
lua=${LUA:-lua5.4}
mkdir -p "$here/expected"
rm -f "$here"/expected/*.txt
for kind in jmh test; do
  while read -r name rest; do
    [[ -z $name || $name == \#* ]] && continue
    read -r -a args <<< "${rest%%#*}"
    "$lua" "$here/lua/$name.lua" "${args[@]}" > "$here/expected/$name.$kind.txt"
  done < "$here/$kind-sizes.txt"
done
echo "wrote $(ls "$here"/expected/*.txt | wc -l) files in $here/expected"
