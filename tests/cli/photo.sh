#!/bin/sh
# photo.sh MKPHOTO: the photo (basics.image).  It is drawn upright whatever
# EXIF orientation the file has, in the theme's shape, with what follows
# below it; a JPEG the PDF can carry goes in as it is.  Anything but a
# JPEG or PNG file inside the input's directory is left out with a
# warning, nothing outside that directory is opened, and a FIFO or a
# device never stalls a run.  --no-photo opens nothing.
. "$(dirname "$0")/lib.sh"
mk=$1
R=$RESUME_REAL

cv() { # cv FILE IMAGE: a résumé whose front matter names IMAGE
	printf -- '---\nimage: %s\n---\n# Ann Example\n\nann@example.com\n\n## Experience\n\n### Engineer, Acme (2019 – 2024)\n\n- Built things\n' "$2" >"$1"
}
quarters() { # quarters ARGS...: renders a page image, finds the photo
	"$R" render --png -o "$T/p.png" "$@" 2>"$T/err" || { echo "render failed"; return; }
	"$mk" --quarters "$T/p.png" | cut -d' ' -f2-6
}
mkdir "$T/d"
cv "$T/d/cv.md" me.jpg

# upright whatever the orientation, in the PNG and in the PDF
for o in 1 2 3 4 5 6 7 8; do
	"$mk" "$T/d/me.jpg" 300 200 $o
	expect_eq "red grey grey blue white" "$(quarters "$T/d/cv.md")" "EXIF orientation $o, page image"
	"$RESUME" render --pdf -o "$T/o.pdf" "$T/d/cv.md" 2>"$T/err"
	expect_empty "$T/err" "" "orientation $o: no warning"
	pdftoppm -png -r 150 -f 1 -l 1 "$T/o.pdf" "$T/pp"
	got=$("$mk" --quarters "$T/pp-1.png" | cut -d' ' -f2-6)
	expect_eq "red grey grey blue white" "$got" "EXIF orientation $o, PDF"
done
# a tagged Figure, named for a reader (PDF/UA asks /Alt of each figure;
# cairo writes none), and qpdf finds nothing wrong
if command -v qpdf >/dev/null 2>&1; then
	qpdf --check "$T/o.pdf" >"$T/check" 2>&1
	expect_status 0 $? "qpdf --check of a PDF with a photo"
	qpdf --qdf --object-streams=disable "$T/o.pdf" "$T/oq.pdf"
	awk '/^<</ { alt = "" } /\/Alt / { alt = $0 } /\/S \/Figure/ { print alt }' "$T/oq.pdf" >"$T/alt"
	expect_eq "  /Alt (Ann Example)" "$(cat "$T/alt")" "the photo's Figure has the name as its /Alt"
	"$RESUME" render --pdf --no-photo -o "$T/np.pdf" "$T/d/cv.md"
	qpdf --qdf --object-streams=disable "$T/np.pdf" "$T/npq.pdf"
	expect_eq 0 "$(grep -c '/S /Figure' "$T/npq.pdf")" "no photo, no Figure"
fi
# a camera's photo, large and turned, is made upright and smaller
"$mk" "$T/d/me.jpg" 3000 2000 6
expect_eq "red grey grey blue white" "$(quarters "$T/d/cv.md")" "a large turned JPEG, page image"
"$RESUME" render --pdf -o "$T/o.pdf" "$T/d/cv.md"
expect_eq "jpeg 800 533" "$(pdfimages -list "$T/o.pdf" | awk 'NR == 3 { print $9, $4, $5 }')" "a large JPEG made upright and smaller"
pdftoppm -png -r 150 -f 1 -l 1 "$T/o.pdf" "$T/pp"
expect_eq "red grey grey blue white" "$("$mk" --quarters "$T/pp-1.png" | cut -d' ' -f2-6)" "a large turned JPEG, PDF"
# a small upright JPEG is carried as it is (DCT), a PNG as pixels
"$mk" "$T/d/me.jpg" 400 400 1
"$RESUME" render --pdf -o "$T/o.pdf" "$T/d/cv.md"
expect_eq "jpeg 400 400" "$(pdfimages -list "$T/o.pdf" | awk 'NR == 3 { print $9, $4, $5 }')" "the JPEG as it is"
"$mk" "$T/d/me.png" 300 300 1
cv "$T/d/png.md" me.png
expect_eq "red grey grey blue white" "$(quarters "$T/d/png.md")" "a PNG"
# a CMYK JPEG (a print file's) is made RGB
"$mk" "$T/d/cmyk.jpg" 300 300 1 cmyk
cv "$T/d/cmyk.md" cmyk.jpg
expect_eq "red grey grey blue white" "$(quarters "$T/d/cmyk.md")" "a CMYK JPEG"
"$RESUME" render --pdf -o "$T/o.pdf" "$T/d/cmyk.md"
expect_eq "rgb" "$(pdfimages -list "$T/o.pdf" | awk 'NR == 3 { print $6 }')" "CMYK made RGB"

