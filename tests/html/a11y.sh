#!/bin/sh
# a11y.sh RESUME FILE...: each input's HTML page in every built-in theme
# passes the Nu HTML Checker (vnu, errors) and axe-core in headless
# Chromium (a11y.mjs: no violation).  vnu-jar, axe-core and puppeteer-core
# are installed by npm, pinned, into the cache outside the repository
# (tests/json/npm.sh); skips (77) with a message without java, chromium,
# node or the registry.
set -u
bin=$1
shift
here=$(cd "$(dirname "$0")" && pwd)
command -v java >/dev/null 2>&1 || { echo "SKIP: java not installed (Debian: default-jre-headless)"; exit 77; }
command -v chromium >/dev/null 2>&1 || { echo "SKIP: chromium not installed"; exit 77; }
. "$here/../json/npm.sh"
npm_cache vnu-jar@26.9.27 axe-core@4.14.1 puppeteer-core@25.16.0
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
export LC_ALL=C.UTF-8
mkdir "$T/pages"
n=0
for t in $("$bin" themes | cut -d' ' -f1); do
	for f in "$@"; do
		[ -f "$f" ] || continue
		"$bin" render --html --theme "$t" -o "$T/pages/$t-$(basename "$f").html" "$f" 2>/dev/null &&
			n=$((n + 1))
	done
done
[ "$n" -gt 0 ] || { echo "SKIP: no input found"; exit 77; }
bad=0
java -jar "$cache/node_modules/vnu-jar/build/dist/vnu.jar" --errors-only --format gnu \
	"$T"/pages/*.html >"$T/vnu" 2>&1 ||
	{ sed "s|$T/pages/||" "$T/vnu"; bad=$((bad + 1)); }
echo "vnu: $n pages, $(grep -c . "$T/vnu") errors"
cp "$here/a11y.mjs" "$here/chromium.mjs" "$cache/"
(cd "$cache" && timeout 600 node a11y.mjs "$T/pages") || bad=$((bad + 1))
[ "$bad" -eq 0 ]
