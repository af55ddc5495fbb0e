#!/bin/sh
# lsan-retry.sh [--no-stdin] CMD [ARG...]: runs CMD.  In the sanitizer
# build (LSAN_OPTIONS set), a run that failed only because
# LeakSanitizer's own tracer crashed at exit ("LeakSanitizer has
# encountered a fatal error", an intermittent race inside the sanitizer,
# more likely in a program with threads) runs again, once; a leak report
# is never run again, nor any other failure.  That takes a run that can
# be repeated unseen: standard input not read (--no-stdin says CMD reads
# none; else standard input must be neither a pipe nor a file) and
# standard output a pipe or a file, held back with standard error so
# that only the last run's output is passed on, standard output first.
# Any other run (a terminal, /dev/full, a closed stream) is passed
# straight through.  tools/checked.sh runs resume through it.
no_stdin=
[ "${1:-}" = --no-stdin ] && { no_stdin=1; shift; }
if [ -z "${LSAN_OPTIONS:-}" ] ||
	{ [ -z "$no_stdin" ] && { [ -p /dev/stdin ] || [ -f /dev/stdin ]; }; } ||
	! { [ -p /dev/stdout ] || [ -f /dev/stdout ]; }; then
	exec "$@"
fi
outs=$(mktemp) && errs=$(mktemp) || exit 1
trap 'rm -f "$outs" "$errs"' EXIT
"$@" >"$outs" 2>"$errs"
st=$?
if [ "$st" -ne 0 ] && grep -q "LeakSanitizer has encountered a fatal error" "$errs" &&
	! grep -q "ERROR: LeakSanitizer: detected memory leaks" "$errs"; then
	echo "lsan-retry.sh: LeakSanitizer failed, not the run: running again" >&2
	"$@" >"$outs" 2>"$errs"
	st=$?
fi
cat "$outs"
cat "$errs" >&2
exit "$st"
