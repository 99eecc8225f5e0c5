#!/usr/bin/env bash
# Side-by-side benchmark of raadsdoc against relatorio, the Python ODT
# templating library from PyPI (run through `make bench-peers`; prints
# figures, asserts nothing).
#
# Usage: scripts/bench-peers.sh [N] [ROUNDS] [STORAGE]
#   N        letters per run (default 2000)
#   ROUNDS   interleaved rounds (default 3); the figures are medians
#   STORAGE  where inputs and outputs live: tmp (default, /tmp), tmpfs
#            (/dev/shm), disk (.build-peers/runs in the repository) or a folder
# Environment: BRIEF (the letter to render, default the seed 001
# raadsinformatiebrief in inputs/leidschendam-voorburg), SAMPLE (letters per
# tool to validate, default 5), KEEP=1 keeps the work folder, PYTHON (default
# python3) makes the virtual environment in PEERS_VENV (default
# .build-peers/venv), RELATORIO (pip requirement, default relatorio).
#
# Both tools render the letter N times, each variant with its own kenmerk
# (as scripts/bench.sh makes them). A BRIEF of one's own is a
# raadsinformatiebrief or raadsmededeling; its profile is the raadsdoc.yaml
# raadsdoc itself would find (in the letter's folder or the nearest one
# above), copied with its file paths (sjabloon, sjablonen, logo) made
# absolute, and the other files of the letter's folder (images) and the YAML
# documents the letter refers to (bijlagen) are copied beside the variants;
# raadsdoc makes those documents too in every run, but only the N letters
# count. relatorio's template
# is made at run time from raadsdoc's own rendering of that letter
# (scripts/peers/make_relatorio_template.py), and relatorio reads the same
# YAML files (scripts/peers/relatorio_render.py: template loaded once, the
# loop in one Python process). Every round runs, in this order, raadsdoc
# --jobs 1, raadsdoc --jobs 2, one relatorio process and two relatorio
# processes (each half of the letters), each writing N files to a fresh
# folder on the same file system.
set -euo pipefail

N=${1:-2000}
ROUNDS=${2:-3}
STORAGE=${3:-tmp}
SAMPLE=${SAMPLE:-5}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
RAADSDOC="$ROOT/.build/release/raadsdoc"
PEERS="$ROOT/scripts/peers"
VENV=${PEERS_VENV:-$ROOT/.build-peers/venv}
PYTHON=${PYTHON:-python3}
BRIEF=${BRIEF:-$ROOT/inputs/leidschendam-voorburg/raadsinformatiebrief-klimaatakkoord.yaml}

fail() {
  echo "bench-peers: $*" >&2
  exit 1
}

[[ $N =~ ^[0-9]+$ && $N -ge 2 ]] || fail "N moet een getal ≥ 2 zijn (was '$N')"
[[ $ROUNDS =~ ^[0-9]+$ && $ROUNDS -ge 1 ]] || fail "ROUNDS moet een getal ≥ 1 zijn (was '$ROUNDS')"
[ -x "$RAADSDOC" ] || fail "$RAADSDOC ontbreekt; bouw eerst (swift build -c release --static-swift-stdlib --product raadsdoc, of make bench-peers)"
[ -x /usr/bin/time ] || fail "/usr/bin/time ontbreekt (apt-get install time)"
[ -f "$BRIEF" ] || fail "BRIEF: $BRIEF bestaat niet of is geen bestand"
BRIEF=$(realpath "$BRIEF")
LETTER=$(basename "$BRIEF")
case $LETTER in
  raadsdoc.yaml | *[!A-Za-z0-9._-]* | [!A-Za-z0-9]*) fail "BRIEF: '$LETTER' is geen naam voor een brief (letters, cijfers, '.', '_' en '-', en geen raadsdoc.yaml)" ;;
  *.yaml) ;;
  *) fail "BRIEF: $LETTER eindigt niet op .yaml" ;;
