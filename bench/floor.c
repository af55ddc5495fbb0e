/*
 * floor TEXT OUT.pdf: the physical floor of our PDF stack.  Lays a plain
 * text out with pango into an A4 PDF through cairo — paragraphs at blank
 * lines, the default theme's font and width, a new page when one is full —
 * and nothing else: no Markdown, no model, no styles.  bench/pdf.sh times
 * `resume render --pdf` against it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

int
main(int argc, char **argv)
{
	FILE *fp;
	char *text, *p, *end;
	long n;
	cairo_surface_t *s;
	cairo_t *cr;
	PangoFontDescription *fd;
	double y = 46, w = 595.276 - 108;

	if (argc != 3 || (fp = fopen(argv[1], "rb")) == NULL) {
		fputs("usage: floor TEXT OUT.pdf\n", stderr);
		return 2;
	}
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	text = malloc((size_t)n + 1);
	if (fread(text, 1, (size_t)n, fp) != (size_t)n)
		return 1;
	text[n] = '\0';
	fclose(fp);
	s = cairo_pdf_surface_create(argv[2], 595.276, 841.89);
	cr = cairo_create(s);
	fd = pango_font_description_from_string("Lato 10.2");
	for (p = text; *p; p = end) {
		PangoLayout *l;
		int h;

		end = strstr(p, "\n\n");
		end = end ? end + 2 : p + strlen(p);
		l = pango_cairo_create_layout(cr);
		pango_cairo_context_set_resolution(
		    pango_layout_get_context(l), 72);
		pango_layout_context_changed(l);
		pango_layout_set_font_description(l, fd);
		pango_layout_set_width(l, (int)(w * PANGO_SCALE));
		pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
		pango_layout_set_text(l, p, (int)(end - p));
		pango_layout_get_size(l, NULL, &h);
		if (y + h / PANGO_SCALE > 841.89 - 46) {
			cairo_show_page(cr);
			y = 46;
		}
		cairo_move_to(cr, 54, y);
		pango_cairo_show_layout(cr, l);
		y += (double)h / PANGO_SCALE;
		g_object_unref(l);
	}
	pango_font_description_free(fd);
	cairo_destroy(cr);
	cairo_surface_finish(s);
	n = cairo_surface_status(s);
	cairo_surface_destroy(s);
	free(text);
	return n != CAIRO_STATUS_SUCCESS;
}
