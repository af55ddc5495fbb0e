#!/bin/sh
# bench/hostile.sh [BUILD-DIR]: how time grows with hostile sizes, in one
# run: 25,000 / 50,000 / 100,000 bullets and a 12,500 / 25,000 / 50,000-
# character word, to text and PDF.  Medians with hyperfine; the ratio
# column is time over the smallest size's (linear: 1, 2, 4).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools=hyperfine
noref=1 # made here, no reference needed
. "$here/lib.sh"
for n in 25000 50000 100000; do
	awk -v n=$n 'BEGIN { printf "# Many\n\n## Notes\n\n";
	    for (i = 1; i <= n; i++) printf "- item %d\n", i }' >"$T/bullets$n.md"
	w=$((n / 2))
	awk -v n=$w 'BEGIN { printf "# Long\n\n## Notes\n\n";
	    for (i = 0; i < n; i++) printf "w"; print "" }' >"$T/word$w.md"
done
for fmt in txt pdf; do
	for kind in bullets word; do
		eval hyperfine -N --warmup 1 --runs "${RUNS:-5}" --export-csv "$T/$kind-$fmt.csv" \
		    $(for f in "$T/$kind"*.md; do printf "%s " "-n $(basename "$f" .md) '$resume render --$fmt -o /dev/null $f'"; done) >/dev/null
	done
done
echo "| input | format | median (ms) | ratio |"
echo "|---|---|---|---|"
for fmt in txt pdf; do
	for kind in bullets word; do
		sort -t, -k1,1V "$T/$kind-$fmt.csv" | awk -F, -v fmt=$fmt '$1 != "command" {
			ms = $4 * 1000; if (!base) base = ms
			printf "| %s | %s | %.1f | %.2f |\n", $1, fmt, ms, ms / base }'
	done
done
