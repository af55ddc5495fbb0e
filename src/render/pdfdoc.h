/* The PDF as a document: cairo's output rebuilt and checked with libqpdf. */
#ifndef RESUME_PDFDOC_H
#define RESUME_PDFDOC_H

#include <stddef.h>
#include <stdio.h>

#include "resume/diag.h"

/* Reads the PDF cairo wrote (pdf[0..len)), rebuilds its cross-reference
 * table and object streams, drops every annotation that is not a link
 * with a /URI action to an allowed target, sets /Lang to lang (BCP 47; NULL
 * or "" for none), asks viewers to show the title, gives a PDF with nothing
 * drawn an empty structure tree (cairo writes none), and writes the result
 * to out.  Returns 0; -1 with an error about file when the PDF cannot be
 * read back, or -1 with no diagnostic (errno set) when writing fails. */
int pdfdoc_write(const char *pdf, size_t len, const char *lang, FILE *out,
    struct resume_diag *diag, const char *file);

#endif
