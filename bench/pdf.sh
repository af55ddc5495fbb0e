#!/bin/sh
# bench/pdf.sh [BUILD-DIR]: times `resume render --pdf` of the reference
# résumé in every built-in theme against bench/floor.c (pango laying the
# same text into a PDF, the floor of this stack), in one run: the
# commands take turns (bench/interleave.c: one run of each, round after
# round, so that the machine's slow and fast moments fall on all alike),
# medians of many rounds, and peak RSS with /usr/bin/time.  Installs time
# from Debian when it is missing.  Prints a Markdown table, each theme's
# ratio to the floor in it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools="time"
. "$here/lib.sh"
cc -O2 -o "$T/floor" "$here/floor.c" $(pkg-config --cflags --libs pangocairo cairo-pdf)
cc -O2 -o "$T/interleave" "$here/interleave.c"
"$resume" render --txt "$ref" >"$T/ref.txt"
cp "$ref" "$T/ref.md"
themes=$("$resume" themes | awk '{ print $1 }')
set -- floor "$T/floor $T/ref.txt $T/floor.pdf"
for t in $themes; do
	set -- "$@" "$t" "$resume render --pdf --theme $t -o $T/r.pdf $T/ref.md"
done
"$T/interleave" ${RUNS:-60} "$@" >"$T/t.txt"
median() { awk -v n="$1" '$1 == n { print $2 }' "$T/t.txt"; }
mf=$(median floor)
rf=$(rss "$T/floor" "$T/ref.txt" "$T/floor.pdf")
echo "| program | median wall (ms) | ratio to the floor | peak RSS (MiB) |"
echo "|---|---|---|---|"
echo "| floor (pango text only) | $mf | 1.00 | $(awk "BEGIN { printf \"%.1f\", $rf / 1024 }") |"
for t in $themes; do
	mr=$(median "$t")
	rr=$(rss "$resume" render --pdf --theme "$t" -o "$T/r.pdf" "$ref")
	echo "| resume render --pdf --theme $t | $mr | $(awk "BEGIN { printf \"%.2f\", $mr / $mf }") | $(awk "BEGIN { printf \"%.1f\", $rr / 1024 }") |"
done
