#!/usr/bin/env bash
# Benchmark of the werkplaats' check round trip (run through `make
# bench-werkplaats`; prints figures, asserts nothing).
# Usage: scripts/bench-werkplaats.sh [N] [RAADSDOC]
#   N: checks per editor (default 200); RAADSDOC: the executable (default the
#   release build).
#
# Starts `raadsdoc werkplaats` on a copy of inputs/, then posts the seed
# agreement (inputs/leidse-regio/samenwerkingsovereenkomst-warmte.yaml) to
# /api/controle as 1 editor and as 20 editors at once, each editor waiting
# for its answer before the next check, as the page does. Prints p50, p95
# and the slowest round trip, and checks per second.
set -euo pipefail

N=${1:-200}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RAADSDOC=${2:-"$ROOT/.build/release/raadsdoc"}
WORK=$(mktemp -d /tmp/raadsdoc-bench-werkplaats.XXXXXX)
SERVER=""
trap '[ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; rm -rf "$WORK"' EXIT

cp -r "$ROOT/inputs" "$ROOT/templates" "$WORK/"
"$RAADSDOC" werkplaats "$WORK/inputs" --poort 0 --uit "$WORK/uit" > "$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  grep -q '^http://127.0.0.1:' "$WORK/server.log" && break
  sleep 0.1
done
LINK=$(grep -m1 '^http://127.0.0.1:' "$WORK/server.log") || { echo "de werkplaats startte niet" >&2; cat "$WORK/server.log" >&2; exit 2; }

echo "werkplaats-benchmark: controle van de samenwerkingsovereenkomst, $N keer per editor, $(nproc) kernen ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
python3 - "$LINK" "$WORK/inputs/leidse-regio/samenwerkingsovereenkomst-warmte.yaml" "$N" <<'PY'
import http.client, sys, threading, time, urllib.parse

link, document, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
address = urllib.parse.urlparse(link)
token = urllib.parse.parse_qs(address.query)["token"][0]
host = address.netloc
body = open(document, "rb").read()
target = "/api/controle?pad=" + urllib.parse.quote("leidse-regio/samenwerkingsovereenkomst-warmte.yaml")
headers = {"Host": host, "Cookie": "werkplaats=" + token, "Origin": "http://" + host,
           "Content-Type": "text/plain; charset=utf-8"}

def editor(times, failures):
    connection = http.client.HTTPConnection(address.hostname, address.port)
    for _ in range(count):
        start = time.perf_counter()
        connection.request("POST", target, body=body, headers=headers)
        answer = connection.getresponse()
        answer.read()
        times.append(time.perf_counter() - start)
        if answer.status != 200:
            failures.append(answer.status)
    connection.close()

def run(editors):
    times, failures = [], []
    threads = [threading.Thread(target=editor, args=(times, failures)) for _ in range(editors)]
    start = time.perf_counter()
    for thread in threads: thread.start()
    for thread in threads: thread.join()
    elapsed = time.perf_counter() - start
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))] * 1000
    print("  %2d editor%s: p50 %6.1f ms, p95 %6.1f ms, max %6.1f ms, %6.1f controles/s%s" % (
        editors, " " if editors == 1 else "s", pick(0.5), pick(0.95), times[-1] * 1000, len(times) / elapsed,
        "" if not failures else ", %d mislukt" % len(failures)))

editor([], [])  # warm up: first loads, caches of the server process
run(1)
run(20)
PY
