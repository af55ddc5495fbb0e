#!/bin/sh
# order.sh RESUME LCS FILE...: PDF readers read the words in the order of
# --txt, in every built-in theme.  pdftotext -layout and -raw (the
# content stream's order) and mutool's text device each give
# the words of --txt with a longest common subsequence ratio of at least
# 0.995.  The sections are expected in the order the PDF's outline gives
# them (a sidebar's are read first, whole: the columns never interleave);
# where dates stand in a left column, -layout reads each date before its
# head, as it stands (held to 0.97: --txt and the PDF may break a long
# head, or a CJK line, into lines apart); -layout sets a sidebar beside the main column line
# by line, so it is not read in a sidebar theme, and a split header's
# name and contacts so too, so it is read from the first section on.  Files with right-to-left text are
# passed over (extractors read those lines in visual order).  And every
# character is drawn: mutool, drawing every page, never says "cannot
# render glyph".  Missing files are passed over; skips (77) when none
# exists or without pdftotext.
set -u
# nothing here reads standard input: the renders get /dev/null, so that a
# sanitizer run LeakSanitizer's tracer fails may be run again
# (tools/checked.sh), whatever the test runner's standard input is
exec </dev/null
bin=$1 lcs=$2
shift 2
command -v pdftotext >/dev/null 2>&1 || { echo "SKIP: pdftotext not installed"; exit 77; }
have_mutool=false
command -v mutool >/dev/null 2>&1 && have_mutool=true
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000
themes=$("$bin" themes | awk '{ print $1 }')
# datefirst.awk TXT: each date (a year in it, "2019" or a placeholder
# "20XX") set right of a head line in --txt moved
# to the head's start (the line after a blank one), as a date column
# reads in -layout
cat >"$T/datefirst.awk" <<'EOF'
function flush() { for (i = 1; i <= n; i++) print buf[i]; n = 0 }
/^$/ { flush(); print; next }
{
	# a date alone on its line, right-aligned under its head
	if (n > 0 && $0 ~ /^          +[^ ]/) {
		d = $0; sub(/^ +/, "", d)
		if (d ~ /[0-9][0-9][0-9X][0-9X]/ && d !~ /  /) { buf[1] = d " " buf[1]; next }
	}
	buf[++n] = $0
	if (match($0, /[^ ]  +[^ ].*$/) && $0 !~ /^ /) {
		tail = substr($0, RSTART + 1); sub(/^ +/, "", tail)
		# a date: a year in it, and not much else
		if (tail ~ /[0-9][0-9][0-9X][0-9X]/ && tail !~ /  /) {
			buf[n] = substr($0, 1, RSTART)
			buf[1] = tail " " buf[1]
		}
	}
}
END { flush() }
EOF
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	"$bin" render --txt "$f" >"$T/t.txt" 2>/dev/null || continue
	n=$((n + 1))
	for theme in $themes; do
		"$bin" render --pdf --theme $theme -o "$T/p.pdf" "$f" 2>"$T/render.err" || {
			echo "FAIL: $f ($theme): no PDF, exit $?:"
			grep -v '^resume: .*: warning: ' "$T/render.err" | head -20
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
		"$bin" themes --show "$theme" >"$T/theme"
		expect="$T/t.txt"
		if $have_mutool; then
			mutool show "$T/p.pdf" outline >"$T/outline" 2>/dev/null
			awk -f "$(dirname "$0")/outline-order.awk" "$T/outline" "$T/t.txt" >"$T/e.txt"
			expect="$T/e.txt"
		fi
		pdftotext -layout -enc UTF-8 "$T/p.pdf" "$T/layout.all"
		pdftotext -raw -enc UTF-8 "$T/p.pdf" "$T/raw.all"
		modes="raw"
		grep -q '^sidebar = none' "$T/theme" && modes="$modes layout"
		if grep -q '^dates = left' "$T/theme"; then
			# the date, right of the head in --txt, first
			awk -f "$T/datefirst.awk" "$expect" >"$T/l.txt"
		else
			cp "$expect" "$T/l.txt"
		fi
		cp "$T/layout.all" "$T/layout.cut"
		first=$(sed -n '1s/^[^"]*"\([^"]*\)".*/\1/p' "$T/outline" 2>/dev/null)
		if grep -q '^header = split' "$T/theme" && [ -n "$first" ]; then
			# the header's name and contacts side by side, row by
			# row: -layout is read from the first section on
			awk -v t="$first" 'index($0, t " ─") == 1 { on = 1 } on' "$T/l.txt" >"$T/l.cut"
			mv "$T/l.cut" "$T/l.txt"
			awk -v t="$first" '{ s = $0; gsub(/^ +/, "", s) } index(s, t) == 1 { on = 1 } on' "$T/layout.all" >"$T/layout.cut"
		fi
		if $have_mutool; then
			mutool draw -q -F txt -o "$T/mutool.all" "$T/p.pdf" 2>/dev/null
			modes="$modes mutool"
		fi
		for m in $modes; do
			# the running footer is no part of the text
			src=$T/$m.all
			[ $m = layout ] && src=$T/layout.cut
			grep -v -E "$("$FOOTERS")" "$src" >"$T/$m.txt"
			e=$expect min=0.995
			[ $m = layout ] && e=$T/l.txt
			# where a head and its date break into lines apart in
			# --txt and the PDF, the date column's date stands by
			# another line
			[ $m = layout ] && grep -q '^dates = left' "$T/theme" && min=0.97
			if ! "$lcs" $min "$e" "$T/$m.txt" >"$T/r"; then
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
