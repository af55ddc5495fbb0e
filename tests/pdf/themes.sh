#!/bin/sh
# Themes: the built-ins differ, a theme file changes what it sets, bad theme
# files are refused with positions, and --show reads back as the theme.
. "$(dirname "$0")/../cli/lib.sh"
EX=$(dirname "$0")/../../data/examples/alex-rivera.md

"$RESUME" themes >"$T/list"
expect_status 0 $? "themes"
expect_contains "$T/list" "modern     sans-serif (Lato) with a blue accent" "themes lists modern"
expect_contains "$T/list" "classic    moderncv's layout" "themes lists classic"
expect_contains "$T/list" "sidebar    two columns" "themes lists sidebar"
expect_contains "$T/list" "engineer   dense one-pager" "themes lists engineer"
expect_contains "$T/list" "academic   serif (Noto Serif)" "themes lists academic"
expect_contains "$T/list" "compact    sans-serif, small type" "themes lists compact"
THEMES=$(awk '{ print $1 }' "$T/list")
expect_eq 6 "$(echo $THEMES | wc -w)" "six built-in themes"

for t in $THEMES; do
	"$RESUME" render --pdf --theme $t -o "$T/$t.pdf" "$EX"
	expect_status 0 $? "--theme $t"
	pdffonts "$T/$t.pdf" | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u >"$T/$t.fonts"
	pdftotext -layout "$T/$t.pdf" "$T/$t.txt"
	expect_contains "$T/$t.txt" "Northwind Storage" "--theme $t text"
done
expect_contains "$T/modern.fonts" "Lato-Regular" "modern is Lato"
expect_contains "$T/academic.fonts" "NotoSerif-Regular" "academic is Noto Serif"
expect_contains "$T/compact.fonts" "Lato-Bold" "compact's name is bold Lato"
# the themes differ at a glance: no two draw the same page
for t in $THEMES; do
	pdftoppm -png -r 20 -f 1 -l 1 -singlefile "$T/$t.pdf" "$T/$t.look"
	cksum <"$T/$t.look.png" | awk '{ print $1 }'
done | sort -u | wc -l >"$T/looks"
expect_eq 6 "$(cat "$T/looks")" "six themes, six pages"

# compact's measure: at most 100 characters a line, on A4 and Letter
# (a wide paper widens its margins: width_max), where modern sets more
words="alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima"
long=$(i=0; while [ $i -lt 30 ]; do printf '%s ' $words; i=$((i + 1)); done)
printf '# A B\n\n## Experience\n\n### Eng, Acme (2019 - 2020)\n\n- %s\n' "$long" >"$T/long.md"
for paper in a4 letter; do
	for t in compact modern; do
		"$RESUME" render --pdf --paper $paper --theme $t -o "$T/long.pdf" "$T/long.md"
		pdftotext -raw "$T/long.pdf" - | awk '{ print length }' | sort -n | tail -1 >"$T/measure.$t"
	done
	m=$(cat "$T/measure.compact")
	checks=$((checks + 1))
	[ "$m" -le 100 ] && [ "$m" -ge 80 ] || fail "compact, $paper: $m characters a line, not 80 to 100"
	checks=$((checks + 1))
	[ "$(cat "$T/measure.modern")" -gt 100 ] || fail "modern, $paper: the measure check cannot tell"
done

# the reference on one page, A4 and Letter, in every theme; qpdf and
# pdfcheck pass each
if [ -f "${REFERENCE:-}" ]; then
	for t in $THEMES; do
		for paper in a4 letter; do
			"$RESUME" render --pdf --paper $paper --theme $t -o "$T/ref.pdf" "$REFERENCE"
			expect_eq 1 "$(pdfinfo "$T/ref.pdf" | awk '/^Pages:/ { print $2 }')" "the reference, $t, $paper: pages"
			if command -v qpdf >/dev/null 2>&1; then
				qpdf --check "$T/ref.pdf" >"$T/qpdf" 2>&1
				expect_status 0 $? "qpdf --check of the reference, $t, $paper"
			fi
		done
	done
else
	echo "note: the reference résumé is absent (../shared): its pages not checked"
fi

# layout keys: a sidebar holds what fits on page 1; what does not fit
# moves to the main column, and nothing is lost
cat >"$T/side.md" <<'E'
# Ann Lee

## Experience

### Engineer, Acme (2019 - 2021)

- Built things.

## Skills

