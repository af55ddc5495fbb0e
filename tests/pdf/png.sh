#!/bin/sh
# --png: page images drawn by the PDF's layout.  Page 1 by default, --page
# N, every page into -o DIR/, --dpi, the same bytes each time, a terminal
# refused, and a page past the end an error that writes nothing.
. "$(dirname "$0")/../cli/lib.sh"
src=$(dirname "$0")/../..
ex=$src/data/examples/alex-rivera.md

# the size of a PNG from its header: "WIDTHxHEIGHT"
png_size() {
	od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}
is_png() {
	checks=$((checks + 1))
	[ "$(od -An -c -N4 "$1" | tr -d ' ')" = "211PNG" ] || fail "$2: not a PNG"
}

"$RESUME" render --help >"$T/help"
expect_contains "$T/help" "--png" "--help lists --png, from the backend table"
expect_contains "$T/help" "[--txt|--pdf|--png|--html|--json|--md]" "the usage line from the table"

"$RESUME" render --png --paper a4 -o "$T/a.png" "$ex"
expect_status 0 $? "--png"
is_png "$T/a.png" "--png"
expect_eq 1241x1754 "$(png_size "$T/a.png")" "A4 at 150 dpi"
"$RESUME" render --png --paper letter --dpi 72 -o "$T/l.png" "$ex"
expect_eq 612x792 "$(png_size "$T/l.png")" "Letter at 72 dpi"
"$RESUME" render --png --paper a4 -o "$T/b.png" "$ex"
checks=$((checks + 1))
cmp -s "$T/a.png" "$T/b.png" || fail "two renders differ"

# the picture is the PDF's page: ink on the rows where poppler inks the
# PDF (4 % of the rows differ at 150 dpi between the two rasterizers;
# half a page left out, 50 %)
if command -v pdftoppm >/dev/null 2>&1; then
	"$RESUME" render --pdf --paper a4 -o "$T/a.pdf" "$ex"
	pdftoppm -png -r 150 -singlefile "$T/a.pdf" "$T/pdf"
	checks=$((checks + 1))
	"$PNGDIFF" "$T/pdf.png" "$T/a.png" 10rows >"$T/diff" 2>&1 ||
		{ fail "the PNG is not the PDF's page"; cat "$T/diff"; }
fi

# every glyph is drawn in the PDF as in the picture, which cairo draws
# without embedding a font: cairo's CFF subsetter leaves out parts of 如
# and 瘃 in Noto Sans CJK (a radical, the whole glyph), and the ink shows
# it (0.01 % apart when drawn whole, 29 % when not)
if command -v pdftoppm >/dev/null 2>&1 && fc-list | grep -q "Noto Sans CJK"; then
	printf '# 瘃如果\n\n例如 瘃 課長 瘃瘃瘃\n' >"$T/zh.md"
	"$RESUME" render --pdf -o "$T/zh.pdf" "$T/zh.md" 2>"$T/err"
	expect_eq "" "$(cat "$T/err")" "every glyph drawn, no warning"
	"$RESUME" render --png -o "$T/zh.png" "$T/zh.md"
	pdftoppm -png -r 150 -singlefile "$T/zh.pdf" "$T/zhpdf"
	checks=$((checks + 1))
	"$PNGDIFF" "$T/zhpdf.png" "$T/zh.png" 2sum >"$T/diff" 2>&1 ||
		{ fail "a CJK glyph is not drawn whole in the PDF"; cat "$T/diff"; }
	# without a TrueType face to set them in, a warning names them
	mkdir "$T/fc"
	cat >"$T/fc/fonts.conf" <<EOC
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>$(fc-list 'Noto Sans CJK SC' file | head -1 | sed 's|/[^/]*: *$||')</dir>
  <cachedir>$T/fc</cachedir>
</fontconfig>
EOC
	FONTCONFIG_FILE=$T/fc/fonts.conf "$RESUME" render --pdf -o "$T/zh2.pdf" "$T/zh.md" 2>"$T/err"
	expect_status 0 $? "a glyph that cannot be embedded whole"
	expect_contains "$T/err" "U+5982 '如' is drawn incomplete" "a warning names the character"
	expect_contains "$T/err" "zh.md:1:1: warning: U+5982" "and where it is"
else
	echo "note: no pdftoppm or Noto Sans CJK: CJK glyphs not checked"
fi

# a résumé of several pages
{
	printf '# Long Doe\n\nlong@example.com\n\n## Experience\n'
	i=0
	while [ $i -lt 40 ]; do
		printf '\n### Engineer %d, Acme (2001 - 2002)\n\n- Built a thing that mattered, and wrote it down for the next person\n- Another line\n' $i
		i=$((i + 1))
	done
} >"$T/long.md"
"$RESUME" render --pdf -o "$T/long.pdf" "$T/long.md"
pages=$(pdfinfo "$T/long.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')
[ -n "$pages" ] || pages=3
"$RESUME" render --png --page 2 -o "$T/p2.png" "$T/long.md"
expect_status 0 $? "--page 2"
is_png "$T/p2.png" "--page 2"
checks=$((checks + 1))
cmp -s "$T/p2.png" "$T/a.png" && fail "page 2 is page 1"
mkdir "$T/dir"
"$RESUME" render --png -o "$T/dir/" "$T/long.md"
expect_status 0 $? "-o DIR/"
expect_eq "$pages" "$(ls "$T/dir" | grep -c '^long-[0-9]*\.png$')" "one image a page"
is_png "$T/dir/long-$pages.png" "the last page"
"$RESUME" render --png -o "$T/new/" "$T/long.md"
expect_status 0 $? "-o NEWDIR/"
[ -f "$T/new/long-1.png" ] || fail "-o NEWDIR/ made no long-1.png"
"$RESUME" render --png --page 2 -o "$T/one/" "$T/long.md"
expect_eq "long-2.png" "$(ls "$T/one")" "--page N into a directory"

# a page past the end: an error, and nothing written or lost
echo keep >"$T/keep.png"
"$RESUME" render --png --page 99 -o "$T/keep.png" "$ex" 2>"$T/err"
expect_status 1 $? "--page past the end"
expect_contains "$T/err" "there is no page 99: the résumé has 1 page" "--page past the end says so"
expect_eq keep "$(cat "$T/keep.png")" "the old file is kept"
"$RESUME" render --png --dpi 5 "$ex" >/dev/null 2>"$T/err"
expect_status 2 $? "--dpi out of range"
"$RESUME" render --png --page 0 "$ex" >/dev/null 2>"$T/err"
expect_status 2 $? "--page 0"

# batch: every format, pages as STEM-N.png
"$RESUME" render --pdf --png --txt -o "$T/batch" "$ex" "$T/long.md"
expect_status 0 $? "batch with --png"
for f in alex-rivera.pdf alex-rivera.txt alex-rivera-1.png long-1.png "long-$pages.png"; do
	checks=$((checks + 1))
	[ -f "$T/batch/$f" ] || fail "batch made no $f"
done
finish
