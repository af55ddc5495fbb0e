#!/bin/sh
# browser.sh RESUME WORDORDER INPUT SHOT.png: renders INPUT as HTML, loads
# it in headless Chromium from file://, and checks that the DOM's visible
# text carries every word of the --txt output in order and that the page
# made no network request.  Writes a screenshot to SHOT.png.  Skips (77)
# without chromium or without INPUT.
set -u
bin=$1 tool=$2 in=$3 shot=$4
command -v chromium >/dev/null 2>&1 || { echo "SKIP: chromium not installed"; exit 77; }
[ -f "$in" ] || { echo "SKIP: $in not found (../shared absent)"; exit 77; }
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
fails=0
fail() {
	echo "FAIL: $*"
	fails=$((fails + 1))
}
LC_ALL=C.UTF-8 "$bin" render --txt "$in" >"$T/t.txt" || exit 1
LC_ALL=C.UTF-8 "$bin" render --html "$in" >"$T/page.html" || exit 1
flags="--headless --no-sandbox --disable-gpu --no-first-run
--disable-background-networking --disable-component-update --disable-sync
--disable-features=Translate,OptimizationHints,MediaRouter"
# shellcheck disable=SC2086
timeout 120 chromium $flags --user-data-dir="$T/profile" \
	--log-net-log="$T/net.json" --dump-dom "file://$T/page.html" \
	>"$T/dom.html" 2>"$T/chromium.log" || { fail "chromium --dump-dom"; cat "$T/chromium.log"; }
# shellcheck disable=SC2086
timeout 120 chromium $flags --user-data-dir="$T/profile2" \
	--window-size=1000,1400 --hide-scrollbars --screenshot="$shot" \
	"file://$T/page.html" >/dev/null 2>&1 || fail "chromium --screenshot"
[ -s "$shot" ] || fail "no screenshot"
grep -q '<main>' "$T/dom.html" || fail "the DOM has no <main>"

# the visible text: the DOM without style and script, tags and entities
sed -e ':a;N;$!ba;s/<style>.*<\/style>//' -e 's/<script[^>]*>[^<]*<\/script>//g' \
	-e 's/<[^>]*>/ /g' -e 's/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&#39;/'"'"'/g; s/&amp;/\&/g' \
	"$T/dom.html" >"$T/visible.txt"
"$tool" "$T/t.txt" "$T/visible.txt" >"$T/words" || { fail "words of the text output"; cat "$T/words"; }

# no request but Chromium's own services: nothing the page asked for
grep -o '"url":"[^"]*"' "$T/net.json" | sed 's/"url":"//; s/"$//' | sort -u >"$T/urls"
grep -v -E '^(https?://([a-z0-9-]+\.)*(google\.com|googleapis\.com|gstatic\.com|gvt1\.com)/|file://|data:|chrome|about:)' "$T/urls" >"$T/page-urls"
[ ! -s "$T/page-urls" ] || { fail "the page made network requests:"; cat "$T/page-urls"; }
grep -q "file://$T/page.html" "$T/net.json" || fail "the net log does not show the page itself"
echo "$fails failed"
[ "$fails" -eq 0 ]
