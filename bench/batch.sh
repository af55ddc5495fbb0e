#!/bin/sh
# bench/batch.sh [BUILD-DIR]: 100 résumés (copies of the reference) to PDF,
# text and HTML, in one batch (with a worker per CPU, and with one) against
# 300 separate invocations one after another, in one run: medians with
# hyperfine.  Prints a Markdown table.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools=hyperfine
. "$here/lib.sh"
mkdir "$T/in"
i=0
while [ $i -lt 100 ]; do
	cp "$ref" "$T/in/r$i.md"
	i=$((i + 1))
done
cat >"$T/each.sh" <<E
for f in $T/in/*.md; do
	b=\${f##*/}; b=\${b%.md}
	$resume render --pdf -o $T/each/\$b.pdf \$f
	$resume render --txt -o $T/each/\$b.txt \$f
	$resume render --html -o $T/each/\$b.html \$f
done
E
mkdir -p "$T/each"
hyperfine -N --warmup 1 --runs ${RUNS:-10} --export-csv "$T/t.csv" \
	-n batch "$resume render --pdf --txt --html -o $T/batch $(echo "$T"/in/*.md)" \
	-n batch1 "$resume render --jobs 1 --pdf --txt --html -o $T/batch1 $(echo "$T"/in/*.md)" \
	-n separate "sh $T/each.sh" >/dev/null
awk -F, 'NR > 1 { m[$1] = $4 * 1000 }
END {
	print "| 100 résumés × PDF, text, HTML | median wall (ms) |"
	print "|---|---|"
	printf "| one batch, a worker per CPU (the default) | %.0f |\n", m["batch"]
	printf "| one batch, one worker (--jobs 1) | %.0f |\n", m["batch1"]
	printf "| 300 separate invocations | %.0f |\n", m["separate"]
	printf "\nratio separate/batch: %.1fx (one worker: %.1fx)\n", m["separate"] / m["batch"], m["separate"] / m["batch1"]
}' "$T/t.csv"
