/* atscheck: the --ats comparison on PDFs drawn here with cairo, one for
 * each thing it must notice (a ligature code point, two words glued, one
 * word split, a word missing, words out of order, a date far from its
 * entry's title) and those it must not.
 * Prints each case and exits 1 when one is wrong. */
#include <cairo-pdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check/ats.h"
#include "resume/buf.h"
#include "resume/resume.h"

struct piece {
	double x, y;
	const char *text;
};

static cairo_status_t
put(void *closure, const unsigned char *data, unsigned int len)
{
	resume_buf_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

static void
draw(struct resume_buf *pdf, const struct piece *p)
{
	cairo_surface_t *s = cairo_pdf_surface_create_for_stream(
	    put, pdf, 400, 300);
	cairo_t *cr = cairo_create(s);

	cairo_select_font_face(cr, "Noto Sans CJK SC", CAIRO_FONT_SLANT_NORMAL,
	    CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_font_size(cr, 11);
	for (; p->text; p++) {
		cairo_move_to(cr, p->x, p->y);
		cairo_show_text(cr, p->text);
	}
	cairo_destroy(cr);
	cairo_surface_destroy(s);
}

static int
one(const char *name, const struct piece *p, const char *txt, const char *want)
{
	struct resume_buf pdf = {0};
	struct resume_diag diag = {0};
	/* the model, for the dates: an entry titled "one", dated Jan 2019 - Mar
	 * 2021 */
	static const char md[] =
	    "# A\n\n## Experience\n\n### one, Acme\n\nJan 2019 - Mar 2021\n";
	struct resume *r = strcmp(name, "date-far") == 0
	    ? resume_load_markdown(md, strlen(md), name, &diag)
	    : resume_new(name);
	size_t i;
	int found = 0, other = 0;

	draw(&pdf, p);
	if (resume_ats_check(pdf.data, pdf.len, txt, strlen(txt), r, &diag) < 0)
		other++;
	for (i = 0; i < diag.n; i++) {
		if (want && diag.items[i].code &&
		    strcmp(diag.items[i].code, want) == 0)
			found = 1;
		else
			other++;
	}
	resume_diag_print(&diag, stdout);
	printf("%s: %s\n", name,
	    (want ? found && !other : !other) ? "ok" : "WRONG");
	resume_diag_free(&diag);
	resume_free(r);
	resume_buf_free(&pdf);
	return (want ? found && !other : !other) ? 0 : 1;
}

/* 43 words on eight lines */
#define FORTY_THREE                                                            \
	{20, 40, "one two three four five six seven eight nine ten"},          \
	    {20, 55, "eleven twelve thirteen fourteen fifteen sixteen"},       \
	    {20, 70, "seventeen eighteen nineteen twenty twentyone"},          \
	    {20, 85, "twentytwo twentythree twentyfour twentyfive"},           \
	    {20, 100, "twentysix twentyseven twentyeight twentynine"},         \
	    {20, 115, "thirty thirtyone thirtytwo thirtythree thirtyfour"},    \
	    {20, 130, "thirtyfive thirtysix thirtyseven thirtyeight"},         \
	{                                                                      \
		20, 145, "thirtynine forty fortyone fortytwo fortythree"       \
	}

int
main(void)
{
	static const struct piece clean[] = {{20, 40, "Senior Engineer, Acme"},
	    {20, 60, "Built the field service"}, {0, 0, NULL}};
	static const struct piece lig[] = {{20, 40, "Senior Engineer, Acme"},
	    {20, 60,
	        "Built the \xef\xac\x81"
	        "eld service"},
	    {0, 0, NULL}};
	static const struct piece glued[] = {{20, 40, "SeniorEngineer, Acme"},
	    {20, 60, "Built the field service"}, {0, 0, NULL}};
	static const struct piece split[] = {{20, 40, "Senior Engi"},
	    {110, 40, "neer, Acme"}, {20, 60, "Built the field service"},
	    {0, 0, NULL}};
	static const struct piece missing[] = {{20, 40, "Senior Engineer,"},
	    {20, 60, "Built the field service"}, {0, 0, NULL}};
	static const struct piece order[] = {
	    FORTY_THREE, {20, 160, "2019 2021"}, {0, 0, NULL}};
	/* the dates read 40 words after the title, but in the order of the
	 * text: only the distance is wrong */
	static const struct piece far[] = {
	    FORTY_THREE, {20, 160, "Jan 2019 - Mar 2021"}, {0, 0, NULL}};
	static const struct piece gap[] = {
	    {20, 40, "Honorable Mention, Google"}, {300, 40, "Jan 2012"},
	    {0, 0, NULL}};
	/* 如果没有相关 on one line (the text breaks it), then React、 |
	 * TypeScript on two */
	static const struct piece cjk[] = {
	    {20, 40,
	        "\xe5\xa6\x82\xe6\x9e\x9c\xe6\xb2\xa1\xe6\x9c\x89\xe7\x9b"
	        "\xb8\xe5\x85\xb3"},
	    {20, 55, "React\xe3\x80\x81"}, {20, 70, "TypeScript"},
	    {0, 0, NULL}};
	static const char txt[] =
	    "Senior Engineer, Acme\nBuilt the field service\n";
	int bad = 0;

	bad += one("clean", clean, txt, NULL);
	/* what must pass too: a title and its date far apart on one line
	 * (poppler's page text runs them together), a Chinese line broken
	 * inside a word, CJK punctuation between Latin words */
	bad += one("gap", gap, "Honorable Mention, Google Jan 2012\n", NULL);
	bad += one("cjk", cjk,
	    "\xe5\xa6\x82\xe6\x9e\x9c\xe6\xb2\xa1\n\xe6\x9c\x89\xe7\x9b"
	    "\xb8\xe5\x85\xb3 React\xe3\x80\x81TypeScript\n",
	    NULL);
	bad += one("ligature", lig, txt, "ats-ligature");
	bad += one("glued", glued, txt, "ats-glued");
	bad += one("split", split, txt, "ats-split");
	bad += one("missing", missing, txt, "ats-missing");
	bad += one("order", order,
	    "one two 2019 2021 three four five six seven eight nine ten eleven "
	    "twelve thirteen fourteen fifteen sixteen seventeen eighteen "
	    "nineteen twenty twentyone twentytwo twentythree twentyfour "
	    "twentyfive twentysix twentyseven twentyeight twentynine thirty "
	    "thirtyone thirtytwo thirtythree thirtyfour thirtyfive thirtysix "
	    "thirtyseven thirtyeight thirtynine forty fortyone fortytwo "
	    "fortythree\n",
	    "ats-order");
	bad += one("date-far", far,
	    "one two three four five six seven eight nine ten eleven twelve "
	    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
	    "twenty twentyone twentytwo twentythree twentyfour twentyfive "
	    "twentysix twentyseven twentyeight twentynine thirty thirtyone "
	    "thirtytwo thirtythree thirtyfour thirtyfive thirtysix "
	    "thirtyseven thirtyeight thirtynine forty fortyone fortytwo "
	    "fortythree Jan 2019 - Mar 2021\n",
	    "ats-date-far");
	return bad ? 1 : 0;
}
