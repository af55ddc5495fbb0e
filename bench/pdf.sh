#!/bin/sh
# bench/pdf.sh [BUILD-DIR]: times `resume render --pdf` on the reference
# résumé against bench/floor.c (pango laying the same text into a PDF, the
# floor of this stack), side by side in one run: medians of many runs with
# hyperfine and peak RSS with /usr/bin/time.  Installs hyperfine and time
# from Debian when they are missing.  Prints a Markdown table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools="hyperfine time"
. "$here/lib.sh"
cc -O2 -o "$T/floor" "$here/floor.c" $(pkg-config --cflags --libs pangocairo cairo-pdf)
"$resume" render --txt "$ref" >"$T/ref.txt"
hyperfine -N --warmup 5 --runs ${RUNS:-60} --export-csv "$T/t.csv" \
	-n floor "$T/floor $T/ref.txt $T/floor.pdf" \
	-n resume "$resume render --pdf -o $T/r.pdf $ref" >/dev/null
rf=$(rss "$T/floor" "$T/ref.txt" "$T/floor.pdf")
rr=$(rss "$resume" render --pdf -o "$T/r.pdf" "$ref")
mf=$(awk -F, '$1 == "floor" { printf "%.1f", $4 * 1000 }' "$T/t.csv")
mr=$(awk -F, '$1 == "resume" { printf "%.1f", $4 * 1000 }' "$T/t.csv")
echo "| program | median wall (ms) | peak RSS (MiB) |"
echo "|---|---|---|"
echo "| floor (pango text only) | $mf | $(awk "BEGIN { printf \"%.1f\", $rf / 1024 }") |"
echo "| resume render --pdf | $mr | $(awk "BEGIN { printf \"%.1f\", $rr / 1024 }") |"
echo
echo "ratio resume/floor: $(awk "BEGIN { printf \"%.2f\", $mr / $mf }")x"
