#!/bin/sh
# The library as another program uses it: cmake --install into a
# temporary prefix, the complete program of docs/api.md compiled with
# pkg-config against what was installed (not the build tree) and run:
# its text is the command line's, its PDF valid; and the installed
# library exports only resume_* names, the public ones among them
# declared in the installed headers.
# example.sh BUILD_DIR SOURCE_DIR EXAMPLE
. "$(dirname "$0")/../cli/lib.sh"
build=$1 src=$2 example=$3
cc=${CC:-cc}
command -v "$cc" >/dev/null 2>&1 || { echo "SKIP: no C compiler"; exit 77; }
command -v pkg-config >/dev/null 2>&1 || { echo "SKIP: no pkg-config"; exit 77; }
cmake --install "$build" --prefix "$T/prefix" >"$T/log" 2>&1 || {
	cat "$T/log"
	echo "FAIL: cmake --install"
	exit 1
}
P=$T/prefix
lib=$(ls "$P"/lib*/libresume.so.0 2>/dev/null | head -n 1)
checks=$((checks + 1))
[ -n "$lib" ] || fail "no libresume.so.0 installed"
soname=$(objdump -p "$lib" 2>/dev/null | awk '$1 == "SONAME" { print $2 }')
expect_eq libresume.so.0 "$soname" "the library's SONAME"
for h in resume.h backend.h model.h diag.h theme.h; do
	checks=$((checks + 1))
	[ -s "$P/include/resume/$h" ] || fail "include/resume/$h not installed"
done

# exported names: resume_* only
nm -D --defined-only "$lib" | awk '{ print $3 }' | sed 's/@.*//' | sort -u >"$T/syms"
expect_eq "" "$(grep -v '^resume_' "$T/syms" | tr '\n' ' ')" \
	"names exported without the resume_ prefix"
for m in "$P"/lib*/resume/*.so; do
	nm -D --defined-only "$m" | awk '{ print $3 }' | grep -v '^resume_' >"$T/msyms"
	expect_eq "" "$(tr '\n' ' ' <"$T/msyms")" "$(basename "$m") exports without the prefix"
	# the module links the one library, no copy of its own
	checks=$((checks + 1))
	objdump -p "$m" | grep -q 'NEEDED *libresume.so.0' ||
		fail "$(basename "$m") does not link libresume.so.0"
	checks=$((checks + 1))
	nm --defined-only "$m" 2>/dev/null | grep -q ' resume_load$' &&
		fail "$(basename "$m") carries a copy of the library"
done
# every public name the headers declare is exported, and every exported
# name that is not resume_priv_* is declared in an installed header
grep -ho '\bresume_[a-z0-9_]*(' "$P"/include/resume/*.h | tr -d '(' | sort -u >"$T/declared"
grep -ho 'resume_backend_[a-z]*;' "$P"/include/resume/*.h | tr -d ';' >>"$T/declared"
sort -u -o "$T/declared" "$T/declared"
grep -v '^resume_priv_' "$T/syms" >"$T/public"
expect_eq "" "$(comm -23 "$T/public" "$T/declared" | tr '\n' ' ')" \
	"exported names that no installed header declares"
expect_eq "" "$(comm -13 "$T/syms" "$T/declared" | tr '\n' ' ')" \
	"declared names the library does not export"

# run paths: none empty or relative (the loader would look in the
# current directory), in the build tree and installed
for f in "${RESUME_REAL:-}" "$P/bin/resume" "$lib" "$P"/lib*/resume/*.so "$build"/resume-*.so; do
	[ -f "$f" ] || continue
	rp=$(objdump -p "$f" | awk '$1 == "RUNPATH" || $1 == "RPATH" { print $2 }')
	[ -n "$rp" ] || continue
	checks=$((checks + 1))
	case ":$rp:" in
	*::*) fail "$f: an empty run path entry (the current directory): [$rp]" ;;
	*:[!/\$]*) fail "$f: a relative run path entry: [$rp]" ;;
	esac
done

# the program of docs/api.md, as the reader would build it
sed -n '/^```c$/,/^```$/p' "$src/docs/api.md" | sed '1d;$d' >"$T/render-one.c"
checks=$((checks + 1))
grep -q 'int$' "$T/render-one.c" || fail "docs/api.md has no complete program"
PKG_CONFIG_PATH=$(dirname "$lib")/pkgconfig
export PKG_CONFIG_PATH
cflags=$(pkg-config --cflags resume) && libs=$(pkg-config --libs resume) ||
	fail "pkg-config does not know resume"
"$cc" -Wall -Wextra -Werror ${API_CFLAGS:-} -o "$T/render-one" "$T/render-one.c" $cflags $libs \
	-Wl,-rpath,"$(dirname "$lib")" 2>"$T/cc" || { cat "$T/cc"; fail "the example does not compile"; }
checks=$((checks + 1))
ldd "$T/render-one" | grep 'libresume.so.0' | grep -q "$P" ||
	fail "the example does not use the installed library"
# the build tree moved out of reach: only the installed modules count
env -u RESUME_MODULE_DIR "$T/render-one" "$example" "$T/cv.pdf" >"$T/cv.txt" 2>"$T/err"
expect_status 0 $? "the example program"
expect_contains "$T/err" "page(s)" "the example reports the PDF"
"$RESUME" render --txt "$example" >"$T/want.txt" 2>/dev/null
checks=$((checks + 1))
cmp -s "$T/want.txt" "$T/cv.txt" || fail "the example's text is not the command line's"
checks=$((checks + 1))
head -c 5 "$T/cv.pdf" | grep -q '%PDF-' || fail "the example wrote no PDF"
if [ -n "${PDFCHECK:-}" ]; then
	checks=$((checks + 1))
	"$PDFCHECK" "$T/cv.pdf" >"$T/chk" 2>&1 || { cat "$T/chk"; fail "the example's PDF does not pass the check"; }
fi
finish
