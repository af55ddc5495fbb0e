#!/bin/sh
# bench/pdf.sh [BUILD-DIR]: times `resume render --pdf` of the reference
# résumé in every built-in theme against bench/floor.c (pango laying the
# same text into a PDF, the floor of this stack), side by side in one
# hyperfine run: medians of many runs, and peak RSS with /usr/bin/time.
# Installs hyperfine and time from Debian when they are missing.  Prints a
# Markdown table, each theme's ratio to the floor in it.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools="hyperfine time"
. "$here/lib.sh"
cc -O2 -o "$T/floor" "$here/floor.c" $(pkg-config --cflags --libs pangocairo cairo-pdf)
"$resume" render --txt "$ref" >"$T/ref.txt"
themes=$("$resume" themes | awk '{ print $1 }')
set -- -n floor "$T/floor $T/ref.txt $T/floor.pdf"
for t in $themes; do
	set -- "$@" -n "$t" "$resume render --pdf --theme $t -o $T/r.pdf $ref"
done
hyperfine -N --warmup 5 --runs ${RUNS:-60} --export-csv "$T/t.csv" "$@" >/dev/null
median() { awk -F, -v n="$1" '$1 == n { printf "%.1f", $4 * 1000 }' "$T/t.csv"; }
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
