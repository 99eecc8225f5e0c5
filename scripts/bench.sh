#!/usr/bin/env bash
# Benchmark of `raadsdoc batch` (run through `make bench`; prints figures,
# asserts nothing). Usage: scripts/bench.sh [N]   (N documents, default 10000)
#
# Prints: documents/s overall and per soort, peak RSS, time per stage with
# the deflate floor, the cold start of `raadsdoc check`, and PDF throughput
# against one soffice process per document.
set -euo pipefail

N=${1:-10000}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RAADSDOC="$ROOT/.build/release/raadsdoc"
WORK=$(mktemp -d /tmp/raadsdoc-bench.XXXXXX)
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT
JOBS=$(nproc)

echo "raadsdoc benchmark: $N documenten, $JOBS kernen ($(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
echo

# make_copies SOURCE_FOLDER FILE COUNT TARGET: COUNT variants of an example
# input, each with its own kenmerk and title, next to the folder's profile
# and the files it refers to (which the batch renders too, as a real meeting
# folder would).
make_copies() {
  local folder=$1 file=$2 count=$3 target=$4
  mkdir -p "$target"
  cp -r "$ROOT/inputs/$folder/." "$target/"
  local stem=${file%.yaml}
  for ((i = 1; i <= count; i++)); do
    sed -e "s/^kenmerk: \(.*\)$/kenmerk: \1-$i/" -e "s/^titel: \(.*\)$/titel: \1 ($i)/" \
      "$ROOT/inputs/$folder/$file" > "$target/$stem-$i.yaml"
  done
}

# run_batch LABEL FOLDER [extra args]: wall time, documents/s and peak RSS.
run_batch() {
  local label=$1 folder=$2; shift 2
  local out="$WORK/out-$label"
  local count
  count=$(find "$folder" -name '*.yaml' ! -name raadsdoc.yaml | wc -l)
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f "%M" -o "$WORK/rss-$label" "$RAADSDOC" batch "$folder" --uit "$out" --jobs "$JOBS" "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  local ms=$(((end - start) / 1000000))
  echo "$((count * 1000 / (ms > 0 ? ms : 1)))" > "$WORK/rate-$label"
  local rss=$(($(tail -n 1 "$WORK/rss-$label") / 1024))
  printf "  %-28s %6d documenten  %7.2f s  %7d doc/s  piek-RSS %4d MB\n" \
    "$label" "$count" "$(echo "$ms / 1000" | bc -l)" "$((count * 1000 / (ms > 0 ? ms : 1)))" "$rss"
}

has_input() { [ -f "$ROOT/inputs/$1/$2" ]; }

echo "Invoer maken..."
# Every generated folder sits two levels below $WORK, as the example inputs
# sit below the repository, so the profiles' template paths still resolve.
cp -r "$ROOT/templates" "$WORK/templates"
LETTERS=$((N / 2))
make_copies leidschendam-voorburg raadsinformatiebrief-klimaatakkoord.yaml "$LETTERS" "$WORK/brieven/raadsbrieven"
MIX="$WORK/mix"
mkdir -p "$MIX"
share=$((N / 4))
make_copies leidschendam-voorburg raadsinformatiebrief-klimaatakkoord.yaml "$share" "$MIX/raadsbrieven"
make_copies leidse-regio antwoordbrief-pip-wlq.yaml "$share" "$MIX/brieven"
if has_input leidse-regio samenwerkingsovereenkomst-warmte.yaml; then
  make_copies leidse-regio samenwerkingsovereenkomst-warmte.yaml "$share" "$MIX/overeenkomsten"
else
  make_copies leidse-regio raadsmededeling-warmte.yaml "$share" "$MIX/overeenkomsten"
fi
if has_input leidse-regio plan-van-aanpak-warmte.yaml; then
  make_copies leidse-regio plan-van-aanpak-warmte.yaml "$share" "$MIX/plannen"
else
  make_copies leidse-regio raadsmededeling-warmte.yaml "$share" "$MIX/plannen"
fi

echo
echo "Doorvoer (ODT, --jobs $JOBS):"
run_batch "raadsinformatiebrieven" "$WORK/brieven"
run_batch "gemengd" "$MIX"
for part in raadsbrieven brieven overeenkomsten plannen; do
  run_batch "  alleen $part" "$MIX/$part"
