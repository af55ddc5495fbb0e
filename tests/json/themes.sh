#!/bin/sh
# themes.sh RESUME FILE...: our --json exports as JSON Resume's own tools
# read them.  Each input's export goes through resumed's render() with
# jsonresume-theme-even, -stackoverflow, -elegant and -kendall
# (themes.mjs): none may stop with an error, and each page of the first two
# must show at least 97 % of the words of our --txt.  resumed and the themes are installed by npm, at
# pinned versions, into a cache outside the repository
# (RESUME_NPM_CACHE, by default ~/.cache/resume-tests/npm); skips (77)
# with a message when node or npm is missing or the registry cannot be
# reached.
set -u
bin=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
pkgs="resumed@6.1.0 jsonresume-theme-even@0.26.1 jsonresume-theme-stackoverflow@3.3.0
jsonresume-theme-elegant@1.16.1 jsonresume-theme-kendall@0.2.0"

# Inputs whose exports fall short in the themes today, and why.  Listed by
# name so that the test fails when one of them starts passing, or another
# starts failing.
known() {
	case "$1" in
	# a publication's group ("Journals") and the label of the web address
	# ("My wikipedia page") have no JSON Resume field: x-group, and
	# basics.url holds the address alone (stackoverflow shows no
	# basics.url at all: it reads the 0.x name, website)
	markdown-cv-index) return 0 ;;
	# stackoverflow shows neither a project's roles nor its entity (the
	# organisation of an entry in a section of no JSON Resume kind)
	hackmyresume-expected-modern-resume) return 0 ;;
	esac
	return 1
}

. "$here/npm.sh"
npm_cache $pkgs
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8
mkdir "$T/in"
n=0
for f in "$@"; do
	[ -f "$f" ] || continue
	b=$(basename "$f")
	b=${b%.*}
	"$bin" render --json "$f" >"$T/in/$b.json" 2>/dev/null &&
		"$bin" render --txt "$f" >"$T/in/$b.txt" 2>/dev/null ||
		{ rm -f "$T/in/$b.json" "$T/in/$b.txt"; continue; }
	n=$((n + 1))
done
if [ "$n" -eq 0 ]; then
	echo "SKIP: no input found"
	exit 77
fi
cp "$here/themes.mjs" "$cache/themes.mjs"
node "$cache/themes.mjs" 0.97 "$T/in" >"$T/out" 2>&1
bad=0
while IFS= read -r line; do
	case "$line" in
	"FAIL: "*) ;;
	*) echo "$line"; continue ;;
	esac
	f=${line#FAIL: }
	f=${f%%.json:*}
	case "$line" in
	*" stops: "*) echo "$line"; bad=$((bad + 1)) ;;
	*) if known "$f"; then
		echo "known: ${line#FAIL: }"
		echo "$f" >>"$T/known"
	else
		echo "$line"
		bad=$((bad + 1))
	fi ;;
	esac
done <"$T/out"
for f in "$T"/in/*.json; do
	b=$(basename "$f" .json)
	if known "$b" && ! grep -qx "$b" "$T/known" 2>/dev/null; then
		echo "FAIL: $b: listed as falling short but shows 97 % in every theme; take it off the list"
		bad=$((bad + 1))
	fi
done
echo "$n inputs, $bad failed"
[ "$bad" -eq 0 ]
