#!/bin/sh
# fonts.sh RESUME: the page carries its fonts.  On a machine without Lato
# (a fontconfig of DejaVu and Noto only), Chromium draws our example's
# name and text in the Lato the page embeds, and without the fonts
# (--no-embed-fonts) in another face; a Japanese page draws "・" in the
# Japanese CJK face.  fonts.mjs drives Debian's chromium (puppeteer-core,
# npm, cached outside the repository); skips without them.
set -u
bin=$1
RESUME=$bin
here=$(cd "$(dirname "$0")" && pwd)
. "$here/../cli/lib.sh"
command -v chromium >/dev/null 2>&1 || { echo "SKIP: chromium not installed"; exit 77; }
[ -d /usr/share/fonts/truetype/lato ] || { echo "SKIP: Lato (fonts-lato) not installed"; exit 77; }
. "$here/../json/npm.sh"
npm_cache puppeteer-core@25.16.0
cp "$here/fonts.mjs" "$here/chromium.mjs" "$cache/"
EX=$here/../../data/examples
"$bin" render --html -o "$T/a.html" "$EX/alex-rivera.md"
"$bin" render --html --no-embed-fonts -o "$T/n.html" "$EX/alex-rivera.md"
printf '# 山田 太郎\n\n## 職務経歴\n\n### エンジニア | 株式会社サンプル (2020 – 2023)\n\n- 設計・実装・運用\n' >"$T/ja.md"
"$bin" render --html -o "$T/ja.html" "$T/ja.md"
# a machine without Lato
mkdir "$T/fc"
cat >"$T/fc/fonts.conf" <<C
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
<dir>/usr/share/fonts/truetype/dejavu</dir>
<dir>/usr/share/fonts/truetype/noto</dir>
<dir>/usr/share/fonts/opentype/noto</dir>
<cachedir>$T/fc/cache</cachedir>
</fontconfig>
C
run() { (cd "$cache" && FONTCONFIG_FILE=$T/fc/fonts.conf timeout 120 node fonts.mjs "$@"); }
run "$T/a.html" h1 "main li" >"$T/a.out" 2>&1
expect_contains "$T/a.out" "h1: Lato Light (embedded)" "the name in the embedded light face"
expect_contains "$T/a.out" "main li: Lato (embedded)" "the text in the embedded face"
run "$T/n.html" "main li" >"$T/n.out" 2>&1
checks=$((checks + 1))
grep -q "Lato" "$T/n.out" && fail "--no-embed-fonts: Lato drawn on a machine without it: $(cat "$T/n.out")"
run "$T/ja.html" "main li" >"$T/ja.out" 2>&1
expect_contains "$T/ja.out" "main li: Noto Sans CJK JP (embedded)" "Japanese in the Japanese face"
checks=$((checks + 1))
grep -q "CJK SC" "$T/ja.out" && fail "a Japanese page drew in the Chinese face: $(cat "$T/ja.out")"
finish
