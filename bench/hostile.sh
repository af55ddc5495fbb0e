#!/bin/sh
# bench/hostile.sh [BUILD-DIR]: how time and memory grow with the size of
# hostile inputs, in one run.  Each input is made at 1x, 2x and 4x its
# base size and rendered by every backend; the table gives the median time
# (of $RUNS runs, 3 by default), the peak RSS, and the growth per doubling
# (time at 2x over 1x and 4x over 2x; linear is 2.0).  Inputs:
#   bullets    N bullets                      word      one N-byte word
#   frontmatter front matter of N "k: v" lines headkv   "# N" then N "k: v"
#   spans      N <span>x</span> tags          footnotes N references to one
#   code       a code block of N lines        profiles  N profile lines
#   emphasis   N "*a **a " runs               spaces    N spaces in a line
#   table      a table of N rows
#   xparas     JSON: a skill of N keywords, N of them named paragraphs
#              by x-paragraphs
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tools=time
noref=1 # made here, no reference needed
. "$here/lib.sh"
runs=${RUNS:-3}

# make KIND N: writes the input of KIND at size N to stdout
make() {
	awk -v k="$1" -v n="$2" 'BEGIN {
	if (k == "bullets") { printf "# N\n\n## Notes\n\n"; for (i = 1; i <= n; i++) printf "- item %d\n", i }
	else if (k == "word") { printf "# N\n\n## Notes\n\n"; for (i = 0; i < n; i++) printf "w"; print "" }
	else if (k == "frontmatter") { printf "---\ntitle: x\n"; for (i = 0; i < n; i++) print "k: v"; printf "---\n\n# N\n" }
	else if (k == "headkv") { printf "# N\n\n"; for (i = 0; i < n; i++) print "k: v" }
	else if (k == "spans") { printf "# N\n\n"; for (i = 0; i < n; i++) printf "<span>x</span>"; print "" }
	else if (k == "footnotes") { printf "# N\n\n"; for (i = 0; i < n; i++) printf "x[^1] "; printf "\n\n[^1]: note\n" }
	else if (k == "code") { printf "# N\n\n## Notes\n\n```\n"; for (i = 0; i < n; i++) printf "line %d of code here\n", i; print "```" }
	else if (k == "profiles") { printf "# N\n\n"; for (i = 0; i < n; i++) printf "GitHub: https://github.com/u%d\n\n", i }
	else if (k == "emphasis") { printf "# N\n\n"; for (i = 0; i < n; i++) printf "*a **a "; print "" }
	else if (k == "spaces") { printf "# N\n\na"; for (i = 0; i < n; i++) printf " "; print "b" }
	else if (k == "table") { printf "# N\n\n## T\n\n|a|b|c|\n|-|-|-|\n"; for (i = 0; i < n; i++) printf "|x%d|y|z|\n", i }
	else if (k == "xparas") { printf "{\"basics\":{\"name\":\"N\"},\"skills\":[{\"name\":\"S\",\"keywords\":["; for (i = 0; i < n; i++) printf "%s\"k%d\"", i ? "," : "", i; printf "],\"x-paragraphs\":["; for (i = n; i > 0; i--) printf "%s%d", i < n ? "," : "", i; print "]}]}" }
	}'
}

# median_ms CMD...: the median wall time of $runs runs, in milliseconds
median_ms() {
	for _r in $(seq "$runs"); do
		_s=$(date +%s%N)
		"$@" >/dev/null 2>&1 || true
		echo $((($(date +%s%N) - _s) / 1000000))
	done | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

echo "| input | 1x size | format | 1x ms | 2x ms | 4x ms | time growth | 1x / 2x / 4x peak RSS (MiB) | memory growth |"
echo "|---|---|---|---|---|---|---|---|---|"
for spec in bullets:25000 word:50000 frontmatter:100000 headkv:8000 spans:20000 \
    footnotes:10000 code:10000 profiles:1000 emphasis:4000 spaces:100000 table:4000 \
    xparas:20000; do
	kind=${spec%%:*} n=${spec#*:}
	x=md
	[ "$kind" = xparas ] && x=json
	for m in 1 2 4; do
		make "$kind" $((n * m)) >"$T/$kind.$m.$x"
	done
	for fmt in txt html json md pdf; do
		# (past the PDF's 1,000-page limit the render would stop early)
		set -- render --$fmt --max-pages 100000 -o /dev/null
		t1=$(median_ms "$resume" "$@" "$T/$kind.1.$x")
		t2=$(median_ms "$resume" "$@" "$T/$kind.2.$x")
		t4=$(median_ms "$resume" "$@" "$T/$kind.4.$x")
		k1=$(rss_runs=1 rss "$resume" "$@" "$T/$kind.1.$x")
		k2=$(rss_runs=1 rss "$resume" "$@" "$T/$kind.2.$x")
		k4=$(rss_runs=1 rss "$resume" "$@" "$T/$kind.4.$x")
		awk -v k="$kind" -v n="$n" -v f="$fmt" -v a="$t1" -v b="$t2" -v c="$t4" \
		    -v m1="$k1" -v m2="$k2" -v m4="$k4" 'BEGIN {
			g1 = a > 0 ? b / a : 0; g2 = b > 0 ? c / b : 0
			printf "| %s | %d | %s | %d | %d | %d | %.1f, %.1f | %.1f / %.1f / %.1f | %.1f, %.1f |\n",
			    k, n, f, a, b, c, g1, g2, m1 / 1024, m2 / 1024, m4 / 1024, m2 / m1, m4 / m2 }'
	done
done

# inputs just under the 16 MiB cap: peak RSS of one run each (the PDF
# stops at its page limit with an error, as it must)
echo
echo "| input (just under 16 MiB) | format | peak RSS (MiB) | exit |"
echo "|---|---|---|---|"
make bullets 1100000 >"$T/big-bullets.md"
awk 'BEGIN { printf "# N\n\n## Notes\n\n"; for (i = 0; i < 3000000; i++) printf "word "; print "" }' >"$T/big-paragraph.md"
for f in "$T/big-bullets.md" "$T/big-paragraph.md"; do
	for fmt in txt html json md pdf; do
		kb=$(/usr/bin/time -f %M "$resume" render --$fmt -o /dev/null "$f" 2>&1 >/dev/null | tail -n 1)
		"$resume" render --$fmt -o /dev/null "$f" >/dev/null 2>&1 && st=0 || st=$?
		awk -v n="$(basename "$f" .md)" -v f=$fmt -v kb="$kb" -v st=$st 'BEGIN {
			printf "| %s | %s | %.0f | %d |\n", n, f, kb / 1024, st }'
	done
done