# the shape: a circle leaves the corners white, a square does not
printf 'photo = square\n' >"$T/sq.theme"
expect_eq "red grey grey blue red" "$(quarters --theme "$T/sq.theme" "$T/d/cv.md")" "a square photo"
printf 'photo = none\n' >"$T/none.theme"
expect_eq none "$(quarters --theme "$T/none.theme" "$T/d/cv.md")" "photo = none draws none"

# every built-in theme: a valid PDF with the photo, the first section
# below it, and below a photo taller than the header by a gap
for th in $("$R" themes | awk '{ print $1 }'); do
	printf 'base = %s\nphoto_size = 150pt\n' "$th" >"$T/tall.theme"
	for theme in "$th" "$T/tall.theme"; do
		"$RESUME" render --pdf --theme "$theme" -o "$T/th.pdf" "$T/d/cv.md" 2>"$T/err"
		expect_status 0 $? "--theme $theme ($th)"
		expect_eq 1 "$(pdfimages -list "$T/th.pdf" | tail -n +3 | wc -l)" "$th: one image"
		pdftoppm -png -r 72 -f 1 -l 1 "$T/th.pdf" "$T/th"
		bottom=$("$mk" --quarters "$T/th-1.png" | cut -d' ' -f8)
		top=$(pdftotext -bbox "$T/th.pdf" - | grep -i '>Experience<' | sed 's/.*yMin="\([0-9]*\).*/\1/' | head -1)
		checks=$((checks + 1))
		[ -n "$bottom" ] && [ -n "$top" ] && [ "$top" -ge $((bottom + 4)) ] ||
			fail "$theme ($th): the first section at ${top:-?} pt, not below the photo's end at ${bottom:-?}"
	done
done
printf 'photo_size = 0\n' >"$T/zero.theme"
"$R" render --pdf --theme "$T/zero.theme" -o "$T/z.pdf" "$T/d/cv.md" 2>"$T/err"
expect_status 1 $? "photo_size = 0"
expect_contains "$T/err" "zero.theme:1:14: error: photo_size: expected a length from 16 to 288pt" "photo_size = 0: the error"

# refused with a warning naming the line, the page rendered without it
printf 'not a picture\n' >"$T/d/text.jpg"
head -c 3000 "$T/d/me.jpg" >"$T/d/cut.jpg"
head -c $((17 * 1024 * 1024)) /dev/zero >"$T/d/big.jpg"
"$mk" "$T/outside.jpg" 100 100 1
ln -s ../outside.jpg "$T/d/link.jpg"
ln -s /dev/zero "$T/d/zero.jpg"
mkfifo "$T/d/fifo.jpg"
mkdir "$T/d/dir.jpg"
for bad in text.jpg cut.jpg big.jpg link.jpg zero.jpg fifo.jpg dir.jpg missing.png; do
	cv "$T/d/bad.md" "$bad"
	timeout 20 "$RESUME" render --pdf -o "$T/bad.pdf" "$T/d/bad.md" 2>"$T/err"
	expect_status 0 $? "$bad"
	expect_contains "$T/err" "bad.md:2:8: warning: the photo '$bad' is left out" "$bad: the warning"
	expect_eq 0 "$(pdfimages -list "$T/bad.pdf" | tail -n +3 | wc -l)" "$bad: no image"
