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
	"$RESUME" render --pdf -o "$T/o.pdf" "$src" 2>/dev/null
	# link annotations are plain objects in cairo's PDF
	strings "$T/o.pdf" | grep -o '/URI ([^)]*' | grep -v -E '^/URI \((https?://|mailto:|tel:)' >"$T/bad"
	expect_empty "$T/bad" "" "$src: PDF links of another scheme"
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
"$RESUME" render --theme "$bad" "$T/paths.md" 2>"$T/err" >/dev/null
expect_contains "$T/err" "no theme 'x\\x1b[31m" "--theme escaped"
printf '{"basics": {"name": "M", "email": "\\u001b]0;owned\\u0007"}}' >"$T/ctl.json"
"$RESUME" render "$T/ctl.json" 2>"$T/err" >/dev/null
expect_contains "$T/err" "got '\\x1b]0;owned\\x07'" "a JSON value escaped"
for f in "$T/err"; do
	if grep -q "$esc" "$f" || grep -q "$(printf '\007')" "$f"; then
		fail "a raw control character on stderr"
	fi
done
finish
