#!/bin/sh
# text.sh RESUME WORDORDER FILE...: the PDF's extracted text (pdftotext
# -layout: line by line, as a reader sees it) carries every word of the
# --txt output in order, with no ligature code points and
# bullets as U+2022.  Missing files are passed over; skips (77) when none
# of them exists.
set -u
# nothing here reads standard input: the renders get /dev/null, so that a
# sanitizer run LeakSanitizer's tracer fails may be run again
# (tools/checked.sh), whatever the test runner's standard input is
exec </dev/null
bin=$1 tool=$2
shift 2
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	LC_ALL=C.UTF-8 "$bin" render --txt "$f" >"$T/t.txt" &&
		LC_ALL=C.UTF-8 "$bin" render --pdf -o "$T/p.pdf" "$f" 2>/dev/null &&
		pdftotext -layout -enc UTF-8 "$T/p.pdf" "$T/p.all" || {
		echo "FAIL: cannot render $f"
		bad=$((bad + 1))
		continue
	}
	# the footer of a multi-page résumé is not part of the text
	grep -v -E " $("$FOOTERS")" "$T/p.all" >"$T/p.txt"
	if ! "$tool" "$T/t.txt" "$T/p.txt" >"$T/out"; then
		echo "FAIL: $f"
		cat "$T/out"
		bad=$((bad + 1))
	fi
	if grep -q '[ﬀﬁﬂﬃﬄﬅﬆ]' "$T/p.txt"; then
		echo "FAIL: $f: ligature code points in the extracted text"
		bad=$((bad + 1))
	fi
	if grep -q '•' "$T/t.txt" && ! grep -q '•' "$T/p.txt"; then
		echo "FAIL: $f: bullets do not extract as •"
		bad=$((bad + 1))
	fi
done
if [ "$n" -eq 0 ]; then
	echo "SKIP: no input found"
	exit 77
fi
echo "$((n - bad)) passed, $bad failed"
[ "$bad" -eq 0 ]
