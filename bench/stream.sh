#!/bin/sh
# bench/stream.sh [BUILD-DIR]: throughput of a warm process, the way a
# cluster job runner or an embedding service uses resume: the reference
# résumé rendered 200 times through the library's API in one process
# (bench/warm.c), 200 copies of it as JSON Lines through `resume render
# --stream` with one worker (résumés per second per core) and with one
# per CPU, against a separate invocation, in one run: medians (hyperfine
# for the commands).  PROFILE=1 adds where a PDF's time goes (callgrind,
# instructions, inclusive).  Prints Markdown tables.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools="hyperfine jq"
. "$here/lib.sh"
n=${N:-200}
cpus=$(nproc)
jq -Rsc '{id: "ref", markdown: .}' "$ref" >"$T/one.jsonl"
i=0
while [ $i -lt "$n" ]; do cat "$T/one.jsonl"; i=$((i + 1)); done >"$T/in.jsonl"
cp "$ref" "$T/ref.md"
cc -O2 -I"$here/../include" "$here/warm.c" -L"$build" -lresume \
	-Wl,-rpath,"$(cd "$build" && pwd)" -o "$T/warm"
printf '| %s résumés | library: ms each | stream, 1 worker: ms each | résumés/s/core | %s workers: résumés/s | a process each: ms | ratio |\n' "$n" "$cpus"
echo "|---|---|---|---|---|---|---|"
for f in txt html pdf; do
	hyperfine --warmup 1 --runs ${RUNS:-5} --export-csv "$T/$f.csv" \
		-n one "$resume render --stream $f --jobs 1 <$T/in.jsonl >/dev/null" \
		-n all "$resume render --stream $f --jobs $cpus <$T/in.jsonl >/dev/null" >/dev/null 2>&1
	hyperfine -N --warmup 3 --runs ${RUNS2:-30} --export-csv "$T/$f.each.csv" \
		-n each "$resume render --$f -o $T/out.$f $T/ref.md" >/dev/null 2>&1
	lib=$("$T/warm" "$f" "$T/ref.md" "$n" ${RUNS:-5})
	awk -F, -v n="$n" -v f="$f" -v lib="$lib" -v each="$(awk -F, 'NR == 2 { print $4 * 1000 }' "$T/$f.each.csv")" '
		NR > 1 { m[$1] = $4 * 1000 }
		END {
			w = m["one"] / n
			printf "| %s | %.2f | %.2f | %.0f | %.0f | %.2f | %.1fx |\n", f, lib, w,
			    1000 / w, n * 1000 / m["all"], each, each / w
		}' "$T/$f.csv"
done
echo
echo "library: load and render through the API, the median of ${RUNS:-5} runs of $n, a résumé;"
echo "stream: the median of ${RUNS:-5} runs of the whole stream, divided by $n;"
echo "a process each: one invocation's median (${RUNS2:-30} runs); ratio: that over the warm figure."
if [ -n "${PROFILE:-}" ] && command -v valgrind >/dev/null 2>&1; then
	head -n 20 "$T/in.jsonl" >"$T/20.jsonl"
	valgrind --tool=callgrind --callgrind-out-file="$T/cg" \
		"$resume" render --stream pdf --jobs 1 <"$T/20.jsonl" >/dev/null 2>&1
	echo
	echo "| where a warm PDF's instructions go (20 résumés, inclusive) | share |"
	echo "|---|---|"
	callgrind_annotate --inclusive=yes "$T/cg" 2>/dev/null | awk '
		/PROGRAM TOTALS/ { gsub(",", "", $1); total = $1 }
		function row(name, pat) { if ($0 ~ pat && !(name in seen)) { gsub(",", "", $1); seen[name] = 1; printf "| %s | %.0f %% |\n", name, 100 * $1 / total } }
		{ row("load (Markdown, recognition)", ":resume_load_markdown ")
		  row("layout (pango: shaping, breaking lines)", ":lay_out ")
		  row("drawing the lines (cairo: glyphs into the page)", ":draw_line ")
		  row("cairo writing the pages (content streams)", ":cairo_show_page ")
		  row("cairo finishing the file (font subsetting, compression)", ":cairo_surface_finish ")
		  row("the document (tags, outline, cross-references)", ":pdfdoc_write ")
		  row("the JSON answer (base64, encoding)", ":answer_line ") }'
fi
