#!/bin/sh
# cmake --install into a temporary prefix, then render from there: the
# installed binary finds its PDF module without the build tree.
# install.sh BUILD_DIR EXAMPLE
set -u
build=$1 example=$2
T=$(mktemp -d) || exit 1
trap 'rm -rf "$T"' EXIT
fail=0
cmake --install "$build" --prefix "$T/prefix" >"$T/log" 2>&1 || {
	cat "$T/log"
	echo "FAIL: cmake --install"
	exit 1
}
bin=$T/prefix/bin/resume
[ -x "$bin" ] || { echo "FAIL: no $bin"; exit 1; }
# move the build tree's module out of reach: only the installed one counts
env -u RESUME_MODULE_DIR "$bin" render --pdf -o "$T/cv.pdf" "$example" 2>"$T/err" || {
	cat "$T/err"
	echo "FAIL: PDF from the installed binary"
	fail=1
}
head -c 5 "$T/cv.pdf" 2>/dev/null | grep -q '%PDF-' || { echo "FAIL: not a PDF"; fail=1; }
if command -v strace >/dev/null 2>&1; then
	strace -f -e trace=openat -o "$T/trace" "$bin" render --pdf -o "$T/cv2.pdf" "$example" 2>/dev/null
	grep 'resume-pdf.so' "$T/trace" | grep -v ENOENT | grep -q "$T/prefix/" ||
		{ echo "FAIL: the module was not loaded from the prefix"; fail=1; }
fi
# the themes' fonts without their hinting, when the build made them: in
# the prefix with fontconfig's cache of them, and what the PDF embeds
if [ -f "$build/fonts/README" ] && command -v strace >/dev/null 2>&1; then
	[ -f "$T/prefix/share/resume/fonts/README" ] ||
		{ echo "FAIL: the unhinted fonts are not installed"; fail=1; }
	grep -v ENOENT "$T/trace" | grep -q "$T/prefix/share/resume/fonts/.*/Lato-Regular.ttf" ||
		{ echo "FAIL: Lato was not read from the prefix's unhinted copies"; fail=1; }
	grep -v ENOENT "$T/trace" | grep -q "$T/prefix/share/resume/fonts/cache/.*cache-" ||
		{ echo "FAIL: fontconfig's cache of the copies was not read"; fail=1; }
fi
for f in share/man/man1/resume.1 share/bash-completion/completions/resume \
	share/zsh/vendor-completions/_resume; do
	[ -s "$T/prefix/$f" ] || { echo "FAIL: $f not installed"; fail=1; }
done
"$bin" init | "$bin" render - | head -n 1 | grep -qx 'Alex Rivera' ||
	{ echo "FAIL: init and render from the prefix"; fail=1; }
[ "$fail" -eq 0 ] && echo "installed and rendered from $T/prefix"
exit "$fail"