- **Languages**: Go, C
E
"$RESUME" render --pdf --theme sidebar -o "$T/side.pdf" "$T/side.md"
mutool show "$T/side.pdf" outline 2>/dev/null | awk -F'"' '{ printf "%s ", $2 }' >"$T/outline"
expect_eq "Skills Experience " "$(cat "$T/outline")" "the sidebar is read first"
{
	cat "$T/side.md"
	i=0
	while [ $i -lt 150 ]; do i=$((i + 1)); echo "- **Area $i**: tool$i, other$i"; done
} >"$T/side2.md"
"$RESUME" render --pdf --theme sidebar -o "$T/side2.pdf" "$T/side2.md"
mutool show "$T/side2.pdf" outline 2>/dev/null | awk -F'"' '{ printf "%s ", $2 }' >"$T/outline"
expect_eq "Experience Skills " "$(cat "$T/outline")" "a sidebar too long for page 1 goes to the main column"
pdftotext "$T/side2.pdf" - | grep -c "tool[0-9]*, other" >"$T/n"
expect_eq 150 "$(cat "$T/n")" "every skill of the moved sidebar"

# icons: drawn as pictures, never in the text layer; the contact's text is
printf '# Ann Lee\nann@example.com · https://github.com/annlee · +1 555 0100\n' >"$T/ic.md"
"$RESUME" render --pdf --theme engineer -o "$T/ic.pdf" "$T/ic.md"
pdftotext "$T/ic.pdf" "$T/ic.txt"
expect_contains "$T/ic.txt" "ann@example.com" "the contact's text beside its icon"
checks=$((checks + 1))
LC_ALL=C grep -q "$(printf '\357[\200-\243]')" "$T/ic.txt" && fail "an icon in the text layer"
printf 'base = engineer\nicons = no\n' >"$T/noicons.theme"
"$RESUME" render --png --theme engineer -o "$T/ic.png" "$T/ic.md"
"$RESUME" render --png --theme "$T/noicons.theme" -o "$T/noic.png" "$T/ic.md"
checks=$((checks + 1))
cmp -s "$T/ic.png" "$T/noic.png" && fail "icons = yes draws nothing more than icons = no"
# each of the three contacts' icons is an outline filled, one more each
# than without icons (a shape's room alone draws nothing)
if command -v mutool >/dev/null 2>&1; then
	"$RESUME" render --pdf --theme "$T/noicons.theme" -o "$T/noic.pdf" "$T/ic.md"
	checks=$((checks + 1))
	a=$(mutool trace "$T/ic.pdf" 2>/dev/null | grep -c '<fill_path')
	b=$(mutool trace "$T/noic.pdf" 2>/dev/null | grep -c '<fill_path')
	[ "$((a - b))" -eq 3 ] || fail "icons: $a filled paths with icons, $b without (3 more wanted)"
fi
# the other spellings of yes and no
printf 'base = engineer\nicons = false\n' >"$T/false.theme"
"$RESUME" render --png --theme "$T/false.theme" -o "$T/false.png" "$T/ic.md"
expect_status 0 $? "icons = false"
checks=$((checks + 1))
cmp -s "$T/false.png" "$T/noic.png" || fail "icons = false is not icons = no"
"$RESUME" render --html --no-embed-fonts --theme engineer "$T/ic.md" >"$T/ic.html"
expect_contains "$T/ic.html" "<span class=\"ic\" aria-hidden=\"true\" data-i=\"$(printf '\357\203\240')\"></span><a href=\"mailto:ann@example.com\">" "HTML icons hidden from readers"

"$RESUME" render --html --theme academic "$EX" >"$T/c.html"
expect_contains "$T/c.html" 'font-family:"Noto Serif", "DejaVu Serif"' "HTML follows the theme"
expect_contains "$T/c.html" 'Georgia, "Times New Roman", serif' "a serif theme falls back to serif"

# leading: in every theme two bullets are at least as far apart as two
# lines of one bullet (pango's line spacing once moved only the lines
# inside a box: 13.7 pt within a bullet, 11.4 pt between two)
cat >"$T/lead.md" <<'EOF'
# Ann Lee

## Experience

### Engineer, Acme (2019 - 2021)

- Alpha wraps because this bullet is long enough to fill more than one line at the measure of every built-in theme, the compact one included, which sets a wide measure
- Beta follows
- Gamma ends
EOF
if fc-list | grep -q "Noto Sans Arabic"; then
	printf '# Ann Lee\n\n## Summary\n\n- %s %s %s %s %s\n' 'طراحی و معماری پلتفرم ران‌فلر و بهبود زمان پاسخ با بهینه‌سازی کوئری‌ها و راهکارهای کش.' \
		'ارکستریشن و مدیریت اپلیکیشن‌های کانتینری با استفاده از مفاهیم رایج سرویس‌های ابری.' \
		'پیاده‌سازی فرآیندهای استقرار خودکار و بازنویسی برای کارایی بالاتر و پشتیبانی بهتر.' \
		'توسعه و بهینه‌سازی سیستم بکاپ و کاهش زمان بازیابی داده برای پایداری و توسعه‌پذیری هسته.' \
		'یکپارچه‌سازی سیستم پیام‌رسانی برای پردازش پس‌زمینه و کاهش تأخیر پاسخ‌گویی.' >"$T/lead-fa.md"