esac
grep -Eq '^soort:[[:space:]]*(["'\'']?)(raadsinformatiebrief|raadsmededeling)\1[[:space:]]*(#.*)?$' "$BRIEF" ||
  fail "BRIEF: $BRIEF is geen raadsinformatiebrief of raadsmededeling ('soort:' bovenaan), en alleen die kan het relatorio-sjabloon nabootsen"
# The profile raadsdoc would use: in the letter's folder or the nearest above.
PROFILE=
folder=$(dirname "$BRIEF")
while :; do
  if [ -f "$folder/raadsdoc.yaml" ]; then PROFILE="$folder/raadsdoc.yaml"; break; fi
  [ "$folder" = / ] && break
  folder=$(dirname "$folder")
done
[ -n "$PROFILE" ] || fail "BRIEF: geen raadsdoc.yaml in $(dirname "$BRIEF") of een map daarboven"

case $STORAGE in
  tmp) BASE=${TMPDIR:-/tmp} ;;
  tmpfs) BASE=/dev/shm ;;
  disk) BASE="$ROOT/.build-peers/runs" ;;
  *) BASE=$STORAGE ;;
esac
mkdir -p "$BASE"
WORK=$(mktemp -d "$BASE/raadsdoc-peers.XXXXXX")
trap '[ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT

# The virtual environment with relatorio (and PyYAML), made once.
venv_python="$VENV/bin/python"
if ! "$venv_python" -c 'import relatorio, yaml' 2> /dev/null; then
  echo "relatorio installeren in $VENV ..."
  log="$WORK/pip.log"
  if ! { "$PYTHON" -m venv "$VENV" &&
    "$venv_python" -m pip install --disable-pip-version-check --quiet "${RELATORIO:-relatorio}" PyYAML; } > "$log" 2>&1; then
    tail -n 15 "$log" >&2
    fail "relatorio kon niet worden geïnstalleerd ($PYTHON -m venv $VENV; pip install ${RELATORIO:-relatorio} PyYAML); zie de meldingen hierboven"
  fi
  "$venv_python" -c 'import relatorio, yaml' ||
    fail "relatorio is geïnstalleerd in $VENV maar laat zich niet importeren"
fi
relatorio_version=$("$venv_python" -c 'import relatorio; print(relatorio.__version__)')
python_version=$("$venv_python" -c 'import platform, yaml; print(platform.python_version(), "PyYAML", yaml.__version__, "(libyaml)" if yaml.__with_libyaml__ else "(zonder libyaml)")')
raadsdoc_version=$("$RAADSDOC" --version 2> /dev/null || echo '?')

echo "raadsdoc tegenover relatorio: $N × $BRIEF, $ROUNDS ronde(n), $(nproc) kernen ($(uname -m), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'))"
echo "  raadsdoc $raadsdoc_version; relatorio $relatorio_version op Python $python_version"
echo "  opslag: $WORK ($(stat -f -c %T "$WORK"))"
echo

# The N variants, each with its own kenmerk and title, next to a copy of the
# profile whose file paths are absolute, the other files of the letter's
# folder (images, also in subfolders) and the YAML documents the letter refers
# to (bijlagen, an akkoord and its deals; scripts/peers/referenced_files.py)
# beside them, so that every reference resolves as beside the original.
echo "Invoer en sjabloon maken..."
IN="$WORK/in/brieven/raadsbrieven"
SEED="$WORK/seed/brieven/raadsbrieven"
mkdir -p "$IN" "$SEED"
"$venv_python" "$PEERS/absolute_profile.py" "$PROFILE" "$IN/raadsdoc.yaml" ||
  fail "het profiel $PROFILE kon niet worden gekopieerd"
tar -C "$(dirname "$BRIEF")" --exclude='*.yaml' --exclude='*.yml' -cf - . | tar -C "$IN" -xf -
REFERENCED=$("$venv_python" "$PEERS/referenced_files.py" "$BRIEF") ||
  fail "de documenten waarnaar $LETTER verwijst, konden niet worden gekopieerd"
while IFS= read -r referenced; do
  [ -n "$referenced" ] || continue
  mkdir -p "$IN/$(dirname "$referenced")"
  cp "$(dirname "$BRIEF")/$referenced" "$IN/$referenced"