done
# refused by the loader, never looked for: outside the directory, a URL
for bad in ../outside.jpg /etc/passwd.jpg 'C:\x.jpg' me.gif; do
	cv "$T/d/bad.md" "$bad"
	"$RESUME" render --pdf -o "$T/bad.pdf" "$T/d/bad.md" 2>"$T/err"
	expect_status 0 $? "$bad"
	expect_contains "$T/err" "warning" "$bad: a warning"
	expect_eq 0 "$(pdfimages -list "$T/bad.pdf" | tail -n +3 | wc -l)" "$bad: no image"
done
cv "$T/d/url.md" https://img.example/me.jpg
"$RESUME" render --pdf -o "$T/url.pdf" "$T/d/url.md" 2>"$T/err"
expect_empty "$T/err" "" "a photo on the web: no warning"
expect_eq 0 "$(pdfimages -list "$T/url.pdf" | tail -n +3 | wc -l)" "a photo on the web: never fetched"
expect_eq '"image": "https://img.example/me.jpg",' "$("$R" render --json "$T/d/url.md" | grep -o '"image": .*')" "a photo on the web: kept in JSON"

# what is opened: the photo inside the directory, nothing else;
# --no-photo opens not even that
if command -v strace >/dev/null 2>&1; then
	cv "$T/d/bad.md" link.jpg
	strace -f -qq -e trace=%file -o "$T/trace" "$R" render --pdf -o "$T/o.pdf" "$T/d/bad.md" 2>/dev/null
	# (the link is read, as realpath does; what it points to never opened)
	grep -E 'open(at)?\(.*outside' "$T/trace" >"$T/opened"
	expect_empty "$T/opened" "" "the file a symbolic link points out to, opened"
	strace -f -qq -e trace=%file -o "$T/trace" "$R" render --pdf --no-photo -o "$T/o.pdf" "$T/d/cv.md" 2>/dev/null
	grep 'me\.jpg' "$T/trace" >"$T/opened"
	expect_empty "$T/opened" "" "--no-photo: the photo looked at"
else
	echo "note: strace not installed; the open checks are skipped"
fi
expect_eq none "$(quarters --no-photo "$T/d/cv.md")" "--no-photo"
"$RESUME" render --html --no-photo -o "$T/n.html" "$T/d/cv.md"
checks=$((checks + 1))
grep -q 'class="photo"' "$T/n.html" && fail "--no-photo: the HTML has a photo"

# standard input: the photo is read in the working directory
(cd "$T/d" && "$R" render --png -o "$T/s.png" - <cv.md)
expect_eq "red grey grey blue white" "$("$mk" --quarters "$T/s.png" | cut -d' ' -f2-6)" "from standard input"

# the HTML carries it inside the page, as data
"$RESUME" render --html -o "$T/o.html" "$T/d/cv.md"
expect_contains "$T/o.html" '<img class="photo" alt="" width="400" height="400" src="data:image/jpeg;base64,/9j/' "the HTML's photo"
checks=$((checks + 1))
grep -q 'src="me.jpg"' "$T/o.html" && fail "the HTML points at the file"

# the round trips keep it: Markdown to JSON to a PDF, Markdown again
"$R" render --json -o "$T/d/cv.json" "$T/d/cv.md"
expect_contains "$T/d/cv.json" '"image": "me.jpg"' "JSON"
expect_eq "red grey grey blue white" "$(quarters "$T/d/cv.json")" "JSON's photo drawn"
"$R" render --md -o "$T/d/cv2.md" "$T/d/cv.json"
expect_contains "$T/d/cv2.md" 'image: "me.jpg"' "Markdown"
# a picture before the first section is the photo
printf '# Ann Example\n\n![Ann](me.jpg)\n\nann@example.com\n\n## Experience\n\n### Engineer, Acme (2019 – 2024)\n\n- Built things\n' >"$T/d/pic.md"
"$R" render --json -o "$T/d/pic.json" "$T/d/pic.md"
expect_contains "$T/d/pic.json" '"image": "me.jpg"' "a picture under the name"
finish
