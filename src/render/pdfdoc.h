/* The PDF as a document: cairo's output completed, by libqpdf at need. */
#ifndef RESUME_PDFDOC_H
#define RESUME_PDFDOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "resume/diag.h"

/* Completes the PDF cairo wrote (pdf[0..len)) and writes it to out: sets
 * /Lang to lang (BCP 47; NULL or "" for none) and asks viewers to show the
 * title; alt, when not NULL, is the photo's alternate text, which every
 * /Figure of the structure tree gets.  A tagged document without colour glyphs
 * gets those keys in an incremental update appended to cairo's bytes (cairo's
 * own tables are valid then).  Any other one -- colour glyphs (colour: cairo
 * repeats keys of their resource dictionary), a photo (alt), nothing drawn (no
 * structure tree), or a layout this does not know -- libqpdf reads and writes
 * again whole: a fresh cross-reference table, an empty structure tree where
 * there is none, and only link annotations whose one action is a /URI to an
 * allowed target.  Returns 0; -1 with an error about file when the PDF
 * cannot be read back, or -1 with no diagnostic (errno set) when writing
 * fails. */
int pdfdoc_write(const char *pdf, size_t len, const char *lang, const char *alt,
    bool colour, FILE *out, struct resume_diag *diag, const char *file);

#endif
