#!/bin/sh
# order.sh RESUME LCS FILE...: PDF readers read the words in the order of
# --txt, in every built-in theme.  pdftotext -layout and -raw (the content stream's order) and
# mutool's text device each give the words of --txt with a longest common
# subsequence ratio of at least 0.995.  Files with right-to-left text are
# passed over (extractors read those lines in visual order).  And every
# character is drawn: mutool, drawing every page, never says "cannot
# render glyph".  Missing files are passed over; skips (77) when none
# exists or without pdftotext.
set -u
bin=$1 lcs=$2
shift 2
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not installed"; exit 77; }
have_mutool=false
command -v mutool >/dev/null 2>&1 && have_mutool=true
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	"$bin" render --txt "$f" >"$T/t.txt" 2>/dev/null || continue
	n=$((n + 1))
	for theme in modern classic compact; do
		"$bin" render --pdf --theme $theme -o "$T/p.pdf" "$f" 2>/dev/null || {
			echo "FAIL: $f: no PDF"
			bad=$((bad + 1))
			continue
		}
		if $have_mutool; then
			mutool draw -r 36 -F pgm -o /dev/null "$T/p.pdf" 2>"$T/draw"
			if grep -q "cannot render glyph" "$T/draw"; then
				echo "FAIL: $f ($theme): a glyph is not drawn: $(grep -v ICC "$T/draw" | head -3 | tr '\n' ' ')"
				bad=$((bad + 1))
			fi
		fi
		# Arabic or Hebrew letters, by their UTF-8 lead bytes
		if LC_ALL=C grep -q "$(printf '\330[\240-\277]\\|\331[\200-\212]\\|\327[\220-\252]')" "$T/t.txt"; then
			[ $theme = modern ] && echo "note: $f: right to left, read in order elsewhere"
			continue
		fi
		pdftotext -layout -enc UTF-8 "$T/p.pdf" "$T/layout.all"
		pdftotext -raw -enc UTF-8 "$T/p.pdf" "$T/raw.all"
		modes="layout raw"
		if $have_mutool; then
			mutool draw -q -F txt -o "$T/mutool.all" "$T/p.pdf" 2>/dev/null
			modes="$modes mutool"
		fi
		for m in $modes; do
			# the running footer is no part of the text
			grep -v -E 'page [0-9]+ of [0-9]+ *$' "$T/$m.all" >"$T/$m.txt"
			if ! "$lcs" 0.995 "$T/t.txt" "$T/$m.txt" >"$T/r"; then
				echo "FAIL: $f ($theme): $m reads the words out of order: $(cut -d' ' -f1 "$T/r")"
				bad=$((bad + 1))
			fi
		done
	done
done
if [ "$n" -eq 0 ]; then
	echo "SKIP: no input found"
	exit 77
fi
$have_mutool || echo "note: mutool not installed; its reading was not checked"
echo "$n inputs, $bad failed"
[ "$bad" -eq 0 ]
