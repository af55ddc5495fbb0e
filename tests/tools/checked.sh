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
# run: the real binary.  In the sanitizer build (LSAN_OPTIONS set) a run
# whose leak check could not run at all (LeakSanitizer's own tracer
# crashed: "LeakSanitizer has encountered a fatal error", a race inside
# the sanitizer seen once in CI) runs again, once.  That takes a run that
# can be repeated unseen: standard input not read (neither a pipe nor a
# file) and standard output a pipe or a file, held back with standard
# error so that only the last run's output is passed on, standard output
# first.  Any other run (a terminal, /dev/full, a closed stream) is passed
# straight through.
run() {
	if [ -z "${LSAN_OPTIONS:-}" ] || [ -p /dev/stdin ] || [ -f /dev/stdin ] ||
		! { [ -p /dev/stdout ] || [ -f /dev/stdout ]; }; then
		"$RESUME_REAL" "$@"
		return
	fi
	outs=$(mktemp) && errs=$(mktemp) || exit 1
	"$RESUME_REAL" "$@" >"$outs" 2>"$errs"
	st=$?
	if [ "$st" -ne 0 ] && grep -q "LeakSanitizer has encountered a fatal error" "$errs"; then
		echo "checked.sh: LeakSanitizer failed, not the run: running again" >&2
		"$RESUME_REAL" "$@" >"$outs" 2>"$errs"
		st=$?
	fi
	cat "$outs"
	cat "$errs" >&2
	rm -f "$outs" "$errs"
	return "$st"
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
