/*
 * The PDF as a document: what cairo wrote, read back with libqpdf and
 * written again whole.  cairo 1.16 lists objects in its cross-reference
 * table that it never writes once a link is tagged, and repeats keys of a
 * resource dictionary for colour glyphs; qpdf rebuilds both.  On the way
 * every annotation is checked: only links whose action is a /URI with an
 * allowed target stay, so that no text of the résumé becomes an action.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qpdf/qpdf-c.h>

#include "../core/link.h"
#include "pdfdoc.h"
#include "resume/buf.h"

static int rewrite(const char *pdf, size_t len, const char *lang, FILE *out,
    struct resume_diag *diag, const char *file);

/* Is annotation a a link whose only action is a /URI to an allowed
 * target? */
static bool
safe_annotation(qpdf_data q, qpdf_oh a)
{
	qpdf_oh action, s, uri;

	if (!qpdf_oh_is_dictionary(q, a) ||
	    !qpdf_oh_is_name_and_equals(
	        q, qpdf_oh_get_key(q, a, "/Subtype"), "/Link") ||
	    qpdf_oh_has_key(q, a, "/AA") || qpdf_oh_has_key(q, a, "/Dest"))
		return false;
	action = qpdf_oh_get_key(q, a, "/A");
	if (!qpdf_oh_is_dictionary(q, action) ||
	    qpdf_oh_has_key(q, action, "/Next"))
		return false;
	s = qpdf_oh_get_key(q, action, "/S");
	uri = qpdf_oh_get_key(q, action, "/URI");
	return qpdf_oh_is_name_and_equals(q, s, "/URI") &&
	    qpdf_oh_is_string(q, uri) &&
	    link_allowed(qpdf_oh_get_string_value(q, uri));
}

/* Drops every annotation of every page that is not a safe link. */
static void
keep_safe_links(qpdf_data q)
{
	int npages = qpdf_get_num_pages(q), i, k;

	for (i = 0; i < npages; i++) {
		qpdf_oh page = qpdf_get_page_n(q, (size_t)i);
		qpdf_oh annots = qpdf_oh_get_key(q, page, "/Annots");

		qpdf_oh_remove_key(q, page, "/AA");
		if (!qpdf_oh_is_array(q, annots))
			continue;
		for (k = qpdf_oh_get_array_n_items(q, annots) - 1; k >= 0; k--)
			if (!safe_annotation(
			        q, qpdf_oh_get_array_item(q, annots, k)))
				qpdf_oh_erase_item(q, annots, k);
	}
}

static void
document_keys(qpdf_data q, const char *lang)
{
	qpdf_oh root = qpdf_get_root(q);
	qpdf_oh prefs = qpdf_oh_new_dictionary(q);

	qpdf_oh_remove_key(q, root, "/OpenAction");
	qpdf_oh_remove_key(q, root, "/AA");
	if (lang && *lang)
		qpdf_oh_replace_key(
		    q, root, "/Lang", qpdf_oh_new_unicode_string(q, lang));
	qpdf_oh_replace_key(
	    q, prefs, "/DisplayDocTitle", qpdf_oh_new_bool(q, QPDF_TRUE));
	qpdf_oh_replace_key(q, root, "/ViewerPreferences", prefs);
	/* a page with nothing drawn has no structure from cairo: an empty
	 * tree says so, and the document is tagged all the same */
	if (!qpdf_oh_has_key(q, root, "/StructTreeRoot")) {
		qpdf_oh tree = qpdf_oh_new_dictionary(q);
		qpdf_oh mark = qpdf_oh_new_dictionary(q);

		qpdf_oh_replace_key(
		    q, tree, "/Type", qpdf_oh_new_name(q, "/StructTreeRoot"));
		qpdf_oh_replace_key(q, root, "/StructTreeRoot",
		    qpdf_make_indirect_object(q, tree));
		qpdf_oh_replace_key(
		    q, mark, "/Marked", qpdf_oh_new_bool(q, QPDF_TRUE));
		qpdf_oh_replace_key(q, root, "/MarkInfo", mark);
	}
}

/* Returns the number after key in s[0..n) ("/Size 64" gives 64), or -1. */
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
pdfdoc_write(const char *pdf, size_t len, const char *lang, bool colour,
    FILE *out, struct resume_diag *diag, const char *file)
{
	struct resume_buf quick = {0};

	/* colour glyphs make cairo repeat keys of a resource dictionary:
	 * those documents libqpdf writes again whole */
	if (!colour && append_update(pdf, len, lang, &quick)) {
		int rc = fwrite(quick.data, 1, quick.len, out) == quick.len &&
		        fflush(out) == 0
		    ? 0
		    : -1;

		resume_buf_free(&quick);
		return rc;
	}
	resume_buf_free(&quick);
	return rewrite(pdf, len, lang, out, diag, file);
}

/* The whole way: libqpdf reads cairo's PDF and writes it again. */
static int
rewrite(const char *pdf, size_t len, const char *lang, FILE *out,
    struct resume_diag *diag, const char *file)
{
	qpdf_data q = qpdf_init();
	const unsigned char *b;
	size_t n;
	int rc = -1;

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	if (qpdf_read_memory(q, "cairo output", pdf, len, NULL) & QPDF_ERRORS)
		goto fail;
	keep_safe_links(q);
	document_keys(q, lang);
	if (qpdf_init_write_memory(q) & QPDF_ERRORS)
		goto fail;
	/* streams pass as cairo compressed them; the same input gives the
	 * same bytes */
	qpdf_set_decode_level(q, qpdf_dl_none);
	qpdf_set_object_stream_mode(q, qpdf_o_disable);
	qpdf_set_deterministic_ID(q, QPDF_TRUE);
	qpdf_set_suppress_original_object_IDs(q, QPDF_TRUE);
	if (qpdf_write(q) & QPDF_ERRORS)
		goto fail;
	b = qpdf_get_buffer(q);
	n = qpdf_get_buffer_length(q);
	/* a failed write is the caller's to report, naming the output */
	if (fwrite(b, 1, n, out) == n && fflush(out) == 0)
		rc = 0;
	goto out;
fail:
	resume_diag_add(diag, RESUME_ERROR, file, 0, 0,
	    "cannot complete the PDF: %s",
	    qpdf_has_error(q) ? qpdf_get_error_full_text(q, qpdf_get_error(q))
	                      : "libqpdf failed");
out:
	qpdf_cleanup(&q);
	return rc;
}
