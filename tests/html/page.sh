#!/bin/sh
# The HTML page: standalone, semantic, safe with hostile input.
. "$(dirname "$0")/../cli/lib.sh"
EX=$(dirname "$0")/../../data/examples

"$RESUME" render --html "$EX/alex-rivera.md" >"$T/a.html" 2>"$T/err"
expect_status 0 $? "render --html"
expect_empty "$T/err" "" "stderr"
a=$T/a.html
expect_contains "$a" '<!DOCTYPE html>' "doctype"
expect_contains "$a" '<html lang="en">' "lang"
expect_contains "$a" '<meta charset="utf-8">' "charset"
expect_contains "$a" '<meta name="viewport" content="width=device-width, initial-scale=1">' "viewport"
expect_contains "$a" '<title>Alex Rivera – Résumé</title>' "title"
expect_contains "$a" '<h1 dir="auto">Alex Rivera</h1>' "h1"
expect_contains "$a" '<main>' "main landmark"
expect_contains "$a" '<section class="work" aria-labelledby="s1"><h2 id="s1" dir="auto">Experience</h2>' "section with h2"
expect_contains "$a" '<article class="entry"><header class="head"><h3 class="eh" dir="auto"><span class="title">Senior Site Reliability Engineer</span>' "article with h3"
expect_contains "$a" '<time datetime="2021-03">Mar 2021</time> – Present' "dates in <time>"
expect_contains "$a" '<a href="mailto:alex.rivera@example.com">alex.rivera@example.com</a>' "mailto link"
expect_contains "$a" '<ul class="skills"><li class="skill" dir="auto"><strong>Languages</strong>: Go, C, Python, Bash, SQL</li>' "skills as a list"
# schema.org Person
expect_contains "$a" '"@type":"Person","name":"Alex Rivera","jobTitle":"Site Reliability Engineer","email":"alex.rivera@example.com"' "JSON-LD person"
expect_contains "$a" '"worksFor":{"@type":"Organization","name":"Northwind Storage"}' "JSON-LD worksFor"
expect_contains "$a" '"alumniOf":[{"@type":"EducationalOrganization","name":"University of Toronto"}]' "JSON-LD alumniOf"
expect_contains "$a" '"address":{"@type":"PostalAddress","addressLocality":"Oakland, CA"}' "JSON-LD address"
"$RESUME" render --html --no-embed-fonts --theme academic "$EX/alex-rivera.md" >"$T/c.html"
expect_contains "$T/c.html" 'ul{list-style-type:"– "}' "bullets as the theme's PDF sets them"
printf '{"basics":{"name":"R","location":{"address":"2712 Broadway St","postalCode":"94115","city":"San Francisco","countryCode":"US","region":"California"}}}' >"$T/loc.json"
"$RESUME" render --html --no-embed-fonts "$T/loc.json" >"$T/loc.html"
expect_contains "$T/loc.html" '"address":{"@type":"PostalAddress","streetAddress":"2712 Broadway St","postalCode":"94115","addressLocality":"San Francisco","addressRegion":"California","addressCountry":"US"}' "JSON-LD address in parts"
expect_contains "$a" '"knowsAbout":["Go","C","Python"' "JSON-LD knowsAbout"
expect_contains "$a" '"sameAs":["https://github.com/arivera"]' "JSON-LD sameAs"
# print stylesheet and paper size
expect_contains "$a" '@media print{@page{size:A4;' "print page A4"
"$RESUME" render --html --paper letter "$EX/alex-rivera.md" >"$T/l.html"
expect_contains "$T/l.html" '@page{size:letter;' "print page letter"
expect_contains "$a" 'article,.skill,.group,.sub,tr{break-inside:avoid}' "entries not split across pages"
expect_contains "$a" '@media (max-width:40rem)' "responsive"

# nothing external: no src=, no stylesheet link, no url() but the page's
# own fonts as data: URIs, no @import
sed -E 's#url\(data:font/(ttf|otf);base64,[A-Za-z0-9+/=]*\)##g' "$a" |
	grep -Eiq '(src=|<link|url\(|@import|<iframe|<img)' && fail "external resource in the page"
# the page carries its fonts, subset; --no-embed-fonts names them only
expect_contains "$a" '@font-face{font-family:"Lato";font-weight:400;font-style:normal;font-display:swap;src:url(data:font/ttf;base64,' "the body face carried"
expect_contains "$a" '@font-face{font-family:"Lato";font-weight:300;' "the name's light face carried"
"$RESUME" render --html --no-embed-fonts "$EX/alex-rivera.md" >"$T/n.html"
checks=$((checks + 1))
grep -q '@font-face' "$T/n.html" && fail "--no-embed-fonts: a font carried"
checks=$((checks + 1))
[ "$(wc -c <"$a")" -lt 300000 ] || fail "the page's fonts are not subset: $(wc -c <"$a") bytes"
"$RESUME" render --pdf --no-embed-fonts -o "$T/x.pdf" "$EX/alex-rivera.md" 2>"$T/err"
expect_contains "$T/err" "warning: --no-embed-fonts is for html only; ignored for pdf" "--no-embed-fonts with --pdf"
# the only script is JSON-LD data
n=$(grep -o '<script' "$a" | wc -l)
expect_eq 1 "$n" "one script element"
expect_contains "$a" '<script type="application/ld+json">' "the script is JSON-LD"

