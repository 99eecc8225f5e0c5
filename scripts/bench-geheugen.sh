#!/usr/bin/env bash
# Peak memory of `raadsdoc batch` as the batch grows (run through
# `make bench`, or on its own; prints figures, asserts nothing).
# Usage: scripts/bench-geheugen.sh [COUNTS]   (default "1000 10000 100000")
#
# The letters are copies of the Leidschendam-Voorburg raadsinformatiebrief,
# each with its own kenmerk and title, in one folder next to that folder's
# profile and the files it refers to. Each count is a fresh output folder;
# the input folder grows from one count to the next.
set -euo pipefail

COUNTS=${1:-"1000 10000 100000"}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RAADSDOC=${RAADSDOC:-"$ROOT/.build/release/raadsdoc"}
WORK=$(mktemp -d /tmp/raadsdoc-geheugen.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
JOBS=${JOBS:-$(nproc)}
LETTER="$ROOT/inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml"

# The folder sits two levels below $WORK, as the example inputs sit below
# the repository, so that the profile's template path still resolves.
cp -r "$ROOT/templates" "$WORK/templates"
INPUT="$WORK/g/brieven"
mkdir -p "$INPUT"
cp -r "$ROOT/inputs/leidschendam-voorburg/." "$INPUT/"

echo "Piekgeheugen van raadsdoc batch (--jobs $JOBS, $(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')):"
printf "  %-28s %8s\n" "niets (raadsdoc --version)" "$(($(/usr/bin/time -f %M "$RAADSDOC" --version 2>&1 >/dev/null | tail -n 1) / 1024)) MB"
made=0
for count in $COUNTS; do
  # One awk for all copies: a process per file would take longer than the batch.
  awk -v from="$((made + 1))" -v to="$count" -v folder="$INPUT" '
    { lines[NR] = $0 }
    END {
      for (i = from; i <= to; i++) {
        file = folder "/brief-" i ".yaml"
        for (n = 1; n <= NR; n++) {
          line = lines[n]
          if (line ~ /^kenmerk: /) line = line "-" i
          else if (line ~ /^titel: /) line = line " (" i ")"
          print line > file
        }
        close(file)
      }
    }' "$LETTER"
  made=$count
  out="$WORK/uit-$count"
  /usr/bin/time -f %M -o "$WORK/rss" "$RAADSDOC" batch "$INPUT" --uit "$out" --jobs "$JOBS" > /dev/null 2>&1 || true
  documents=$(grep -c '"bron":' "$out/index.json" || true)
  printf "  %-28s %8s\n" "$documents documenten" "$(($(tail -n 1 "$WORK/rss") / 1024)) MB"
  rm -rf "$out"
done
