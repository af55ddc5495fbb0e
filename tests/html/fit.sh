#!/bin/sh
# --html --fit-pages N: the print stylesheet takes the sizes, gaps and
# margins the PDF takes to land on N pages; what fits is left byte for
# byte; what cannot fit fails as the PDF does, writing nothing.  Chromium,
# where it is installed, prints the fitted page on N pages and the
# unfitted one on more.
. "$(dirname "$0")/../cli/lib.sh"
EX=$(dirname "$0")/../../data/examples/alex-rivera.md

# the example's sections twice, and a long list: three pages as it is
awk '!body && /^## / { body = 1 } body { b[nb++] = $0; next } { print }
     END { for (k = 0; k < 2; k++) for (i = 0; i < nb; i++) print b[i] }' "$EX" >"$T/over.md"
{
	echo
	echo "## Service"
	echo
	i=0
	while [ $i -lt 30 ]; do
		i=$((i + 1))
		echo "- Ran the on-call rotation for quarter $i and wrote its review."
	done
} >>"$T/over.md"

"$RESUME" render --html -o "$T/plain.html" "$EX"
"$RESUME" render --html --fit-pages 1 -o "$T/fit1.html" "$EX" 2>"$T/err"
expect_status 0 $? "--html --fit-pages 1 of the example"
cmp -s "$T/plain.html" "$T/fit1.html" || fail "--fit-pages 1 changed the HTML of what fits"
expect_empty "$T/err" "" "--html --fit-pages 1 of the example"

"$RESUME" render --html -o "$T/over.html" "$T/over.md" 2>/dev/null
"$RESUME" render --html --fit-pages 2 -o "$T/fit.html" "$T/over.md" 2>"$T/err"
expect_status 0 $? "--html --fit-pages 2"
expect_contains "$T/err" "note: fitted to 2 pages: body 10.2 → " "the note"
expect_contains "$T/fit.html" '<style media="print">' "the fitted print stylesheet"
grep -q 'media="print"' "$T/over.html" && fail "a print stylesheet without --fit-pages"
# the screen is not the paper: the screen's styles are the same
sed '/<style media="print">/,/<\/style>/d' "$T/fit.html" >"$T/screen.html"
cmp -s "$T/over.html" "$T/screen.html" || fail "--fit-pages changed more than the print stylesheet"

# too much for one page: the PDF's error, and nothing written
awk '!body && /^## / { body = 1 } body { b[nb++] = $0; next } { print }
     END { for (k = 0; k < 10; k++) for (i = 0; i < nb; i++) print b[i] }' "$EX" >"$T/x10.md"
echo "old output" >"$T/keep.html"
"$RESUME" render --html --fit-pages 1 -o "$T/keep.html" "$T/x10.md" 2>"$T/err"
expect_status 1 $? "--html --fit-pages 1 of ten times the example"
expect_contains "$T/err" "error: cannot fit 1 page: it needs" "the failure"
expect_eq "old output" "$(cat "$T/keep.html")" "the old output after a failed fit"

# a browser prints it on the pages asked for
if command -v chromium >/dev/null 2>&1 && command -v pdfinfo >/dev/null 2>&1; then
	flags="--headless --no-sandbox --disable-gpu --no-first-run
	--disable-background-networking --disable-component-update --disable-sync"
	for h in over fit; do
		# shellcheck disable=SC2086
		timeout 120 chromium $flags --user-data-dir="$T/profile-$h" \
			--no-pdf-header-footer --print-to-pdf="$T/$h.pdf" \
			"file://$T/$h.html" >/dev/null 2>&1 || fail "chromium --print-to-pdf $h"
	done
	n=$(pdfinfo "$T/over.pdf" | awk '/^Pages:/ { print $2 }')
	[ "${n:-0}" -gt 2 ] || fail "unfitted, Chromium prints $n pages: no test"
	n=$(pdfinfo "$T/fit.pdf" | awk '/^Pages:/ { print $2 }')
	[ "${n:-9}" -le 2 ] || fail "--fit-pages 2: Chromium prints $n pages"
else
	echo "note: chromium or pdfinfo not installed: the printed pages not counted"
fi
finish