# deterministic
"$RESUME" render --html "$EX/alex-rivera.md" | cmp -s - "$a" || fail "two renders differ"

# right to left
printf '# محمد\n\n## خلاصه\n\nمهندس نرم‌افزار با تجربه‌ی کاری\n' >"$T/fa.md"
"$RESUME" render --html "$T/fa.md" >"$T/fa.html"
expect_contains "$T/fa.html" '<html lang="fa" dir="rtl">' "dir=rtl for Persian"

# hostile input: raw HTML, scripts, javascript: links, quotes that break
# attributes, </script> inside JSON-LD strings
cat >"$T/bad.md" <<'MD'
# Eve `</script><script>alert(1)</script>`

<script>alert("block")</script>

eve@example.com | [x](javascript:alert(1)) | [y](http://ok.example/"onmouseover="alert(2))

## Skills

- Languages: </script><b>bold</b>, "quoted" & 'single', <img src=x onerror=alert(3)>

## Experience

### <span onclick="alert(4)">Boss</span> at Evil Corp (2020 - 2021)

- [click](data:text/html,<script>alert(5)</script>) and [mail](mailto:a@b.c?subject=%22x)
- <iframe src="http://evil.example"></iframe> text
MD
"$RESUME" render --html "$T/bad.md" >"$T/bad.html" 2>"$T/err"
expect_status 0 $? "render hostile input"
b=$T/bad.html
# every "<" that came from the input is escaped: the only tags are ours
sed -e 's/<\/\?\(html\|head\|meta\|title\|style\|script type="application\/ld+json"\|script\|body\|header\|main\|section\|h[1-4]\|p\|ul\|ol\|li\|a\|span\|strong\|em\|code\|article\|time\|br\|table\|thead\|tbody\|tr\|th\|td\|blockquote\|pre\|hr\|s\)\( [^<>]*\)\?>//g' \
	-e 's/<!DOCTYPE html>//' "$b" | grep -n '<' >"$T/left" && fail "unescaped '<' from the input:" && cat "$T/left"
grep -qi 'javascript:' "$b" && fail "a javascript: link survived"
grep -qi 'data:text' "$b" && fail "a data: link survived"
grep -Eqi '<[^>]* on[a-z]+=' "$b" && fail "an event handler attribute survived"
grep -q '<script>alert' "$b" && fail "a script survived"
n=$(grep -o '<script' "$b" | wc -l)
expect_eq 1 "$n" "still only the JSON-LD script"
# JSON-LD: no "</script" and no "<" inside it
sed -n 's/.*<script type="application\/ld+json">\(.*\)<\/script>.*/\1/p' "$b" >"$T/ld"
grep -q '<' "$T/ld" && fail "'<' inside JSON-LD"
expect_contains "$T/ld" '\u003c/script\u003e' "JSON-LD escapes </script>"
expect_contains "$b" 'href="mailto:a@b.c?subject=%22x"' "a mailto with a query stays"
# raw HTML is never passed through: its text shows, its tags do not
expect_contains "$b" '<strong>Languages</strong>: bold, &quot;quoted&quot; &amp; &#39;single&#39;' "raw HTML reduced to its text"
grep -q 'alert(&quot;block&quot;)\|alert("block")' "$b" && fail "the text of a <script> block is shown"
expect_contains "$b" '<h1 dir="auto">Eve &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h1>' "code keeps its text, escaped"

# tidy: no errors (exit 2), and not even a warning on our example
if command -v tidy >/dev/null 2>&1; then
	tidy -q -e "$a" >"$T/tidy" 2>&1
	expect_status 0 $? "tidy on the example"
	tidy -q -e "$b" >"$T/tidy" 2>&1
	[ $? -lt 2 ] || { fail "tidy errors on the hostile page"; cat "$T/tidy"; }
fi
# JSON-LD: only a current job is worksFor (a past employer is not)
printf '# Ann Lee\n\n## Experience\n\n### Dev, Acme (2010 - 2014)\n\n- x\n' >"$T/past.md"
"$RESUME" render --html "$T/past.md" >"$T/past.html"
checks=$((checks + 1))
grep -q worksFor "$T/past.html" && fail "a past employer is worksFor"
printf '# Ann Lee\n\n## Experience\n\n### Dev, Old (2005 - 2010)\n\n- y\n\n### Dev, Acme (2010 - Present)\n\n- x\n' >"$T/now.md"
"$RESUME" render --html "$T/now.md" >"$T/now.html"
expect_contains "$T/now.html" '"worksFor":{"@type":"Organization","name":"Acme"}' "the current employer is worksFor"
# links in running text are underlined; phone numbers never wrap; screen
# text at 16 px
expect_contains "$a" 'main p a,main li a{text-decoration:underline;' "links in text underlined"
expect_contains "$a" 'a[href^="tel:"]{white-space:nowrap}' "a phone number never wraps"
expect_contains "$a" '@media screen{body{font-size:1rem}' "16 px body text on a screen"
finish
