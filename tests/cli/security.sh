#!/bin/sh
# Security: no path named in the input is ever opened; links are only
# http, https, mailto and tel in every backend; diagnostics never pass a
# control character to the terminal.
. "$(dirname "$0")/lib.sh"

secret=$T/secret.txt
echo "top secret" >"$secret"
cat >"$T/paths.md" <<EOF
# Mallory

![photo]($secret) <img src="$secret"> [cv](file://$secret)

<!-- #include file="$secret" -->
{% include $secret %}
[[${secret}]] \\input{$secret}

## Experience

### Tester, [Acme](javascript:alert(1)) (2020)

- [one](JavaScript:alert(2)), [two](data:text/html,x), [three](vbscript:x),
  [four](ftp://example.com/x), [five](file:///etc/passwd), <javascript:alert(3)>
- [fine](https://example.com/ok) and [mail](mailto:m@example.com)
EOF
cat >"$T/paths.json" <<EOF
{"basics": {"name": "Mallory", "image": "$secret", "url": "javascript:alert(4)",
  "email": "javascript:alert(5)",
  "profiles": [{"network": "X", "username": "m", "url": "file://$secret"}]},
 "work": [{"name": "Acme", "position": "Tester", "url": "data:text/html,<b>x</b>",
  "summary": "[six](javascript:alert(6))", "highlights": ["<a href=\"javascript:alert(7)\">seven</a>"]}],
 "projects": [{"name": "P", "url": "vbscript:msgbox"}]}
EOF

if command -v strace >/dev/null 2>&1; then
	for f in txt html json md pdf; do
		for src in "$T/paths.md" "$T/paths.json"; do
			# (LeakSanitizer refuses to run under ptrace)
			ASAN_OPTIONS=${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0 \
			    strace -f -qq -e trace=%file -o "$T/trace" \
			    "$RESUME" render --$f -o "$T/out.$f" "$src" 2>/dev/null
			expect_status 0 $? "--$f $src under strace"
			grep -q secret "$T/trace" &&
				fail "--$f $src: opened a path named in the input: $(grep secret "$T/trace" | head -1)"
		done
	done
else
	echo "note: strace not installed; the no-open check is skipped"
fi

# links: only the four schemes, in every backend
for src in "$T/paths.md" "$T/paths.json"; do
	"$RESUME" render --html -o "$T/o.html" "$src" 2>/dev/null
	grep -o 'href="[^"]*"' "$T/o.html" | grep -v -E '^href="(https?://|mailto:|tel:)' >"$T/bad" 
	expect_empty "$T/bad" "" "$src: HTML links of another scheme"
	"$RESUME_REAL" render --pdf -o "$T/o.pdf" "$src" 2>/dev/null
	"$PDFCHECK" "$T/o.pdf" >"$T/bad"
	expect_empty "$T/bad" "" "$src: PDF links of another scheme, or actions"
	"$RESUME" render --md -o "$T/o.md" "$src" 2>/dev/null
	# (an escaped "\](" is text, not a link)
	grep -o '[^\\]](\([^)]*\)' "$T/o.md" | cut -c2- |
		grep -v -E '^\]\((https?://|mailto:|tel:)' >"$T/bad"
	expect_empty "$T/bad" "" "$src: Markdown links of another scheme"
	"$RESUME" render --txt -o "$T/o.txt" "$src" 2>/dev/null
	grep -o '<[a-zA-Z]*:[^>]*>' "$T/o.txt" | grep -v -E '^<(https?://|mailto:|tel:)' >"$T/bad"
	expect_empty "$T/bad" "" "$src: text link notes of another scheme"
	"$RESUME" render --json -o "$T/o.json" "$src" 2>/dev/null
	grep -E '"(url|image)": "' "$T/o.json" | grep -v -E '"(url|image)": "(https?://|mailto:|tel:)' >"$T/bad"
	expect_empty "$T/bad" "" "$src: JSON urls of another scheme"
done
grep -q 'https://example.com/ok' "$T/o.md" 2>/dev/null ||
	"$RESUME" render --md "$T/paths.md" | grep -q '](https://example.com/ok)' ||
	fail "the https link was lost"

# control characters: file names, arguments and input never reach the
# terminal raw (ESC, BEL, and the 8-bit CSI U+009B)
esc=$(printf '\033')
bad=$(printf 'x\033[31m\007\302\233y')
printf '\377' >"$T/$bad.md"
"$RESUME" render "$T/$bad.md" 2>"$T/err" >/dev/null
expect_status 1 $? "file name with control characters"
expect_contains "$T/err" 'x\x1b[31m\x07\u009by.md:1:1: error' "file name escaped"
"$RESUME" "$bad" 2>"$T/err" >/dev/null
expect_contains "$T/err" "unknown command 'x\\x1b[31m" "argument escaped"
"$RESUME" render --html --theme "$bad" "$T/paths.md" 2>"$T/err" >/dev/null
expect_contains "$T/err" "no theme 'x\\x1b[31m" "--theme escaped"
printf '{"basics": {"name": "M", "email": "\\u001b]0;owned\\u0007"}}' >"$T/ctl.json"
"$RESUME" render "$T/ctl.json" 2>"$T/err" >/dev/null
expect_contains "$T/err" "got '\\x1b]0;owned\\x07'" "a JSON value escaped"
for f in "$T/err"; do
	if grep -q "$esc" "$f" || grep -q "$(printf '\007')" "$f"; then
		fail "a raw control character on stderr"
	fi
done
# PDF links: a link target is percent-encoded before cairo sees it, so no
# ")" or "\" closes the PDF string and no action is injected; every target
# passes the one allow-list, in any case
pdf_uris() { # the /URI strings of a PDF, one a line
	qpdf --qdf --object-streams=disable "$1" "$T/qdf.pdf" 2>/dev/null
	grep -a -o '/URI (.*)' "$T/qdf.pdf"
}
cat >"$T/inject.md" <<'EOF'
# Pat Doe

[pat.example](https://a.example/\)>>/A<</S/JavaScript/JS(app.alert\(1\))>>/B<</C\()
[launch](https://b.example/\)>>/A<</S/Launch/F(/usr/bin/xcalc)>>/B<</C\()
httpjavascript:alert(1)//x.com · httpbin.org · HTTPS://UPPER.example.com

## Links

See [slash](<https://c.example/a\\b>) and [end](<https://d.example/x\\>) here.
EOF
printf '{"basics": {"name": "J", "url": "https://a.example/)>>/A<</S/JavaScript/JS(app.alert(1))>>/B<</C("}}' >"$T/inject.json"
for src in "$T/inject.md" "$T/inject.json"; do
	"$RESUME_REAL" render --pdf -o "$T/inj.pdf" "$src" 2>"$T/err"
	expect_status 0 $? "$src: link injection"
	"$PDFCHECK" "$T/inj.pdf" >"$T/bad"
	expect_empty "$T/bad" "" "$src: an action injected through a link"
	pdf_uris "$T/inj.pdf" >"$T/uris"
	expect_contains "$T/uris" 'https://a.example/%29%3E%3E/A%3C%3C/S/%4AavaScript/%4AS%28app.alert%281%29%29' "$src: the link, encoded"
	# no keyword a scanner counts (pdfid: /JS, /JavaScript, /Launch...)
	# anywhere in the file, not even inside a URI string
	checks=$((checks + 1))
	LC_ALL=C grep -a -o -E '/(JavaScript|JS|Launch|OpenAction|AA)([^A-Za-z]|$)' "$T/inj.pdf" >"$T/kw"
	[ -s "$T/kw" ] && fail "$src: an action keyword in the PDF: $(sort -u "$T/kw" | tr '\n' ' ')"
	grep -v -E '^/URI \((https?://|mailto:|tel:)[^()\\]*\)$' "$T/uris" >"$T/bad"
	expect_empty "$T/bad" "" "$src: a /URI with a bracket, a backslash or another scheme"
done
"$RESUME_REAL" render --pdf -o "$T/inj.pdf" "$T/inject.md" 2>/dev/null
pdf_uris "$T/inj.pdf" >"$T/uris"
for u in '(https://c.example/a%5Cb)' '(https://d.example/x%5C)' '(https://httpbin.org)' '(https://UPPER.example.com)' '(https://httpjavascript:alert%281%29//x.com)'; do
	expect_contains "$T/uris" "$u" "PDF link target"
done
"$RESUME" render --html -o "$T/inj.html" "$T/inject.md"
expect_contains "$T/inj.html" 'href="https://UPPER.example.com"' "HTML keeps an upper-case scheme"

# text and Markdown output: no terminal control reaches the terminal, from
# raw bytes, HTML entities or JSON escapes; the text around them stays
printf '# Pat \033]0;title\007Doe\n\nESC \033[31mred\033[0m CSI \302\23331m OSC8 \033]8;;https://x.example\033\\link\033]8;;\033\\ OSC52 \033]52;c;cm0gLXJmIH4K\007 DEL \177 bidi \342\200\256evil\342\200\254 \342\201\246iso\342\201\251 entity &#27;[2J &#x9b;1m &#8238;x\n' >"$T/ctl.md"
printf '{"basics": {"name": "A\\u001b[31mB\\u202eC", "summary": "x\\u009b2J \\u0007 \\u2066y"}, "work": [{"name": "W\\u001b]52;c;AAAA\\u0007", "highlights": ["h\\u001b[1m"]}]}' >"$T/ctl2.json"
controls() { # counts lines with C0 but newline and tab, DEL, C1 or bidi controls
	LC_ALL=C grep -c -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' "$1"
}
for src in "$T/ctl.md" "$T/ctl2.json"; do
	for f in txt md; do
		"$RESUME" render --$f -o "$T/ctlout.$f" "$src" 2>"$T/err"
		expect_status 0 $? "$src --$f with control characters"
		expect_eq 0 "$(controls "$T/ctlout.$f")" "$src --$f: control characters in the output"
	done
done
"$RESUME" render --txt "$T/ctl.md" >"$T/ctl.txt"
expect_contains "$T/ctl.txt" 'ESC [31mred[0m CSI 31m OSC8 ]8;;https://x.example\link' "the text around control characters"
expect_contains "$T/ctl.txt" 'bidi evil iso entity [2J 1m x' "the text around bidi controls and entities"
# diagnostics: a lone 0x9b byte and U+202E in a file name are escaped
odd="a$(printf '\233')b$(printf '\342\200\256')c"
printf '\377' >"$T/$odd.md"
"$RESUME" render "$T/$odd.md" 2>"$T/err" >/dev/null
expect_status 1 $? "a file name with 0x9b and U+202E"
expect_contains "$T/err" 'a\x9bb\u202ec.md' "0x9b and U+202E escaped in a diagnostic"
expect_eq 0 "$(controls "$T/err")" "control characters in a diagnostic"
# theme files are shared like templates: a value cannot leave its CSS
# string, font names take only a safe character set, the file must be
# UTF-8, and every error names THEME:LINE:COL
# theme_case THEME-TEXT STATUS MESSAGE WHAT [FORMAT]: renders with the theme
# written to $T/t.theme; checks the status and, when given, the message
theme_case() {
	printf "$1" >"$T/t.theme"
	"$RESUME" render --"${5:-html}" --theme "$T/t.theme" -o "$T/t.${5:-html}" "$T/paths.md" 2>"$T/err"
	expect_status "$2" $? "$4"
	[ -z "$3" ] || expect_contains "$T/err" "$3" "$4"
}
theme_case 'base = modern\nfont_body = x"}</style><script>alert(document.domain)</script><style>{"\n' 1 \
    "t.theme:2:13: error: font_body: expected font family names" "a font name with markup"
theme_case 'font_mono = Mono, url(https://evil.example/x)\n' 1 "t.theme:1:13: error: font_mono" "a font name with url()"
theme_case 'contact_sep = url(https://evil.example/x)"}</style><script>x</script>\nbullet = \\"\n' 0 "" "a separator with markup, as text"
# (the page's own fonts are the one url(): data: URIs of base64)
sed -E 's#url\(data:font/(ttf|otf);base64,[A-Za-z0-9+/=]*\)##g' "$T/t.html" |
	grep -c -i -E 'url\(|<script>' >"$T/n"
expect_eq 0 "$(cat "$T/n")" "the separator leaves its CSS string"
expect_contains "$T/t.html" 'content:"url\28 https\3a \2f \2f evil.example\2f x\29 \22 \7d \3c \2f style\3e \3c script\3e x\3c \2f script\3e "' "the separator as CSS escapes"
theme_case 'base = modern\ncontact_sep = \342\200\256x\n' 1 \
    "t.theme:2:15: error: contact_sep: expected text without control characters" "a bidi override in a theme string"
theme_case 'base = modern\nfont_body = Caf\351\n' 1 \
    "t.theme:2:16: error: invalid UTF-8 byte 0xe9" "a theme file in Latin-1, named with line and column" pdf
expect_eq 0 "$(controls "$T/err")" "a theme's bad byte reaches stderr raw"
finish