done <<< "$REFERENCED"
EXTRA=$(grep -c . <<< "$REFERENCED" || true)
[ "$EXTRA" -eq 0 ] || echo "  $LETTER verwijst naar $EXTRA document(en); raadsdoc maakt die in elke run ook (ze tellen niet mee), relatorio niet"
cp -r "$IN"/. "$SEED"/
cp "$BRIEF" "$SEED/"
stem=${LETTER%.yaml}
# vary KEY SUFFIX: sed expressions that append SUFFIX to a top-level KEY's
# value, plain or in double or single quotes, before a trailing comment.
vary() {
  local key=$1 suffix=$2
  printf '%s\n' \
    "s/^$key:( *)\"(.*)\"( +#.*)?\$/$key:\\1\"\\2$suffix\"\\3/" \
    "s/^$key:( *)'(.*)'( +#.*)?\$/$key:\\1'\\2$suffix'\\3/" \
    "s/^$key:( *)([^\"' #]([^#]*[^ #])?)( +#.*)?\$/$key:\\1\\2$suffix\\4/"
}
grep -Eq '^kenmerk:' "$BRIEF" ||
  echo "  $LETTER heeft geen kenmerk bovenaan; de varianten verschillen dan alleen in hun titel (als die er is) en hun naam"
variation=$(vary kenmerk "-@N@"; vary titel " (@N@)")
for ((i = 1; i <= N; i++)); do
  sed -E -e "${variation//@N@/$i}" "$BRIEF" > "$IN/$stem-$i.yaml"
done

# relatorio's template, from raadsdoc's rendering of the original letter.
"$RAADSDOC" batch "$WORK/seed/brieven" --uit "$WORK/seed/out" --jobs 1 > /dev/null 2> "$WORK/seed.log" ||
  { cat "$WORK/seed.log" >&2; fail "raadsdoc kon de brief voor het sjabloon niet maken"; }
TEMPLATE="$WORK/relatorio-sjabloon.odt"
"$venv_python" "$PEERS/make_relatorio_template.py" "$WORK/seed/out/raadsbrieven/$stem.odt" "$TEMPLATE" ||
  fail "het relatorio-sjabloon kon niet worden gemaakt uit $stem.odt"

# A first letter with relatorio (also warms the page cache for both tools).
if ! "$venv_python" "$PEERS/relatorio_render.py" "$TEMPLATE" "$WORK/seed/relatorio" "$IN/$stem-1.yaml" > /dev/null 2> "$WORK/seed-relatorio.log" ||
  [ ! -s "$WORK/seed/relatorio/$stem-1.odt" ]; then
  cat "$WORK/seed-relatorio.log" >&2
  fail "relatorio maakte geen brief uit $stem-1.yaml met het sjabloon $TEMPLATE"
fi

CONFIGS=(rd1 rd2 rel1 rel2)
declare -A LABEL=(
  [rd1]="raadsdoc --jobs 1"
  [rd2]="raadsdoc --jobs 2"
  [rel1]="relatorio, 1 proces"
  [rel2]="relatorio, 2 processen"
)

# The variants' outputs: raadsdoc also makes the $EXTRA documents the letter
# refers to in every run, which do not count.
VARIANT_REGEX=".*/$(sed 's/[.]/[.]/g' <<< "$stem")-[0-9]+[.]odt"
variants() { find "$1" -regextype posix-extended -regex "$VARIANT_REGEX"; }
count_odt() { variants "$1" | wc -l; }

