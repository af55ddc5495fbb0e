/* UTF-8 decoding and display width (terminal columns). */
#ifndef RESUME_UTF8_H
#define RESUME_UTF8_H

#include "private.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes one code point from s[0..len) into *cp; returns the bytes used
 * (>= 1 when len > 0).  Invalid sequences give U+FFFD and consume 1 byte. */
size_t utf8_decode(const char *s, size_t len, uint32_t *cp);
/* Writes cp as UTF-8 into out (4 bytes of room); returns the length. */
size_t utf8_encode(uint32_t cp, char *out);
/* Returns the columns a terminal gives cp: 0, 1 or 2. */
int utf8_cp_width(uint32_t cp);
/* Returns the display width of s[0..len). */
size_t utf8_width(const char *s, size_t len);
/* Returns the display width of the NUL-terminated s. */
size_t utf8_swidth(const char *s);
/* Returns true for ideographs, kana, hangul and fullwidth forms: scripts
 * where a line may break between any two characters. */
bool utf8_is_cjk(uint32_t cp);
/* Returns true for emoji, pictographs, dingbats, icon-font private-use code
 * points and their joiners/selectors: decoration, not words. */
bool utf8_is_icon(uint32_t cp);
/* Returns true for the characters a terminal acts on rather than shows:
 * C0 controls (newline and tab too), DEL, C1 controls, and the bidi
 * embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069). */
bool utf8_is_control(uint32_t cp);
/* Is cp a noncharacter (U+FDD0-U+FDEF, U+nFFFE, U+nFFFF)?  Valid UTF-8,
 * but cairo refuses a string with one. */
bool utf8_is_nonchar(uint32_t cp);
struct resume_buf;
/* Appends s[0..n) to b, each noncharacter as U+FFFD. */
void utf8_add_clean(struct resume_buf *b, const char *s, size_t n);
/* Returns true for characters of a right-to-left script. */
bool utf8_is_rtl(uint32_t cp);
/* Returns the offset of the first invalid byte of s[0..len) (a NUL byte
 * counts as invalid), or len when all of it is valid UTF-8. */
size_t utf8_validate(const char *s, size_t len);

struct resume_buf;
/* Appends s[0..len) lowercased (ASCII, Latin-1, Latin Extended-A, Greek and
 * Cyrillic) to out. */
void utf8_lower(struct resume_buf *out, const char *s, size_t len);
/* Lowercases the len bytes at s where they stand (the same length). */
void utf8_lower_in(char *s, size_t len);
#endif
