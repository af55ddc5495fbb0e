#!/bin/sh
# unhint-fonts.sh THEME_C OUT: copies of the installed font files of the
# families the bundled themes name (the .font_* lines of THEME_C), without
# their TrueType hinting, for the PDF backend to embed.  No reader of a PDF
# runs a font's hinting programs (poppler, MuPDF, pdf.js and PDFium draw
# unhinted) and our own drawing asks for none, yet they are half of what
# cairo embeds of Lato: without them the reference's PDF is 28 % smaller
# and a warm render spends a tenth less time compressing fonts.
#
# Each copy is OUT followed by the installed file's path, with that file's
# mtime: pdf.c uses a directory's copies only while their mtimes are the
# installed files', so an updated font package is never shadowed by an
# old copy.  Glyph ids, outlines, metrics, layout tables and names stay the
# font's own (hb-subset keeps every glyph and table and drops the hinting
# alone), so text is set exactly as with the installed files.
#
# unhint-fonts.sh --cache DIR: fontconfig's cache of the copies under DIR,
# in DIR/cache, so that a first render reads no font file to learn what it
# is (the cache names the directories it describes, so an installation
# makes its own; under a DESTDIR it names the staging place and fontconfig
# reads the files instead, which is slower, never wrong).
set -eu

# xml TEXT: TEXT as the text of an XML element
xml() {
	printf '%s' "$1" | sed 's/&/\&amp;/g; s/</\&lt;/g'
}

cache() {
	conf=$(mktemp) || exit 1
	{
		echo '<fontconfig>'
		find "$1" -name '*.ttf' | sed 's|/[^/]*$||' | sort -u |
			while IFS= read -r d; do
				printf '<dir>%s</dir>\n' "$(xml "$d")"
			done
		printf '<cachedir>%s/cache</cachedir>\n' "$(xml "$1")"
		echo '</fontconfig>'
	} >"$conf"
	mkdir -p "$1/cache"
	FONTCONFIG_FILE=$conf fc-cache "$1" >/dev/null 2>&1 || true
	rm -f "$conf"
}

if [ "$1" = --cache ]; then
	cache "$2"
	exit 0
fi
theme_c=$1
out=$2
hb=${HB_SUBSET:-hb-subset}
rm -rf "$out.new"
mkdir -p "$out.new"
sed -n 's/^[[:space:]]*\.font_[a-z]*[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' "$theme_c" |
	tr ',' '\n' | sed 's/^[[:space:]]*//; s/[[:space:]]*$//' | sort -u |
	while IFS= read -r family; do
		[ -n "$family" ] && fc-list "$family" file
	done | sed 's/:[[:space:]]*$//' | sort -u | while IFS= read -r file; do
	case "$file" in
	/*.ttf) ;;
	*) continue ;; # CFF outlines (.otf): cairo subsets their hints itself
	esac
	copy=$out.new$file
	mkdir -p "$(dirname "$copy")"
	"$hb" --no-hinting --retain-gids --gids='*' --unicodes='*' \
		--name-IDs='*' --name-languages='*' --name-legacy \
		--layout-features='*' --layout-scripts='*' --notdef-outline \
		--glyph-names --drop-tables= --passthrough-tables \
		--output-file="$copy" "$file"
	touch -r "$file" "$copy"
done
cat >"$out.new/README" <<END
Copies of the installed fonts that resume's themes name, without their
TrueType hinting, made by unhint-fonts.sh for the PDF backend to embed.
END
rm -rf "$out"
mv "$out.new" "$out"
cache "$out"
