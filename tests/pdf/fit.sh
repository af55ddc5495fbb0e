#!/bin/sh
# --fit-pages N: what already fits is left byte for byte; a résumé a
# little over N pages lands on N with body text at 9 pt or more, in every
# built-in theme; one far over fails, says by how much and which N would
# do, and writes nothing; no nearly empty last page (one page fewer when
# the limits allow, else wider gaps); PNG pages follow the same layout.
. "$(dirname "$0")/../cli/lib.sh"
EX=$(dirname "$0")/../../data/examples/alex-rivera.md
REF=${REFERENCE:-}

pages() {
	pdfinfo "$1" | awk '/^Pages:/ { print $2 }'
}

# how full the last page of $1 is, from 0 to 100: the lowest word above
# the footer, between the page's margins ($2 top, $3 bottom)
last_fill() {
	n=$(pages "$1")
	pdftotext -bbox -f "$n" -l "$n" "$1" - | awk -v top="$2" -v bot="$3" '
	    /<page / { match($0, /height="[0-9.]+"/); h = substr($0, RSTART + 8, RLENGTH - 9) }
	    /<word / { match($0, /yMax="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
	               if (y < h - bot && y > max) max = y }
	    END { printf "%d\n", (max - top) * 100 / (h - top - bot) }'
}

# the sections of $2, $1 times, under its head
sections_times() {
	awk -v n="$1" '
	    !body && /^## / { body = 1 }
	    body { b[nb++] = $0; next }
	    { print }
	    END { for (k = 0; k < n; k++) for (i = 0; i < nb; i++) print b[i] }' "$2"
}

# what fits is left alone: the same bytes with --fit-pages 1
for input in "$EX" "$REF"; do
	[ -n "$input" ] && [ -f "$input" ] || {
		echo "note: reference résumé absent (../shared), its fit check skipped"
		continue
	}
	for theme in modern classic compact; do
		"$RESUME" render --pdf --theme $theme -o "$T/plain.pdf" "$input"
		"$RESUME" render --pdf --theme $theme --fit-pages 1 -o "$T/fit.pdf" \
			"$input" 2>"$T/err"
		expect_status 0 $? "$theme: --fit-pages 1 of $(basename "$input")"
		cmp -s "$T/plain.pdf" "$T/fit.pdf" ||
			fail "$theme: --fit-pages 1 changed $(basename "$input"), which fits one page"
		grep -q "fit" "$T/err" &&
			fail "$theme: a note on fitting what fits: $(cat "$T/err")"
	done
done

# about 2.1 pages in each theme: the example's sections twice, then as
# many more bullets as put a tenth of a page or so on a third page
sections_times 2 "$EX" >"$T/two.md"
for theme in modern classic compact; do
	m=0
	while :; do
		m=$((m + 2))
		[ $m -le 120 ] || { fail "$theme: no input of about 2.1 pages"; break; }
		{
			cat "$T/two.md"
			echo
			echo "## Service"
			echo
			i=0
			while [ $i -lt $m ]; do
				i=$((i + 1))
				echo "- Ran the on-call rotation for quarter $i and wrote its review."
			done
		} >"$T/over.md"
		"$RESUME" render --pdf --theme $theme -o "$T/over.pdf" "$T/over.md"
		[ "$(pages "$T/over.pdf")" -ge 3 ] || continue
		[ "$(last_fill "$T/over.pdf" 46 46)" -ge 8 ] && break
	done
	"$RESUME" render --pdf --theme $theme --fit-pages 2 -o "$T/fit.pdf" \
		"$T/over.md" 2>"$T/err"
	expect_status 0 $? "$theme: --fit-pages 2 of a résumé of about 2.1 pages"
	expect_eq 2 "$(pages "$T/fit.pdf")" "$theme: pages after --fit-pages 2"
	expect_contains "$T/err" "note: fitted to 2 pages" "$theme: the note"
	# what changed, and the body never under 9 pt
	body=$(sed -n 's/.*body [0-9.]* → \([0-9.]*\) pt.*/\1/p' "$T/err")
	if [ -n "$body" ]; then
		awk -v b="$body" 'BEGIN { exit !(b >= 9) }' ||
			fail "$theme: body at $body pt, under 9"
	fi
	grep -q "gaps −" "$T/err" || fail "$theme: the note does not say the gaps shrank: $(cat "$T/err")"
	# every word still there (dates may be read elsewhere in the line)
	for f in over fit; do
		pdftotext "$T/$f.pdf" - | sed 's/Alex Rivera · page [0-9]* of [0-9]*//' |
			tr -s ' \n\f' '\n\n\n' | sort >"$T/$f.words"
	done
	cmp -s "$T/over.words" "$T/fit.words" ||
		fail "$theme: fitting changed the words"
done

# ten times the example: not on one page, even at the limits; it says how
# far off it is and which N fits, and leaves the old output alone
sections_times 10 "$EX" >"$T/x10.md"
echo "old output" >"$T/keep.pdf"
"$RESUME" render --pdf --fit-pages 1 -o "$T/keep.pdf" "$T/x10.md" 2>"$T/err"
expect_status 1 $? "--fit-pages 1 of ten times the example"
expect_contains "$T/err" "error: cannot fit 1 page: it needs" "the failure"
expect_contains "$T/err" "lines over" "how far off"
expect_eq "old output" "$(cat "$T/keep.pdf")" "the old output after a failed fit"
n=$(sed -n 's/.*--fit-pages \([0-9]*\) would fit.*/\1/p' "$T/err")
if [ -n "$n" ]; then
	"$RESUME" render --pdf -o "$T/x10.pdf" "$T/x10.md"
	[ "$n" -lt "$(pages "$T/x10.pdf")" ] ||
		fail "the N named ($n) is no fewer than the natural $(pages "$T/x10.pdf") pages"
	"$RESUME" render --pdf --fit-pages "$n" -o "$T/x10f.pdf" "$T/x10.md" 2>"$T/err"
	expect_status 0 $? "--fit-pages $n, the N the failure named"
	[ "$(pages "$T/x10f.pdf")" -le "$n" ] || fail "--fit-pages $n: $(pages "$T/x10f.pdf") pages"
else
	fail "the failure names no N that fits: $(cat "$T/err")"
fi

# a theme may not take the body under 9 pt
echo "fit_size_min = 6" >"$T/tiny.theme"
"$RESUME" render --pdf --theme "$T/tiny.theme" --fit-pages 1 -o "$T/z.pdf" \
	"$T/x10.md" 2>"$T/err"
expect_contains "$T/err" "allows (body 9.0 pt)" "the 9 pt floor under fit_size_min = 6"

# a few lines over one page: asked for two, it takes one, no page with
# two lines on it
{
	sed -n '1,/^### /p' "$EX"
	sed -n '/^### /,$p' "$EX" | sed 1d | sed -n '1,/^$/p' | sed '$d'
	for i in 1 2 3 4 5; do
		echo "- Ran the on-call rotation for quarter $i and wrote its review."
	done
	sed -n '/^### /,$p' "$EX" | sed 1d | sed -n '/^$/,$p'
} >"$T/spill.md"
"$RESUME" render --pdf -o "$T/spill.pdf" "$T/spill.md"
n=$(pages "$T/spill.pdf")
expect_eq 2 "$n" "the spilling résumé, as it is"
fill=$(last_fill "$T/spill.pdf" 46 46)
[ "$fill" -lt 15 ] || fail "the spilling résumé fills $fill % of its last page: no test"
"$RESUME" render --pdf --fit-pages 2 -o "$T/spill2.pdf" "$T/spill.md" 2>"$T/err"
expect_status 0 $? "--fit-pages 2 of the spilling résumé"
expect_eq 1 "$(pages "$T/spill2.pdf")" "--fit-pages 2 of a résumé a few lines over one page"
expect_contains "$T/err" "fitted to 1 page (asked 2)" "the note"

# PNG: the same layout; page 2 is gone
"$RESUME" render --png --fit-pages 2 --page 2 -o "$T/p2.png" "$T/spill.md" 2>"$T/err"
expect_status 1 $? "--png --page 2 of what fits one page"
expect_contains "$T/err" "there is no page 2" "the PNG error"
"$RESUME" render --png --fit-pages 2 -o "$T/p1.png" "$T/spill.md" 2>/dev/null
"$RESUME" render --png -o "$T/p0.png" "$T/spill.md"
cmp -s "$T/p0.png" "$T/p1.png" && fail "--png --fit-pages drew the unfitted page"

# limits that allow no tightening: the last page gets more through wider
# gaps, and the note says so
cat >"$T/rigid.theme" <<EOF
fit_size_min = 10.2
fit_line_height_min = 1.12
fit_gap_min = 1
fit_margin_min = 60
EOF
"$RESUME" render --pdf --theme "$T/rigid.theme" --fit-pages 2 -o "$T/wide.pdf" \
	"$T/spill.md" 2>"$T/err"
expect_status 0 $? "--fit-pages 2 under rigid limits"
expect_eq 2 "$(pages "$T/wide.pdf")" "pages under rigid limits"
expect_contains "$T/err" "gaps +" "the note on wider gaps"
fill=$(last_fill "$T/wide.pdf" 46 46)
[ "$fill" -ge 15 ] || fail "under rigid limits the last page is $fill % full"
"$RESUME" render --pdf --theme "$T/rigid.theme" --fit-pages 1 -o "$T/wide.pdf" \
	"$T/spill.md" 2>"$T/err"
expect_status 1 $? "--fit-pages 1 under rigid limits"
expect_contains "$T/err" "it needs 1." "how far off, under rigid limits"

# the option itself
"$RESUME" render --pdf --fit-pages 0 -o "$T/z.pdf" "$EX" 2>"$T/err"
expect_status 2 $? "--fit-pages 0"
"$RESUME" render --pdf --fit-pages x -o "$T/z.pdf" "$EX" 2>"$T/err"
expect_status 2 $? "--fit-pages x"
finish