# run CONFIG ROUND: one timed run into a fresh folder; appends
# "ms rss_kb count bytes" to $WORK/times-CONFIG.
run() {
  local config=$1 round=$2
  local out="$WORK/out-$config-$round" log="$WORK/log-$config-$round"
  local start end status=0
  mkdir -p "$out"
  # Untimed: what earlier runs left unwritten (and the removal of their
  # output) goes to disk now, so that no run pays for another's writes
  # (raadsdoc's syncfs would otherwise flush them).
  sync
  start=$(date +%s%N)
  case $config in
    rd1 | rd2)
      /usr/bin/time -f %M -o "$WORK/rss-$config-1" \
        "$RAADSDOC" batch "$WORK/in/brieven" --uit "$out" --jobs "${config#rd}" > /dev/null 2> "$log" || status=$?
      ;;
    rel1)
      /usr/bin/time -f %M -o "$WORK/rss-$config-1" \
        "$venv_python" "$PEERS/relatorio_render.py" "$TEMPLATE" "$out" --naam "$stem" "$IN" > "$log" 2>&1 || status=$?
      ;;
    rel2)
      local pids=() part
      for part in 1 2; do
        /usr/bin/time -f %M -o "$WORK/rss-$config-$part" \
          "$venv_python" "$PEERS/relatorio_render.py" "$TEMPLATE" "$out" --deel "$part/2" --naam "$stem" "$IN" > "$log-$part" 2>&1 &
        pids+=($!)
      done
      for part in "${pids[@]}"; do wait "$part" || status=$?; done
      cat "$log-1" "$log-2" > "$log"
      ;;
  esac
  end=$(date +%s%N)
  local count bytes rss
  count=$(count_odt "$out")
  if [ "$count" -eq 0 ]; then
    tail -n 20 "$log" >&2
    fail "${LABEL[$config]} maakte geen enkele brief (exitcode $status; zie hierboven)"
  fi
  [ "$count" -eq "$N" ] || echo "  let op: ${LABEL[$config]} maakte $count van de $N brieven (exitcode $status)" >&2
  bytes=$(variants "$out" | xargs -d '\n' stat -c %s | awk '{ s += $1 } END { print s }')
  # Peak RSS: of the one process, or the sum of both relatorio processes.
  rss=$(cat "$WORK"/rss-"$config"-* | awk '/^[0-9]+$/ { s += $1 } END { print s + 0 }')
  rm -f "$WORK"/rss-"$config"-*
  echo "$(((end - start) / 1000000)) $rss $count $bytes" >> "$WORK/times-$config"
  printf "  ronde %d  %-24s %8.2f s\n" "$round" "${LABEL[$config]}" "$(awk -v ms=$(((end - start) / 1000000)) 'BEGIN { print ms / 1000 }')"
  # Keep a sample (spread over the sorted outputs) of the last round.
  if [ "$round" -eq "$ROUNDS" ]; then
    mkdir -p "$WORK/sample-$config"
    variants "$out" | sort | awk -v n="$count" -v k="$SAMPLE" \
      'BEGIN { step = n / k } NR >= int(i * step) + 1 && i < k { print; i++ }' |
      while read -r file; do cp "$file" "$WORK/sample-$config/"; done
  fi
  rm -rf "$out"
}

echo
echo "Rondes (elke run schrijft $N brieven naar een nieuwe map):"
for ((round = 1; round <= ROUNDS; round++)); do
  for config in "${CONFIGS[@]}"; do run "$config" "$round"; done
done

