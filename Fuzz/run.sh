#!/bin/sh
# Runs each fuzz target for FUZZ_TIME seconds (default 60; 0 is no limit),
# or until FUZZ_RUNS executions when that is set, one after the
# other, on the seeds of Fuzz/corpus.py and the corpus grown by earlier runs
# (.build-fuzz/corpus/<target>). A crash, a hang of more than 10 s
# (-timeout) or more than 2 GB of memory (-rss_limit_mb) is a finding: the
# input is saved under .build-fuzz/findings/ and the script exits 1 after
# running the remaining targets. Each target's log is
# .build-fuzz/corpus/<target>.log. Usage: Fuzz/run.sh [TARGET...] (targets:
# YAML RichText Template Render); expects `make fuzz-build`. FUZZ_BIN is the
# folder of the built targets (default .build-fuzz/release).
set -u
cd "$(dirname "$0")/.."
time=${FUZZ_TIME:-60}
runs=${FUZZ_RUNS:--1}
bin=${FUZZ_BIN:-.build-fuzz/release}
work=.build-fuzz/corpus
findings=.build-fuzz/findings
targets=${*:-YAML RichText Template Render}
rm -rf "$work/seeds"
python3 Fuzz/corpus.py "$work" || exit 2
mkdir -p "$findings"
# Swift's runtime keeps its one-time globals (specs, registries) reachable
# only through pointers LeakSanitizer does not follow, so every exit would
# report them as leaks; memory growth is caught by -rss_limit_mb instead.
export ASAN_OPTIONS=detect_leaks=0
# libFuzzer prints the stack of a finding; Swift's own backtracer only slows it down.
export SWIFT_BACKTRACE=enable=no
# The template target's checks keep their verdicts in the validation cache
# (ValidationCache); a cache of its own keeps the fuzzer's thousands of
# templates out of the user's.
export XDG_CACHE_HOME="$PWD/.build-fuzz/cache"
failed=""
for target in $targets; do
    # Long enough for every seed: the templates are 11–18 kB zips.
    case $target in Template) length=24576 ;; RichText) length=4096 ;; *) length=8192 ;; esac
    mkdir -p "$work/$target"
    if [ "$runs" -ge 0 ]; then echo "== Fuzz$target: $runs uitvoeringen"; else echo "== Fuzz$target: $time s"; fi
    "$bin/Fuzz$target" "$work/$target" "$work/seeds/$target" \
        -dict="$work/$target.dict" -max_len=$length -max_total_time="$time" -runs="$runs" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$findings/$target-" > "$work/$target.log" 2>&1
    status=$?
    grep -v -e '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' -e 'NEW_FUNC' "$work/$target.log"
    [ $status = 0 ] || failed="$failed $target"
done
if [ -n "$failed" ]; then
    echo "Fuzzing vond problemen in:$failed (invoer in $findings)" >&2
    exit 1
fi