fi
if fc-list | grep -q "Noto Sans CJK"; then
	printf '# Ann Lee\n\n## Summary\n\n- %s%s%s\n' '负责核心交易系统的设计与开发，带领团队完成服务拆分与性能优化，' \
		'将接口平均响应时间降低百分之四十，并建立自动化测试与持续集成流程，' \
		'推动代码评审制度落地，显著提升了系统的稳定性与团队的交付效率。' >"$T/lead-cjk.md"
fi
for t in $("$RESUME" themes | awk '{ print $1 }'); do
	"$RESUME" render --pdf --theme "$t" -o "$T/lead.pdf" "$T/lead.md"
	# "yMin words" per line, then the two advances
	pdftotext -bbox-layout "$T/lead.pdf" - | awk '
		/<line / { match($0, /yMin="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7); t = "" }
		/<word / { match($0, />[^<]*</); t = t " " substr($0, RSTART + 1, RLENGTH - 2) }
		/<\/line>/ { print y t }' |
		awk '/ Alpha / { a = $1; next } a && !b { b = $1 } / Beta / { c = $1 }
			END { printf "%.2f %.2f\n", b - a, c - b }' >"$T/adv"
	read -r within between <"$T/adv"
	checks=$((checks + 1))
	awk -v w="$within" -v b="$between" 'BEGIN { exit !(w > 5 && b >= w - 0.01) }' ||
		fail "$t: bullets $between pt apart, the lines of one $within pt"
	# a fallback face keeps the theme's leading: Noto Sans Arabic's and
	# Noto Sans CJK's own line heights (1.9 and 1.45 em) set lines of
	# Persian or Chinese far apart, where a browser keeps line-height
	for s in fa cjk; do
		[ -s "$T/lead-$s.md" ] || continue
		"$RESUME" render --pdf --theme "$t" -o "$T/lead.pdf" "$T/lead-$s.md"
		# the lines holding Arabic or CJK letters (UTF-8 lead bytes
		# D8-DB, E4-E9), wherever a theme puts the section's title
		pdftotext -bbox-layout "$T/lead.pdf" - | LC_ALL=C awk '
			/<line / { match($0, /yMin="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) }
			/<word .*>[\330-\333\344-\351]/ && y != last { print y; last = y }' |
			awk 'NR == 1 { a = $1 } NR == 2 { printf "%.2f\n", $1 - a }' >"$T/adv"
		read -r other <"$T/adv"
		checks=$((checks + 1))
		awk -v w="$within" -v o="$other" 'BEGIN { exit !(o > 5 && o <= w * 1.15) }' ||
			fail "$t: lines of $s text $other pt apart, of Latin text $within pt"
	done
done

# no paragraph ends on one short word alone when the line above can give
# one up: sixty bullets of 1 to 60 words, in every theme (4 did before)
{
	printf '# Ann Lee\n\n## Summary\n'
	w=""
	i=1
	while [ $i -le 60 ]; do
		w="$w word$i"
		printf '\n-%s\n' "$w"
		i=$((i + 1))
	done
} >"$T/lone.md"
for t in $("$RESUME" themes | awk '{ print $1 }'); do
	"$RESUME" render --pdf --theme "$t" -o "$T/lone.pdf" "$T/lone.md"
	pdftotext -layout "$T/lone.pdf" - | grep -v 'page [0-9]* of' |
		awk 'NF == 1 && /word/' >"$T/lone"
	expect_empty "$T/lone" "" "$t: a last line of one word"
done

# CJK is never slanted (a CJK face has no italic: cairo would shear the
# upright one), and a CJK name is set in a weight its faces have
if fc-list | grep -q "Noto Sans CJK"; then
	printf '# Abraham Yang 杨杨\n\n## 工作经历\n\n### 工程师, 腾讯科技 (2019 - 2021)\n\n- 负责*核心*系统 and *emphasis* here\n' >"$T/cjk.md"
	for t in $("$RESUME" themes | awk '{ print $1 }'); do
		"$RESUME" render --pdf --theme "$t" -o "$T/cjk.pdf" "$T/cjk.md"
		qpdf --qdf --object-streams=disable "$T/cjk.pdf" "$T/cjkq.pdf"
		grep -a ' Tm$' "$T/cjkq.pdf" | awk '$3 != 0 || $2 != 0' >"$T/sheared"
		expect_empty "$T/sheared" "" "$t: sheared (synthetic italic) text"
		pdffonts "$T/cjk.pdf" | grep -E 'Light|Thin' >"$T/light"
		expect_empty "$T/light" "" "$t: a light Latin face beside a regular CJK one"
	done
fi

# a theme file over a base
cat >"$T/ours.theme" <<'E'
# ours
base = academic
accent = #8a1c1c
margin_side = 20mm
paper = letter
E
"$RESUME" render --pdf --theme "$T/ours.theme" -o "$T/ours.pdf" "$EX"
expect_status 0 $? "--theme FILE"
pdfinfo "$T/ours.pdf" >"$T/info"
expect_contains "$T/info" "(letter)" "paper from the theme file"
pdffonts "$T/ours.pdf" >"$T/f"
expect_contains "$T/f" "NotoSerif" "base from the theme file"
"$RESUME" render --pdf --paper a4 --theme "$T/ours.theme" -o "$T/ours4.pdf" "$EX"
pdfinfo "$T/ours4.pdf" >"$T/info"
expect_contains "$T/info" "(A4)" "--paper over the theme"
"$RESUME" render --html --theme "$T/ours.theme" "$EX" >"$T/o.html"
expect_contains "$T/o.html" "#8a1c1c" "colour from the theme file"

# --show writes every key, and reads back as the same theme
for t in $THEMES; do
	"$RESUME" themes --show $t >"$T/$t.theme"
	# paper and sidebar_sections only when set
	keys=57
	[ $t = sidebar ] && keys=58
	expect_eq $keys "$(grep -c ' = ' "$T/$t.theme")" "--show $t writes every key"
	"$RESUME" render --pdf --theme "$T/$t.theme" -o "$T/$t.2.pdf" "$EX"
	expect_status 0 $? "--show $t reads back"
	pdftotext -layout "$T/$t.2.pdf" "$T/$t.2.txt"
	expect_eq "" "$(diff "$T/$t.txt" "$T/$t.2.txt")" "--show $t lays out the same"
done

# bad theme files: every problem, with its position; nothing written
cat >"$T/bad.theme" <<'E'
base = classic
acent = #aa2200
size_body = big
accent = red
weight_name = 450
no equals here
base = modern
header = middle
sidebar_sections = skills, hobbies
E
echo precious >"$T/keep.pdf"
"$RESUME" render --pdf --theme "$T/bad.theme" -o "$T/keep.pdf" "$EX" 2>"$T/err"
expect_status 1 $? "a bad theme file"
expect_contains "$T/err" "bad.theme:2:1: error: unknown key 'acent'" "unknown key"
expect_contains "$T/err" "bad.theme:3:13: error: size_body: expected a length" "bad length"
expect_contains "$T/err" "bad.theme:4:10: error: accent: expected a colour as #rrggbb, got 'red'" "bad colour"
expect_contains "$T/err" "bad.theme:5:15: error: weight_name: expected a weight" "bad weight"
expect_contains "$T/err" "bad.theme:6:4: error: expected 'key = value'" "no ="
expect_contains "$T/err" "bad.theme:7:8: error: 'base' must come before other keys" "late base"
expect_contains "$T/err" "bad.theme:8:10: error: header: expected left, center or split, got 'middle'" "bad choice"
expect_contains "$T/err" "bad.theme:9:20: error: sidebar_sections: expected section kinds" "bad section kind"
expect_eq "precious" "$(cat "$T/keep.pdf")" "output kept after a bad theme"

# a font the theme file names that is not installed: a warning at the
# theme file's line and column, not the résumé's
printf '# ours\nbase = classic\n\nfont_heading = No Such Family\n' >"$T/font.theme"
"$RESUME" render --pdf --theme "$T/font.theme" -o "$T/font.pdf" "$EX" 2>"$T/err"
expect_status 0 $? "a theme font not installed"
expect_contains "$T/err" "font.theme:4:16: warning: the theme's font 'No Such Family' is not installed" "the theme's font, at its line"

"$RESUME" render --html --theme nosuch "$EX" 2>"$T/err"
expect_status 2 $? "an unknown theme"
expect_contains "$T/err" "no theme 'nosuch': not a built-in (resume themes lists them) nor a file" "an unknown theme"
finish