done

# The language check (--taal) on the same letters, side by side with the
# run without it: batch leaves it off by default when it costs more than
# 10 % (docs/taal.md).
echo
echo "Taalcontrole (raadsinformatiebrieven, --jobs $JOBS):"
run_batch "zonder --taal" "$WORK/brieven"
run_batch "met --taal" "$WORK/brieven" --taal
without=$(cat "$WORK/rate-zonder --taal")
with=$(cat "$WORK/rate-met --taal")
printf "  %-28s %6.1f %%  (onder 10 %%: aan in batch; anders uit, aan met --taal)\n" "doorvoer lager met --taal" \
  "$(echo "(1 - $with / $without) * 100" | bc -l)"

# The deflate floor: zlib alone deflating every XML part of each package
# (content, styles, meta, the template's settings, the manifest) at the
# same level, with one stream per thread.
for stack in "raadsinformatiebrieven:$WORK/brieven" "gemengd:$MIX"; do
  echo
  echo "Tijd per stap (${stack%%:*}, met --statistieken):"
  "$RAADSDOC" batch "${stack#*:}" --uit "$WORK/out-stats-${stack%%:*}" --jobs "$JOBS" --statistieken 2>&1 >/dev/null \
    | sed -n '/^statistieken/,$p' | sed 's/^/  /'
done

echo
# The first check of a template by this raadsdoc prepares and validates
# it; later ones take its verdict from the cache (see TemplateVerdictCache).
echo "Koude start van 'raadsdoc check' op één bestand met huisstijlsjabloon (mediaan van 21):"
single="$ROOT/inputs/leidse-regio/antwoordbrief-pip-wlq.yaml"
median_check() {
  local times=() start end
  for _ in $(seq 21); do
    [ "$1" = leeg ] && rm -rf "$WORK/cache"
    start=$(date +%s%N)
    XDG_CACHE_HOME="$WORK/cache" "$RAADSDOC" check "$single" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=($(((end - start) / 1000)))
  done
  printf "%s\n" "${times[@]}" | sort -n | sed -n 11p
}
printf "  %-44s %6.1f ms\n" "sjabloon al eens gecontroleerd" "$(echo "$(median_check bewaard) / 1000" | bc -l)"
printf "  %-44s %6.1f ms\n" "eerste keer (lege cache)" "$(echo "$(median_check leeg) / 1000" | bc -l)"

if command -v soffice > /dev/null; then
  echo
  PDFN=${PDF_DOCUMENTS:-40}
  echo "PDF via LibreOffice ($PDFN raadsinformatiebrieven):"
  mkdir -p "$WORK/pdf/in"
  cp "$ROOT/inputs/leidschendam-voorburg/raadsdoc.yaml" "$WORK/pdf/in/"
  for i in $(seq "$PDFN"); do cp "$WORK/brieven/raadsbrieven/raadsinformatiebrief-klimaatakkoord-$i.yaml" "$WORK/pdf/in/"; done
  start=$(date +%s%N)
  "$RAADSDOC" batch "$WORK/pdf/in" --uit "$WORK/pdf-batch" --pdf --jobs "$JOBS" > /dev/null 2>&1
  end=$(date +%s%N)
  batch_ms=$(((end - start) / 1000000))
  single_n=$((PDFN < 10 ? PDFN : 10))
  start=$(date +%s%N)
  for odt in $(find "$WORK/pdf-batch" -name '*.odt' | head -n "$single_n"); do
    soffice --headless "-env:UserInstallation=file://$WORK/lo-single" --convert-to pdf --outdir "$WORK/pdf-single" "$odt" > /dev/null 2>&1
  done
  end=$(date +%s%N)
  single_ms=$(((end - start) / 1000000))
  batch_rate=$(echo "$PDFN * 1000 / $batch_ms" | bc -l)
  single_rate=$(echo "$single_n * 1000 / $single_ms" | bc -l)
  printf "  batch --pdf (incl. ODT)      %6.2f doc/s\n" "$batch_rate"
  printf "  één soffice per document     %6.2f doc/s  (%d documenten)\n" "$single_rate" "$single_n"
  printf "  verhouding                   %6.2f ×\n" "$(echo "$batch_rate / $single_rate" | bc -l)"
fi
