/* Wrapping text to a display width (CJK counts two columns). */
#ifndef RESUME_TEXTWRAP_H
#define RESUME_TEXTWRAP_H

#include <stddef.h>

#include "resume/buf.h"

/*
 * Appends s wrapped to width columns.  The first line starts with first
 * (first_w columns wide), the others with indent (indent_w columns).  A
 * line breaks at spaces and between CJK characters, never inside a word
 * unless the word alone is wider than the line; '\n' in s forces a break.
 * Every line ends with '\n'; trailing spaces are dropped.  Returns the
 * width of the last line.
 */
size_t textwrap(struct resume_buf *out, const char *s, size_t width,
    const char *first, size_t first_w, const char *indent, size_t indent_w);

#endif
