/*
 * libqpdf reads back what cairo wrote and writes it again whole: cairo
 * 1.16 lists objects in its cross-reference table that it never writes
 * once a link is tagged, and repeats keys of a resource dictionary for
 * colour glyphs; qpdf rebuilds both.  On the way every annotation is
 * checked: only links whose action is a /URI with an allowed target stay,
 * so that no text of the résumé becomes an action.  Built as a module
 * (resume-qpdf.so) that pdfdoc.c loads only when it is needed.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <qpdf/qpdf-c.h>

#include "../core/link.h"
#include "render.h"
#include "resume/diag.h"
#include "resume/resume.h"

RENDER_MODULE_VERSION;

int resume_pdf_rewrite(const char *pdf, size_t len, const char *lang,
    const char *alt, FILE *out, struct resume_diag *diag, const char *file);

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

/* Gives every Figure under structure element e, whose kids are k, the
 * alternate text alt (PDF/UA asks one of each figure; cairo 1.16 writes
 * none).  depth bounds the walk: cairo's tree is as deep as our tags. */
static void
figure_alt(qpdf_data q, qpdf_oh e, const char *alt, int depth)
{
	qpdf_oh kids;
	int i, n;

	if (depth > 64 || !qpdf_oh_is_dictionary(q, e))
		return;
	if (qpdf_oh_is_name_and_equals(
	        q, qpdf_oh_get_key(q, e, "/S"), "/Figure") &&
	    !qpdf_oh_has_key(q, e, "/Alt"))
		qpdf_oh_replace_key(
		    q, e, "/Alt", qpdf_oh_new_unicode_string(q, alt));
	kids = qpdf_oh_get_key(q, e, "/K");
	if (qpdf_oh_is_dictionary(q, kids)) {
		figure_alt(q, kids, alt, depth + 1);
		return;
	}
	if (!qpdf_oh_is_array(q, kids))
		return;
	n = qpdf_oh_get_array_n_items(q, kids);
	for (i = 0; i < n; i++)
		figure_alt(
		    q, qpdf_oh_get_array_item(q, kids, i), alt, depth + 1);
}

/* Writes pdf again whole, as pdfdoc_write() says; returns 0 or -1. */
int
resume_pdf_rewrite(const char *pdf, size_t len, const char *lang,
    const char *alt, FILE *out, struct resume_diag *diag, const char *file)
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
	if (alt && *alt)
		figure_alt(q,
		    qpdf_oh_get_key(q, qpdf_get_root(q), "/StructTreeRoot"),
		    alt, 0);
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
