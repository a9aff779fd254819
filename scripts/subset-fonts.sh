#!/usr/bin/env bash
# How public/fonts/NotoSans-{Regular,Bold}.ttf were made from Google's Noto Sans 2.x TrueType
# files (not run by the build or CI; the results are committed). Issue 4: the browser fetches
# these for every PDF, and parses them before the first one.
#
#   bash scripts/subset-fonts.sh path/to/original/NotoSans-Regular.ttf path/to/original/NotoSans-Bold.ttf
#
# Keeps every character the font has (--unicodes='*': names can be written in Latin, Greek or
# Cyrillic) and the layout features text shaping uses by default (kerning, ligatures, accents
# placed on letters); drops TrueType hinting (instructions for screens, which PDF viewers do not
# use) and the typographic extras no letter asks for (small caps, old-style figures, fractions).
# Each file goes from about 513 KB to about 317 KB, and each PDF we make is about a third smaller.
# Needs fontTools: `apt-get install python3-fonttools` (Debian) or `pip install fonttools`.
set -euo pipefail
out="$(dirname "$0")/../public/fonts"
for source in "$@"; do
  python3 -m fontTools.subset "$source" \
    --unicodes='*' \
    --layout-features='kern,liga,ccmp,locl,mark,mkmk' \
    --no-hinting \
    --glyph-names --notdef-outline --name-IDs='*' --name-languages='*' \
    --output-file="$out/$(basename "$source")"
done
# The PDF warns of characters the fonts lack: keep its table in step with the fonts.
node "$(dirname "$0")/font-coverage.mjs"
