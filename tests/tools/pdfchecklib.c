/*
 * What a strict reader makes of our PDFs, with libqpdf: pdfcheck.c (the
 * command) and the fuzz target both ask it.  A PDF fails when it
 *   - draws any warning or error from qpdf's own check (qpdf --check),
 *   - has an annotation that is not a link whose one action is a /URI to
 *     an http, https, mailto or tel target,
 *   - has an object with a /JS, /JavaScript, /Launch, /OpenAction, /AA,
 *     /SubmitForm or /ImportData key or name anywhere;
 *   - is not tagged: no /StructTreeRoot, /MarkInfo << /Marked true >> or
 *     /Lang in the catalogue.
 * Independent of the code under test: its own scheme check, its own walk.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include <qpdf/qpdf-c.h>

#include "pdfcheck.h"

static int problems;
static FILE *report;
static int want_tags;

static void
problem(const char *file, const char *what, const char *detail)
{
	fprintf(report, "pdfcheck: %s: %s%s%s\n", file, what,
	    detail ? ": " : "", detail ? detail : "");
	problems++;
}

static int
scheme_ok(const char *u)
{
	static const char *const ok[] = {
	    "http://", "https://", "mailto:", "tel:"};
	size_t i;

	for (i = 0; i < sizeof(ok) / sizeof(*ok); i++)
		if (strncasecmp(u, ok[i], strlen(ok[i])) == 0 &&
		    u[strlen(ok[i])] != '\0')
			return 1;
	return 0;
}

static void
check_annotation(qpdf_data q, const char *file, qpdf_oh a)
{
	qpdf_oh act = qpdf_oh_get_key(q, a, "/A");
	const char *uri;

	if (!qpdf_oh_is_name_and_equals(
	        q, qpdf_oh_get_key(q, a, "/Subtype"), "/Link")) {
		problem(file, "an annotation that is no link",
		    qpdf_oh_unparse(q, a));
		return;
	}
	if (qpdf_oh_has_key(q, a, "/AA"))
		problem(file, "a link with /AA", qpdf_oh_unparse(q, a));
	if (!qpdf_oh_is_dictionary(q, act))
		return; /* a link to a place in the document */
	if (!qpdf_oh_is_name_and_equals(
	        q, qpdf_oh_get_key(q, act, "/S"), "/URI") ||
	    qpdf_oh_has_key(q, act, "/Next")) {
		problem(file, "a link action other than one /URI",
		    qpdf_oh_unparse(q, act));
		return;
	}
	uri = qpdf_oh_get_string_value(q, qpdf_oh_get_key(q, act, "/URI"));
	if (!scheme_ok(uri))
		problem(file, "a /URI outside http, https, mailto, tel", uri);
}

/* Looks for keys and names that make a PDF act, in every object. */
static void
check_actions(qpdf_data q, const char *file, qpdf_oh o, int depth)
{
	static const char *const bad[] = {"/JS", "/JavaScript", "/Launch",
	    "/OpenAction", "/AA", "/SubmitForm", "/ImportData", "/GoToR",
	    "/GoToE", "/EmbeddedFile", NULL};
	int i, n;

	if (depth > 32)
		return;
	if (qpdf_oh_is_name(q, o)) {
		for (i = 0; bad[i]; i++)
			if (strcmp(qpdf_oh_get_name(q, o), bad[i]) == 0)
				problem(file, "an action name", bad[i]);
		return;
	}
	if (qpdf_oh_is_array(q, o)) {
		n = qpdf_oh_get_array_n_items(q, o);
		for (i = 0; i < n; i++) {
			qpdf_oh it = qpdf_oh_get_array_item(q, o, i);

			if (!qpdf_oh_is_indirect(q, it))
				check_actions(q, file, it, depth + 1);
		}
		return;
	}
	if (qpdf_oh_is_stream(q, o))
		o = qpdf_oh_get_dict(q, o);
	if (!qpdf_oh_is_dictionary(q, o))
		return;
	for (i = 0; bad[i]; i++)
		if (qpdf_oh_has_key(q, o, bad[i]))
			problem(file, "an action key", bad[i]);
	/* the keys first: the iterator is one per qpdf_data */
	{
		char keys[256][64];
		int nk = 0;

		qpdf_oh_begin_dict_key_iter(q, o);
		while (qpdf_oh_dict_more_keys(q) && nk < 256)
			snprintf(keys[nk++], sizeof(keys[0]), "%s",
			    qpdf_oh_dict_next_key(q));
		for (i = 0; i < nk; i++) {
			qpdf_oh v = qpdf_oh_get_key(q, o, keys[i]);

			if (!qpdf_oh_is_indirect(q, v))
				check_actions(q, file, v, depth + 1);
		}
	}
}

