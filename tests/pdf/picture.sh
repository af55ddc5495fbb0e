#!/bin/sh
# picture.sh RESUME PNGDIFF INPUT GOLDEN.png [THEME]: page 1 of INPUT's
# PDF (in THEME, else the default) at 50 dpi against a reviewed golden
# picture, with a small tolerance for anti-aliasing.  REGEN=1 rewrites the golden picture: look at it before
# committing.  Skips (77) when INPUT is absent.
set -u
bin=$1 diff=$2 in=$3 golden=$4 theme=${5:-modern}
if [ ! -f "$in" ]; then
	echo "SKIP: $in not found (../shared absent)"
	exit 77
fi
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000 "$bin" render --pdf --theme "$theme" -o "$T/p.pdf" "$in" || exit 1
pdftoppm -png -r 50 -f 1 -l 1 -singlefile "$T/p.pdf" "$T/page" || exit 1
if [ -n "${REGEN:-}" ]; then
	cp "$T/page.png" "$golden"
	echo "regenerated $golden"
	exit 0
fi
"$diff" "$golden" "$T/page.png"
