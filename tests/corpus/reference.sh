#!/bin/sh
# reference.sh RESUME FILE: the reference résumé's text output, line by
# line where it matters.  Skips (77) when ../shared is absent.
set -u
bin=$1 in=$2
if [ ! -f "$in" ]; then
	echo "SKIP: $in not found (../shared absent)"
	exit 77
fi
. "$(dirname "$0")/../cli/lib.sh"
"$bin" render "$in" >"$T/ref.txt"
expect_status 0 $? "render the reference"
expect_eq "Bruno Roy" "$(sed -n 1p "$T/ref.txt")" "the name first"
expect_eq "brunoroy1024@gmail.com · brunosthoughts.com/about" "$(sed -n 2p "$T/ref.txt")" \
	"contacts: link targets the text already shows are not repeated"
# dates flush right at column 80, on the entry line
expect_contains "$T/ref.txt" "Software Engineer — Amazon Web Services (AWS) S3                     2021 – 2025" "first job line"
expect_contains "$T/ref.txt" "AWS Networking                                                       Summer 2018" "internship line"
# a head too long for one line: the institution below, and the date
# after it (title, organisation, date: the order every backend reads)
expect_contains "$T/ref.txt" "Bachelor of Engineering, Software Engineering" "degree line"
expect_contains "$T/ref.txt" "Polytechnique Montreal                                               2014 – 2018" "institution line"
# hanging indent on wrapped bullets
expect_contains "$T/ref.txt" "  • Founding member of the S3 Express One Zone team, building a faster (zonal)" "bullet"
expect_contains "$T/ref.txt" "    S3 written in Rust." "hanging indent"
# "#" links are plain text: no "<#>" anywhere
grep -q '<#>' "$T/ref.txt" && fail "a '#' link target was printed"
expect_contains "$T/ref.txt" "Rust, C, C++, Linux, distributed systems, durability, consistency models," "skills"
w=$(wc -L <"$T/ref.txt")
[ "$w" -le 80 ] || fail "a line is $w columns wide"
"$bin" render --width 60 "$in" >"$T/ref60.txt"
w=$(wc -L <"$T/ref60.txt")
[ "$w" -le 60 ] || fail "--width 60: a line is $w columns wide"
"$bin" render --ascii "$in" >"$T/ascii.txt"
LC_ALL=C grep -n '[^ -~]' "$T/ascii.txt" && fail "--ascii output has non-ASCII bytes"
finish
