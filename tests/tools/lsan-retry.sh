#!/bin/sh
# lsan-retry.sh CMD [ARG...]: runs CMD; in the sanitizer build (LSAN_OPTIONS
# set), a run that failed only because LeakSanitizer's own tracer crashed
# at exit ("LeakSanitizer has encountered a fatal error", an intermittent
# race inside the sanitizer, more likely in a program with threads) runs
# again, once.  A leak report is never run again; nor is any other
# failure.  For programs that read no standard input (checked.sh does the
# same for the resume binary).
if [ -z "${LSAN_OPTIONS:-}" ]; then
	exec "$@"
fi
errs=$(mktemp) || exit 1
trap 'rm -f "$errs"' EXIT
"$@" 2>"$errs"
st=$?
if [ "$st" -ne 0 ] && grep -q "LeakSanitizer has encountered a fatal error" "$errs" &&
	! grep -q "ERROR: LeakSanitizer: detected memory leaks" "$errs"; then
	cat "$errs" >&2
	echo "lsan-retry.sh: LeakSanitizer failed, not the run: running again" >&2
	"$@" 2>"$errs"
	st=$?
fi
cat "$errs" >&2
exit "$st"
