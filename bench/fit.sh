#!/bin/sh
# bench/fit.sh [BUILD-DIR]: what --fit-pages costs.  The reference's
# sections three times (three pages) rendered as they are and with
# --fit-pages 2, and the same for ten times them with --fit-pages 6, side
# by side in one hyperfine run; prints the medians and the ratios.  The
# issue's bar: at most 4x one render.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools="hyperfine"
. "$here/lib.sh"
sections() {
	awk -v n="$1" '
	    !body && /^## / { body = 1 }
	    body { b[nb++] = $0; next }
	    { print }
	    END { for (k = 0; k < n; k++) for (i = 0; i < nb; i++) print b[i] }' "$ref"
}
sections 3 >"$T/x3.md"
sections 10 >"$T/x10.md"
hyperfine -N --warmup 3 --runs ${RUNS:-30} --export-csv "$T/t.csv" \
	-n plain3 "$resume render --pdf -o $T/a.pdf $T/x3.md" \
	-n fit3 "$resume render --pdf --fit-pages 2 -o $T/b.pdf $T/x3.md" \
	-n plain10 "$resume render --pdf -o $T/c.pdf $T/x10.md" \
	-n fit10 "$resume render --pdf --fit-pages 6 -o $T/d.pdf $T/x10.md" >/dev/null
med() { awk -F, -v n="$1" '$1 == n { printf "%.1f", $4 * 1000 }' "$T/t.csv"; }
echo "| input | plain (ms) | --fit-pages (ms) | ratio |"
echo "|---|---|---|---|"
for k in 3 10; do
	p=$(med plain$k) f=$(med fit$k)
	echo "| reference sections x$k | $p | $f | $(awk "BEGIN { printf \"%.2f\", $f / $p }")x |"
done
