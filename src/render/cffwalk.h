/*
 * Which glyphs of a CFF (PostScript-outline OpenType) font cairo's PDF
 * subsetter embeds broken.
 *
 * cairo (1.16, and its CFF subsetter unchanged since) finds the
 * subroutines a glyph calls by walking its charstring, but counts every
 * operand since the last stem or move as a stem hint, so at a glyph's
 * first hintmask after path operators it skips too many mask bytes and
 * never sees the subroutine calls behind them.  Those subroutines are
 * written empty, and the glyph is drawn in part or not at all (如 and 課
 * in Noto Sans CJK, about 50 of its 44,000 characters).  The walk here
 * follows both readings of the charstring, the one of the Type 2 spec
 * and cairo's, and calls a glyph broken when cairo's misses a subroutine
 * the spec's reaches.
 */
#ifndef CFFWALK_H
#define CFFWALK_H

#include <stddef.h>

struct cff_font;

/* Reads the 'CFF ' table at data (borrowed: it must outlive the result).
 * NULL when it is not a CFF table this walk understands; free with
 * cff_font_free(). */
struct cff_font *cff_font_new(const unsigned char *data, size_t len);
void cff_font_free(struct cff_font *f);

/* 1 when cairo would embed glyph gid without a subroutine it calls. */
int cff_glyph_breaks(struct cff_font *f, unsigned int gid);

#endif
