/*
 * The PDF as a document: what cairo wrote, completed.  A tagged document
 * gets /Lang and DisplayDocTitle in an incremental update; any other is
 * read back by libqpdf and written again whole (pdfqpdf.c, a module of its
 * own, loaded only then: libqpdf and what it pulls in cost a text-heavy
 * PDF a sixth of its time).
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "pdfdoc.h"
#include "render.h"
#include "resume/backend.h"
#include "resume/buf.h"
#include "resume/resume.h"

static int rewrite(const char *pdf, size_t len, const char *lang,
    const char *alt, FILE *out, struct resume_diag *diag, const char *file);
/* pdfqpdf.c's, when it is linked in rather than a module (the fuzz
 * targets) */
int resume_pdf_rewrite(const char *pdf, size_t len, const char *lang,
    const char *alt, FILE *out, struct resume_diag *diag, const char *file)
    __attribute__((weak));

static long
number_after(const char *s, size_t n, const char *key)
{
	const char *k = memmem(s, n, key, strlen(key));
	char *end;
	long v;

	if (k == NULL)
		return -1;
	k += strlen(key);
	v = strtol(k, &end, 10);
	return end > k && v >= 0 ? v : -1;
}

/* Appends a PDF string of s: "(", s with "(", ")" and "\" escaped, ")". */
static void
pdf_string(struct resume_buf *b, const char *s)
{
	resume_buf_putc(b, '(');
	for (; *s; s++) {
		if (*s == '(' || *s == ')' || *s == '\\')
			resume_buf_putc(b, '\\');
		if ((unsigned char)*s >= 0x20 && (unsigned char)*s < 0x7f)
			resume_buf_putc(b, *s);
	}
	resume_buf_putc(b, ')');
}

/*
 * The quick way, for what cairo writes when it tags structure (a valid
 * cross-reference table, the catalog last, a plain trailer): the catalog
 * again with /Lang and /ViewerPreferences, in an incremental update
 * appended to cairo's bytes.  Returns false, writing nothing, when the
 * file is not laid out so (then libqpdf does it all).
 */
static bool
append_update(
    const char *pdf, size_t len, const char *lang, struct resume_buf *out)
{
	const char *tr = NULL, *p, *cat, *dict, *end;
	long size, root, info, prev;
	char head[64];
	size_t off, xref;

	for (p = pdf;
	     (p = memmem(p, len - (size_t)(p - pdf), "\ntrailer\n", 9)) != NULL;
	     p++)
		tr = p;
	if (tr == NULL)
		return false;
	size = number_after(tr, len - (size_t)(tr - pdf), "/Size ");
	root = number_after(tr, len - (size_t)(tr - pdf), "/Root ");
	info = number_after(tr, len - (size_t)(tr - pdf), "/Info ");
	prev = number_after(tr, len - (size_t)(tr - pdf), "startxref\n");
	if (size < 0 || root <= 0 || info <= 0 || prev <= 0 ||
	    memmem(tr, len - (size_t)(tr - pdf), "/Encrypt", 8) ||
	    memmem(tr, len - (size_t)(tr - pdf), "/Prev", 5))
		return false;
	snprintf(head, sizeof(head), "\n%ld 0 obj\n<< /Type /Catalog", root);
	cat = memmem(pdf, len, head, strlen(head));
	if (cat == NULL)
		return false;
	dict = cat + strlen(head) - strlen("<< /Type /Catalog");
	end = memmem(dict, len - (size_t)(dict - pdf), ">>\nendobj", 9);
	/* a tagged document, with nothing of ours already there */
	if (end == NULL ||
	    !memmem(dict, (size_t)(end - dict), "/StructTreeRoot", 15) ||
	    memmem(dict, (size_t)(end - dict), "/Lang", 5) ||
	    memmem(dict, (size_t)(end - dict), "/ViewerPreferences", 18))
		return false;
	resume_buf_add(out, pdf, len);
	if (len && pdf[len - 1] != '\n')
		resume_buf_putc(out, '\n');
	off = out->len;
	resume_buf_printf(out, "%ld 0 obj\n", root);
	resume_buf_add(out, dict, (size_t)(end - dict));
	if (lang && *lang) {
		resume_buf_puts(out, "   /Lang ");
		pdf_string(out, lang);
		resume_buf_putc(out, '\n');
	}
	resume_buf_puts(out,
	    "   /ViewerPreferences << /DisplayDocTitle true "
	    ">>\n>>\nendobj\n");
	xref = out->len;
	resume_buf_printf(out,
	    "xref\n0 1\n0000000000 65535 f \n%ld 1\n%010zu 00000 n \n"
	    "trailer\n<< /Size %ld\n   /Root %ld 0 R\n   /Info %ld 0 R\n"
	    "   /Prev %ld\n>>\nstartxref\n%zu\n%%%%EOF\n",
	    root, off, size, root, info, prev, xref);
	return true;
}

int
pdfdoc_write(const char *pdf, size_t len, const char *lang, const char *alt,
    bool colour, FILE *out, struct resume_diag *diag, const char *file)
{
	struct resume_buf quick = {0};

	/* colour glyphs make cairo repeat keys of a resource dictionary, and
	 * cairo gives a Figure no /Alt: those documents libqpdf writes again
	 * whole */
	if (!colour && !alt && append_update(pdf, len, lang, &quick)) {
		int rc = fwrite(quick.data, 1, quick.len, out) == quick.len &&
		        fflush(out) == 0
		    ? 0
		    : -1;

		resume_buf_free(&quick);
		return rc;
	}
	resume_buf_free(&quick);
	return rewrite(pdf, len, lang, alt, out, diag, file);
}

/* The whole way, by the libqpdf module beside this one. */
static int
rewrite(const char *pdf, size_t len, const char *lang, const char *alt,
    FILE *out, struct resume_diag *diag, const char *file)
{
	int (*fn)(const char *, size_t, const char *, const char *, FILE *,
	    struct resume_diag *, const char *) = resume_pdf_rewrite;

	if (fn == NULL &&
	    (*(void **)&fn = module_beside((void *)&pdfdoc_write,
	         "resume-qpdf.so", "resume_pdf_rewrite")) == NULL) {
		resume_diag_add(diag, RESUME_ERROR, file, 0, 0,
		    "cannot complete the PDF: %s", resume_backend_error());
		return -1;
	}
	return fn(pdf, len, lang, alt, out, diag, file);
}
