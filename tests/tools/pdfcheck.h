/* Checks PDFs as a strict reader would (pdfchecklib.c). */
#ifndef PDFCHECK_H
#define PDFCHECK_H

#include <stddef.h>
#include <stdio.h>

/* Checks the PDF file (or the PDF buf[0..len), called name); writes a
 * line per problem to out and returns how many there were.  A file must be
 * tagged; a buffer only when tagged is non-zero (an empty résumé makes a
 * blank page, with no structure to tag). */
int pdfcheck_file(const char *file, FILE *out);
int pdfcheck_buffer(
    const char *name, const char *buf, size_t len, FILE *out, int tagged);

#endif
