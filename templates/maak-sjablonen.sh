#!/bin/sh
# Regenerates the shipped house-style templates from their sources, so that
# each .ott is saved by LibreOffice itself, as a communications officer's
# template would be:
# - standaard/standaard.ott: the built-in house style (`raadsdoc sjabloon`);
# - <stijl>/<naam>.ott: <stijl>/bron/<naam>.fodt with the logo drawn by
#   logo.py (bron/logo.png) filled in at @LOGO@.
# Run it with `make sjablonen` after changing the built-in style or a source.
set -eu
cd "$(dirname "$0")/.."
raadsdoc=${RAADSDOC:-.build/release/raadsdoc}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
convert() {
    soffice --headless -env:UserInstallation="file://$work/lo-profiel" "$@" >/dev/null
}

python3 templates/logo.py voorbeeldgemeente templates/voorbeeldgemeente/bron/logo.png
python3 templates/logo.py vlaamse-stad templates/vlaamse-stad/bron/logo.png

"$raadsdoc" sjabloon "$work/standaard.odt" >/dev/null
convert --convert-to ott:writer8_template --outdir templates/standaard "$work/standaard.odt"

for source in templates/*/bron/*.fodt; do
    folder=$(dirname "$source")
    name=$(basename "$source" .fodt)
    sed "s|@LOGO@|$(base64 -w0 "$folder/logo.png")|" "$source" > "$work/$name.fodt"
    convert --infilter="OpenDocument Text Flat XML" --convert-to ott:writer8_template \
        --outdir "$(dirname "$folder")" "$work/$name.fodt"
done
ls templates/*/*.ott
