#!/bin/sh
# photo.sh RESUME MKPHOTO FILE...: the HTML page's header in every
# built-in theme (and one that asks a margin column for both dates and
# titles), in headless Chromium on a wide screen, on paper and on a phone
# (photo.mjs): the photo at the header's end clear of the name and the
# contacts, above the name on a phone, a centred name in the middle, no
# contact separator at a line's start, no section title over a date,
# on a phone every section title (a sidebar's too) at the name's edge.
# Each FILE, and a résumé of our own with a photo.  puppeteer-core from
# npm, cached outside the repository; skips without chromium or node.
set -u
bin=$1 mk=$2
shift 2
RESUME=$bin
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../cli/lib.sh"
command -v chromium >/dev/null 2>&1 || { echo "SKIP: chromium not installed"; exit 77; }
. "$here/../json/npm.sh"
npm_cache puppeteer-core@25.16.0
cp "$here/photo.mjs" "$here/chromium.mjs" "$cache/"
"$mk" "$T/me.jpg" 400 500 1
printf -- '---\nimage: me.jpg\n---\n# Ann Example\n\n> Site reliability engineer\n> ann@example.com · +1 555 0100 · https://ann.example · Portland, Oregon · github.com/ann-example · linkedin.com/in/ann-example\n\n## Experience\n\n### Engineer, Acme (2019 – 2024)\n\n- Built things\n' >"$T/ann.md"
# a margin column asked for both dates and section titles: the dates
# keep it
"$bin" themes --show classic | sed 's/^heading = .*/heading = side/' >"$T/dates-side.theme"
n=0
for th in $("$bin" themes | cut -d' ' -f1) "$T/dates-side.theme"; do
	for f in "$T/ann.md" "$@"; do
		[ -f "$f" ] || continue
		"$bin" render --html --theme "$th" -o "$T/$(basename "$th")-$(basename "$f").html" "$f" 2>/dev/null
		expect_status 0 $? "$th $f"
		n=$((n + 1))
	done
done
(cd "$cache" && timeout 600 node photo.mjs "$T"/*.html) >"$T/out" 2>&1
expect_status 0 $? "photo.mjs"
expect_empty "$T/out" "" "$n pages' headers"
grep -q 'class="photo"' "$T/compact-ann.md.html"
expect_status 0 $? "the page has its photo"
finish
