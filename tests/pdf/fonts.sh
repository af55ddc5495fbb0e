#!/bin/sh
# The fonts a PDF embeds: the themes' TrueType fonts without their hinting
# programs when the build made copies of them (src/render/unhint-fonts.sh),
# every word set where the installed fonts set it; a copy whose mtime is
# not its installed file's (a font package updated since the build) is not
# used.  Skips (77) when the build made no copies (no hb-subset) or mutool
# is missing.
. "$(dirname "$0")/../cli/lib.sh"
EX=$(dirname "$0")/../../data/examples
dir=$(dirname "$RESUME_REAL")
if [ ! -f "$dir/fonts/README" ]; then
	echo "SKIP: the build made no unhinted copies of the themes' fonts (hb-subset missing; on Debian: apt install libharfbuzz-bin)"
	exit 77
fi
if [ -z "$(find "$dir/fonts" -name 'Lato-*.ttf' | head -1)" ]; then
	echo "SKIP: no TrueType Lato was installed when the build ran, so there is no copy of it to embed (on Debian: apt install fonts-lato, then build again)"
	exit 77
fi
command -v mutool >/dev/null || { echo "SKIP: mutool missing (apt install mupdf-tools)"; exit 77; }

# tables FONT: the tags of FONT's tables, one a line
tables() {
	od -A n -v -t u1 -N 300 "$1" | tr -s ' \n' '\n\n' | awk 'NF {
		b[n++] = $1 } END {
		k = b[4] * 256 + b[5]
		for (i = 0; i < k && 12 + 16 * i + 3 < n; i++) {
			o = 12 + 16 * i
			printf "%c%c%c%c\n", b[o], b[o + 1], b[o + 2], b[o + 3]
		} }'
}

# extract PDF: PDF's embedded fonts (and images) into $T/x, alone
extract() {
	rm -rf "$T/x" && mkdir "$T/x" && (cd "$T/x" && mutool extract "$1" >/dev/null 2>&1)
}

# hinted: the extracted TrueType fonts that have a hinting table (fpgm,
# prep, cvt), one a line
hinted() {
	for f in "$T"/x/*.ttf; do
		[ -f "$f" ] || continue
		tables "$f" | grep -qxE 'fpgm|prep|cvt ' && echo "$f"
	done
}

"$RESUME" render --pdf -o "$T/a.pdf" "$EX/alex-rivera.md" 2>"$T/err"
expect_status 0 $? "render --pdf"
extract "$T/a.pdf"
n=$(ls "$T"/x/*.ttf 2>/dev/null | wc -l)
[ "$n" -ge 3 ] || fail "$n TrueType fonts extracted, want the theme's faces"
tables "$(ls "$T"/x/*.ttf | head -1)" >"$T/tags"
expect_contains "$T/tags" glyf "a TrueType font's tables read"
hinted >"$T/hinted"
expect_empty "$T/hinted" " (embedded with hinting)" "fonts with hinting tables"

# the same build with a copy older than its font: that directory's fonts
# are the installed ones, with their hinting, and every word stands where
# it stood
mkdir "$T/b"
cp -p "$RESUME_REAL" "$dir"/libresume.so* "$dir"/resume-*.so "$T/b/"
# the copies wherever the fonts were installed, without the cache of
# them (it names the build's directories)
mkdir "$T/b/fonts"
cp -pR "$dir/fonts/." "$T/b/fonts/"
rm -rf "$T/b/fonts/cache"
"$T/b/resume" render --pdf -o "$T/b1.pdf" "$EX/alex-rivera.md" 2>"$T/err"
expect_status 0 $? "render --pdf, copied build"
extract "$T/b1.pdf"
hinted >"$T/hinted"
expect_empty "$T/hinted" " (copied build)" "fonts with hinting tables"
lato=$(find "$T/b/fonts" -name 'Lato-Regular.ttf' | head -1)
if [ -n "$lato" ]; then
	touch -d 2001-01-01 "$lato"
	"$T/b/resume" render --pdf -o "$T/b2.pdf" "$EX/alex-rivera.md" 2>"$T/err"
	expect_status 0 $? "render --pdf, a stale copy"
	extract "$T/b2.pdf"
	hinted >"$T/hinted"
	[ -s "$T/hinted" ] || fail "a copy of another mtime than its font's was used"
	pdftotext -bbox "$T/b1.pdf" - >"$T/b1.box"
	pdftotext -bbox "$T/b2.pdf" - >"$T/b2.box"
	diff "$T/b1.box" "$T/b2.box" >"$T/d" || {
		fail "words stand elsewhere with the installed fonts"
		head -20 "$T/d"
	}
	[ "$(stat -c %s "$T/b1.pdf")" -lt "$(stat -c %s "$T/b2.pdf")" ] ||
		fail "the PDF without hinting is not the smaller"
else
	echo "note: no Lato-Regular among the copies; the stale-copy part is not run"
fi
finish
