#!/bin/sh
# check.sh RESUME PDFCHECK FILE...: every input as a PDF in every built-in
# theme on A4 and Letter, each passed through pdfcheck (qpdf's own check
# with no warning, only /URI links to allowed schemes, no action
# anywhere).  Inputs that resume refuses are passed over (their errors are
# tested elsewhere); missing files too.
set -u
# nothing here reads standard input: the renders get /dev/null, so that a
# sanitizer run LeakSanitizer's tracer fails may be run again
# (tools/checked.sh), whatever the test runner's standard input is
exec </dev/null
bin=$1 check=$2
shift 2
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000
themes=$("$bin" themes | awk '{ print $1 }')
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] || continue
	i=0
	for th in $themes; do
		for paper in a4 letter; do
			i=$((i + 1))
			"$bin" render --pdf --theme "$th" --paper "$paper" \
			    -o "$T/$i.pdf" "$f" 2>/dev/null || continue
			n=$((n + 1))
		done
	done
	[ "$i" -gt 0 ] && ls "$T"/*.pdf >/dev/null 2>&1 || continue
	"$check" "$T"/*.pdf >"$T/out" || {
		bad=$((bad + 1))
		echo "FAIL: $f:"
		sed 's/^/    /' "$T/out" | head -20
	}
	rm -f "$T"/*.pdf
done
echo "$n PDFs checked, $bad inputs failed"
[ "$bad" -eq 0 ]
