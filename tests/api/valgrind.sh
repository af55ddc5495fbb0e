#!/bin/sh
# valgrind memcheck over the library's own ways of running many résumés:
# resume render --stream with two worker processes (valgrind follows the
# forks) on our examples in every stream format, and the threads test
# (4 threads, 20 renders): no memory error, no definite, indirect or
# possible leak (tests/valgrind.supp explains the library caches).
# valgrind.sh RESUME API_THREADS INPUT...
set -u
bin=$1 threads=$2
shift 2
supp=$(dirname "$0")/../valgrind.supp
command -v valgrind >/dev/null 2>&1 || { echo "SKIP: valgrind not installed"; exit 77; }
command -v jq >/dev/null 2>&1 || { echo "SKIP: jq is not installed"; exit 77; }
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
vg="valgrind -q --error-exitcode=9 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible --suppressions=$supp --num-callers=200"
fail=0
for f in "$@"; do
	case $f in
	*.md) jq -Rsc --arg id "$f" '{id: $id, markdown: .}' "$f" ;;
	*) jq -c --arg id "$f" '. + {id: $id}' "$f" ;;
	esac
done >"$T/in.jsonl"
echo 'not json' >>"$T/in.jsonl"
for fmt in txt pdf html json md; do
	$vg "$bin" render --stream "$fmt" --jobs 2 <"$T/in.jsonl" >"$T/out" 2>"$T/err"
	rc=$?
	lines=$(wc -l <"$T/out" | tr -d ' ')
	if [ "$rc" -ne 0 ] || [ "$lines" -ne $(($# + 1)) ]; then
		cat "$T/err"
		echo "FAIL: --stream $fmt under valgrind: exit $rc, $lines answers"
		fail=1
	fi
done
$vg "$threads" -j 4 -n 20 "$@" >"$T/out" 2>"$T/err" || {
	cat "$T/err"
	echo "FAIL: the threads test under valgrind"
	fail=1
}
[ "$fail" -eq 0 ] && echo "--stream in five formats and 4 threads: no memory error, no leak"
exit "$fail"
