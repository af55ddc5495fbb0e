#!/bin/sh
# validate.sh RESUME FILE...: `resume validate` and the official JSON
# Resume validator (npm @jsonresume/schema, which checks formats too) give
# each file the same verdict; a file neither can read as JSON counts as
# invalid for both.  Where we differ on purpose, the file is listed below
# with the reason, and docs/json.md lists the difference.  Skips (77) as
# npm.sh says.
set -u
bin=$1
shift
here=$(cd "$(dirname "$0")" && pwd)

# Files we judge otherwise on purpose.
differs() {
	case "$1" in
	# FRESH résumés (HackMyResume's format) pass the schema, whose
	# fields are all optional, but show nothing: we name the format
	fresh-test-fresh-short.json) return 0 ;;
	esac
	return 1
}

. "$here/npm.sh"
npm_cache @jsonresume/schema@1.3.1
cp "$here/validate.mjs" "$cache/validate.mjs"
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8
n=0 bad=0
for f in "$@"; do
	[ -f "$f" ] && n=$((n + 1))
done
if [ "$n" -eq 0 ]; then
	echo "SKIP: no input found"
	exit 77
fi
node "$cache/validate.mjs" "$@" >"$T/official" 2>&1 || { cat "$T/official"; exit 1; }
n=0
while read -r verdict f; do
	n=$((n + 1))
	"$bin" validate "$f" >/dev/null 2>"$T/err"
	rc=$?
	ours=invalid
	[ $rc -eq 0 ] && ours=valid
	[ "$verdict" = unreadable ] && verdict=invalid
	b=$(basename "$f")
	if differs "$b"; then
		if [ "$verdict" = "$ours" ]; then
			echo "FAIL: $b: listed as judged otherwise, but both say $ours; take it off the list"
			bad=$((bad + 1))
		else
			echo "known: $b: official $verdict, ours $ours: $(head -n 1 "$T/err")"
		fi
	elif [ "$verdict" != "$ours" ]; then
		echo "FAIL: $b: the official validator says $verdict, resume validate $ours: $(head -n 1 "$T/err")"
		bad=$((bad + 1))
	fi
done <"$T/official"
echo "$n files, $bad failed"
[ "$bad" -eq 0 ]
