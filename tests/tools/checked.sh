#!/bin/sh
# What the shell tests run as $RESUME: the real binary ($RESUME_REAL), then
# pdfcheck ($PDFCHECK) over every PDF the run wrote: the -o file, every
# *.pdf of an -o directory, and a PDF on standard output when that is a
# file or a pipe (captured, checked, then passed on).  A PDF that fails
# the check makes the run fail with status 99 and pdfcheck's lines on
# standard error, so every test that renders a PDF also checks it.
# --watch runs are passed straight through; a sanitizer build's run may
# run twice (see run below).
: "${RESUME_REAL:?}" "${PDFCHECK:?}"
out= pdf= watch= prev=
for a in "$@"; do
	case $prev in -o | --output) out=$a ;; --to) [ "$a" = pdf ] && pdf=1 ;; esac
	case $a in
	--pdf | --to=pdf) pdf=1 ;;
	--watch) watch=1 ;;
	--output=*) out=${a#--output=} ;;
	-o?*) out=${a#-o} ;;
	esac
	prev=$a
done
[ -n "$watch" ] && exec "$RESUME_REAL" "$@"
# run: the real binary; in a sanitizer build, run again once when
# LeakSanitizer's own tracer crashed (lsan-retry.sh says when it can)
run() {
	if [ -z "${LSAN_OPTIONS:-}" ]; then # (no shell more a run)
		"$RESUME_REAL" "$@"
		return
	fi
	sh "$(dirname "$0")/lsan-retry.sh" "$RESUME_REAL" "$@"
}
capture=
if [ -n "$pdf" ] && { [ -z "$out" ] || [ "$out" = - ]; } &&
	{ [ -p /dev/stdout ] || [ -f /dev/stdout ]; }; then
	capture=$(mktemp) || exit 1
	run "$@" >"$capture"
else
	run "$@"
fi
status=$?
bad=0
check() {
	"$PDFCHECK" "$@" >&2 || bad=1
}
if [ -n "$capture" ]; then
	[ "$(head -c 5 "$capture")" = "%PDF-" ] && check "$capture"
	cat "$capture"
	rm -f "$capture"
fi
if [ -n "$out" ] && [ "$out" != - ]; then
	if [ -d "$out" ]; then
		for f in "$out"/*.pdf; do
			[ -f "$f" ] && check "$f"
		done
	elif [ -f "$out" ] && [ "$(head -c 5 "$out")" = "%PDF-" ]; then
		check "$out"
	fi
fi
[ "$bad" -eq 0 ] || exit 99
exit "$status"