static void
check(const char *file, const char *buf, size_t len)
{
	qpdf_data q = qpdf_init();
	int before = problems, npages, i, k, n, size;

	qpdf_silence_errors(q);
	qpdf_set_suppress_warnings(q, QPDF_TRUE);
	/* a file gets qpdf's whole check (every stream decoded); a buffer,
	 * the fuzz target's, only the parse: the check is slow under the
	 * sanitizers */
	if (((buf ? qpdf_read_memory(q, file, buf, len, NULL)
	          : qpdf_read(q, file, NULL)) &
	        QPDF_ERRORS) ||
	    (!buf && (qpdf_check_pdf(q) & QPDF_ERRORS))) {
		problem(file, "qpdf cannot read it",
		    qpdf_has_error(q)
		        ? qpdf_get_error_full_text(q, qpdf_get_error(q))
		        : NULL);
		qpdf_cleanup(&q);
		return;
	}
	while (qpdf_more_warnings(q))
		problem(file, "qpdf warns",
		    qpdf_get_error_full_text(q, qpdf_next_warning(q)));
	npages = qpdf_get_num_pages(q);
	for (i = 0; i < npages; i++) {
		qpdf_oh annots = qpdf_oh_get_key(
		    q, qpdf_get_page_n(q, (size_t)i), "/Annots");

		n = qpdf_oh_is_array(q, annots)
		    ? qpdf_oh_get_array_n_items(q, annots)
		    : 0;
		for (k = 0; k < n; k++)
			check_annotation(
			    q, file, qpdf_oh_get_array_item(q, annots, k));
	}
	if (want_tags) {
		qpdf_oh root = qpdf_get_root(q);
		qpdf_oh mark = qpdf_oh_get_key(q, root, "/MarkInfo");

		if (!qpdf_oh_is_dictionary(
		        q, qpdf_oh_get_key(q, root, "/StructTreeRoot")))
			problem(file, "not tagged", "no /StructTreeRoot");
		if (!qpdf_oh_is_dictionary(q, mark) ||
		    !qpdf_oh_get_bool_value(
		        q, qpdf_oh_get_key(q, mark, "/Marked")))
			problem(
			    file, "not tagged", "no /MarkInfo /Marked true");
		if (!qpdf_oh_is_string(q, qpdf_oh_get_key(q, root, "/Lang")))
			problem(file, "no /Lang", NULL);
	}
	size = qpdf_oh_get_int_value_as_int(
	    q, qpdf_oh_get_key(q, qpdf_get_trailer(q), "/Size"));
	for (i = 1; i < size; i++)
		check_actions(q, file, qpdf_get_object_by_id(q, i, 0), 0);
	check_actions(q, file, qpdf_get_trailer(q), 0);
	while (qpdf_more_warnings(q))
		problem(file, "qpdf warns",
		    qpdf_get_error_full_text(q, qpdf_next_warning(q)));
	if (problems > before + 20)
		fprintf(report, "pdfcheck: %s: %d problems\n", file,
		    problems - before);
	qpdf_cleanup(&q);
}

int
pdfcheck_file(const char *file, FILE *out)
{
	int before = problems;

	report = out;
	want_tags = 1;
	check(file, NULL, 0);
	return problems - before;
}

int
pdfcheck_buffer(
    const char *name, const char *buf, size_t len, FILE *out, int tagged)
{
	int before = problems;

	report = out;
	want_tags = tagged;
	check(name, buf, len);
	return problems - before;
}