# median COLUMN CONFIG: the median of a column of times-CONFIG.
median() {
  awk -v c="$1" '{ print $c }' "$WORK/times-$2" | sort -n |
    awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maximum() { awk -v c="$1" '$c > m { m = $c } END { print m + 0 }' "$WORK/times-$2"; }

declare -A MS RATE
echo
echo "Uitkomst (mediaan van $ROUNDS ronde(n), $N brieven per run):"
printf "  %-24s %9s %11s %10s %11s\n" "" "wandtijd" "brieven/s" "piek-RSS" "per brief"
for config in "${CONFIGS[@]}"; do
  MS[$config]=$(median 1 "$config")
  RATE[$config]=$(awk -v n="$N" -v ms="${MS[$config]}" 'BEGIN { printf "%.1f", n * 1000 / (ms > 0 ? ms : 1) }')
  rss=$(maximum 2 "$config")
  size=$(awk -v n="$(median 3 "$config")" -v b="$(median 4 "$config")" 'BEGIN { printf "%.1f", b / n / 1024 }')
  note=""
  [ "$config" = rel2 ] && note="  (RSS opgeteld over beide processen)"
  printf "  %-24s %7.2f s %11s %7d MB %8s KB%s\n" "${LABEL[$config]}" \
    "$(awk -v ms="${MS[$config]}" 'BEGIN { print ms / 1000 }')" "${RATE[$config]}" "$((rss / 1024))" "$size" "$note"
done

# ratio A B: how many times the throughput of A that of B is.
ratio() { awk -v a="${MS[$1]}" -v b="${MS[$2]}" 'BEGIN { printf "%.2f", (a > 0 ? b / a : 0) }'; }
goal() { awk -v r="$1" -v g="$2" 'BEGIN { print (r >= g) ? "gehaald" : "niet gehaald" }'; }

echo
echo "Verhoudingen (doorvoer):"
r=$(ratio rd2 rel2)
printf "  raadsdoc --jobs 2 / relatorio × 2 processen   %6.2f ×   (doel ≥ 3 ×: %s)\n" "$r" "$(goal "$r" 3)"
printf "  raadsdoc --jobs 1 / relatorio × 1 proces      %6.2f ×   (per kern)\n" "$(ratio rd1 rel1)"
printf "  raadsdoc --jobs 2 / relatorio × 1 proces      %6.2f ×\n" "$(ratio rd2 rel1)"
printf "  schaling raadsdoc  --jobs 2 / --jobs 1        %6.2f ×\n" "$(ratio rd2 rd1)"
printf "  schaling relatorio 2 processen / 1 proces     %6.2f ×\n" "$(ratio rel2 rel1)"

# Validity: a sample of each tool's output against the ODF 1.3 schema.
echo
echo "Geldigheid (raadsdoc verify, ODF 1.3-schema; steekproef uit de laatste ronde):"
for config in rd2 rel2; do
  tool=${LABEL[$config]%%,*}
  tool=${tool%% --*}
  files=("$WORK/sample-$config"/*.odt)
  valid=0
  : > "$WORK/verify-$config"
  for file in "${files[@]}"; do
    if "$RAADSDOC" verify "$file" > /dev/null 2>> "$WORK/verify-$config"; then valid=$((valid + 1)); fi
  done
  printf "  %-10s %d van %d geldig\n" "$tool" "$valid" "${#files[@]}"
  # The distinct problems, without the file names.
  sed -e 's/^[^:]*\.odt: //' -e 's/^fout: //' "$WORK/verify-$config" | sort | uniq -c | sort -rn | head -n 5 |
    while read -r times problem; do printf "    %d × %s\n" "$times" "$problem"; done
done

# The floor under any pipeline on the same C libraries: what libyaml,
# cmark-gfm, libdeflate and SHA-256 alone cost for this letter
# (scripts/peers/library_floor.c), and the most letters per second that
# leaves on this machine's cores if raadsdoc's own work cost nothing.
echo
echo "Ondergrens van de C-bibliotheken alleen (scripts/peers/library_floor.c, zonder raadsdoc eromheen):"
compiler=${CC:-$(command -v cc || command -v clang || true)}
floor_bin="$WORK/library_floor"
if [ -z "$compiler" ]; then
  echo "  overgeslagen: geen C-compiler (cc of clang)"
elif ! "$compiler" -O2 -o "$floor_bin" "$PEERS/library_floor.c" -lyaml -lcmark-gfm-extensions -lcmark-gfm -ldeflate -lcrypto 2> "$WORK/floor-build.log"; then
  echo "  overgeslagen: library_floor.c bouwt niet (libyaml-dev, libcmark-gfm-dev, libdeflate-dev, libssl-dev?):"
  head -n 3 "$WORK/floor-build.log" | sed 's/^/    /'
else
  "$venv_python" -c 'import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); [open(sys.argv[2] + "/" + n, "wb").write(z.read(n)) for n in ("content.xml", "meta.xml")]' \
    "$WORK/seed/out/raadsbrieven/$stem.odt" "$WORK"
  read -r yaml_us cmark_us deflate_us sha_us texts text_bytes xml_bytes hashed_bytes < <("$floor_bin" "$SEED/$LETTER" \
    "$WORK/content.xml" "$WORK/meta.xml" "$WORK/seed/out/raadsbrieven/$stem.odt")
  awk -v y="$yaml_us" -v c="$cmark_us" -v d="$deflate_us" -v s="$sha_us" -v t="$texts" -v tb="$text_bytes" \
    -v xb="$xml_bytes" -v hb="$hashed_bytes" -v lb="$(stat -c %s "$SEED/$LETTER")" -v cores="$(nproc)" \
    -v rd2="${RATE[rd2]}" 'function row(label, us) { printf "  %-56s %7.1f µs\n", label, us }
    BEGIN {
      total = y + c + d + s
      row(sprintf("libyaml, de brief tot events (%d B)", lb), y)
      row(sprintf("cmark-gfm, %d bloktekst(en) (%d B)", t, tb), c)
      row(sprintf("libdeflate niveau 6, content.xml en meta.xml (%d B)", xb), d)
      row(sprintf("SHA-256 van invoer en .odt (%d B)", hb), s)
      row("samen, per brief", total)
      ceiling = cores * 1e6 / total
      printf "  dus hoogstens %.0f brieven/s op %d kernen, als raadsdoc zelf niets kostte (raadsdoc --jobs 2: %s brieven/s, %.1f %% daarvan)\n", ceiling, cores, rd2, 100 * rd2 / ceiling
    }'
fi
