#!/bin/sh
# backends.sh RESUME LCS FILE...: every backend tells the same story.  For
# each input the words of --txt, of the HTML page's visible text and of
# the PDF's text (pdftotext -layout) are the same sequence: the longest common
# subsequence ratio of each pair is at least 0.99.  And the Markdown that
# --md writes renders to the same --txt, byte for byte, but for the files
# listed below.  Missing files are passed over; skips (77) when none
# exists.
set -u
# nothing here reads standard input: the renders get /dev/null, so that a
# sanitizer run LeakSanitizer's tracer fails may be run again
# (tools/checked.sh), whatever the test runner's standard input is
exec </dev/null
bin=$1 lcs=$2
shift 2
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000
# Inputs whose --md does not read back the same, and why.  By name, so
# that the test fails when one starts to pass or another starts to differ.
md_known() {
	case "$1" in
	# skills with names only read back as one list of keywords
	resume-cli-thomasdavis-2014-preschema.json) return 0 ;;
	# studyType "Перевод и переводоведение" is no degree word, so the
	# head reads back as institution
	timurrin-resume-ru.json) return 0 ;;
	# definition lists and a note after a date ("2010-2014 (expected)")
	# that the Markdown dialect has no form for
	pandoc_resume-resume.md) return 0 ;;
	esac
	return 1
}
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	n=$((n + 1))
	name=$(basename "$f")
	if ! "$bin" render --txt "$f" >"$T/t.txt" 2>/dev/null; then
		echo "skip: $f: not a résumé resume reads"
		continue
	fi
	"$bin" render --html "$f" >"$T/h.html" 2>/dev/null &&
		"$bin" render --pdf -o "$T/p.pdf" "$f" 2>/dev/null &&
		"$bin" render --md "$f" >"$T/m.md" 2>/dev/null || {
		echo "FAIL: $f: cannot render"
		bad=$((bad + 1))
		continue
	}
	# Arabic letters (U+0620-U+064A) or Hebrew ones, by their UTF-8 lead
	if LC_ALL=C grep -q "$(printf '\330[\240-\277]\\|\331[\200-\212]\\|\327[\220-\252]')" "$T/t.txt"; then
		# extractors read right-to-left lines in visual order and split
		# joined letters: the PDF document's own test measures those
		echo "note: $f: has right-to-left text; its PDF text is not compared"
		pdf=
	elif command -v pdftotext >/dev/null 2>&1; then
		# -layout: the page as a reader sees it, line by line (the
		# default mode's column guessing is the PDF document's test)
		pdftotext -layout -enc UTF-8 "$T/p.pdf" "$T/p.all"
		# the running footer of a long résumé is no part of its text
		grep -v -E "(^| · )$("$FOOTERS")" \
			"$T/p.all" >"$T/p.txt"
		pdf="$T/p.txt"
	else
		pdf=
	fi
	if ! "$lcs" 0.99 "$T/t.txt" "$T/h.html" $pdf >"$T/r1" ||
		{ [ -n "$pdf" ] && ! "$lcs" 0.99 "$T/h.html" "$pdf" >"$T/r2"; }; then
		echo "FAIL: $f: the backends' words differ"
		cat "$T/r1" "$T/r2" 2>/dev/null
		bad=$((bad + 1))
	fi
	"$bin" render --from markdown --txt "$T/m.md" >"$T/mt.txt" 2>/dev/null
	if cmp -s "$T/t.txt" "$T/mt.txt"; then
		if md_known "$name"; then
			echo "FAIL: $f: listed as differing, but --md reads back the same; take it off the list"
			bad=$((bad + 1))
		fi
	elif md_known "$name"; then
		echo "known: $f: --md reads back differently"
	else
		echo "FAIL: $f: the --txt of its --md differs"
		diff -u "$T/t.txt" "$T/mt.txt" | head -20
		bad=$((bad + 1))
	fi
done
if [ "$n" -eq 0 ]; then
	echo "SKIP: no input found (../shared absent)"
	exit 77
fi
[ -n "${pdf:-x}" ] || echo "note: pdftotext not installed; the PDF was not compared"
echo "$n inputs, $bad failed"
[ "$bad" -eq 0 ]
