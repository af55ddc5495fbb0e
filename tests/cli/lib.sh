# Helpers for the CLI tests: source it, then call the checks.
# $RESUME is the binary under test; every test runs in a fresh temp dir.
set -u
export LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1700000000
: "${RESUME:?set RESUME to the resume binary}"
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
failures=0
checks=0

fail() {
	echo "FAIL: $*"
	failures=$((failures + 1))
}

# expect_status WANT GOT WHAT
expect_status() {
	checks=$((checks + 1))
	[ "$1" = "$2" ] || fail "$3: exit status $2, want $1"
}

# expect_eq WANT GOT WHAT
expect_eq() {
	checks=$((checks + 1))
	[ "$1" = "$2" ] || fail "$3: got [$2], want [$1]"
}

# expect_contains FILE TEXT WHAT
expect_contains() {
	checks=$((checks + 1))
	grep -qF -- "$2" "$1" || { fail "$3: '$2' not in $1:"; sed 's/^/    /' "$1"; }
}

# expect_empty FILE WHAT
expect_empty() {
	checks=$((checks + 1))
	[ ! -s "$1" ] || { fail "$3${2:-}: not empty:"; sed 's/^/    /' "$1"; }
}

# render FORMAT FILE [ARGS...]: what a reader of FORMAT reads of FILE, in
# $T/out.FORMAT: the PDF as its text (pdftotext -layout), the page with
# tags and style sheet left out and entities decoded, other formats as
# written
render() {
	_fmt=$1 _src=$2
	shift 2
	if [ "$_fmt" = pdf ]; then
		"$RESUME" render --pdf "$@" -o "$T/p.pdf" "$_src" 2>"$T/err" &&
			pdftotext -layout -enc UTF-8 "$T/p.pdf" "$T/out.pdf"
	elif [ "$_fmt" = html ]; then
		"$RESUME" render --html "$@" "$_src" 2>"$T/err" |
			sed -e ':a;N;$!ba;s/<style>.*<\/style>//' -e 's/<[^>]*>//g' \
				-e "s/&#39;/'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g" >"$T/out.html"
	else
		"$RESUME" render --"$_fmt" "$@" "$_src" >"$T/out.$_fmt" 2>"$T/err"
	fi
}

finish() {
	echo "$checks checks, $failures failed"
	[ "$failures" -eq 0 ]
	exit $?
}

printf '# Pat Doe\n\npat@example.com\n\n## Experience\n\n### Engineer, Acme (2020 - 2022)\n\n- Did things\n' >"$T/cv.md"
