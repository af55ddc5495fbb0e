/*
 * pngdiff GOLDEN.png NEW.png [MAX_PERCENT[ink]]: compares two page
 * pictures.  Fails (exit 1) when their sizes differ or when more than
 * MAX_PERCENT (default 0.5) of the pixels differ by more than 64 levels in
 * a channel: anti-aliasing noise passes, a moved line or a changed word
 * does not.  With "ink" after the number, the share is of the pixels
 * either picture inks rather than of the whole page; with "rows", of the
 * rows that have ink in either, a row counted when only one has ink;
 * with "sum", the difference of the two pictures' total ink (darkness
 * summed over the page) as a share of the larger: a glyph drawn in part
 * shows though two rasterizers' edges differ.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>

int
main(int argc, char **argv)
{
	cairo_surface_t *a, *b;
	double max = argc > 3 ? atof(argv[3]) : 0.5, pct;
	int of_ink = argc > 3 && strstr(argv[3], "ink") != NULL;
	long ink = 0;
	int w, h, sa, sb, x, y, c;
	long diff = 0;
	unsigned char *pa, *pb;

	if (argc < 3) {
		fputs("usage: pngdiff GOLDEN.png NEW.png [MAX_PERCENT]\n",
		    stderr);
		return 2;
	}
	a = cairo_image_surface_create_from_png(argv[1]);
	b = cairo_image_surface_create_from_png(argv[2]);
	if (cairo_surface_status(a) || cairo_surface_status(b)) {
		fprintf(stderr, "pngdiff: cannot read %s\n",
		    cairo_surface_status(a) ? argv[1] : argv[2]);
		return 2;
	}
	w = cairo_image_surface_get_width(a);
	h = cairo_image_surface_get_height(a);
	if (w != cairo_image_surface_get_width(b) ||
	    h != cairo_image_surface_get_height(b)) {
		printf("FAIL: size %dx%d, want %dx%d\n",
		    cairo_image_surface_get_width(b),
		    cairo_image_surface_get_height(b), w, h);
		return 1;
	}
	cairo_surface_flush(a);
	cairo_surface_flush(b);
	pa = cairo_image_surface_get_data(a);
	pb = cairo_image_surface_get_data(b);
	sa = cairo_image_surface_get_stride(a);
	sb = cairo_image_surface_get_stride(b);
	if (argc > 3 && strstr(argv[3], "sum")) {
		double ia = 0, ib = 0;

		for (y = 0; y < h; y++)
			for (x = 0; x < w; x++)
				for (c = 0; c < 3; c++) {
					ia += 255 - pa[y * sa + 4 * x + c];
					ib += 255 - pb[y * sb + 4 * x + c];
				}
		pct = 100.0 * fabs(ia - ib) / (ia > ib ? ia : ib > 0 ? ib : 1);
		printf("%s: the ink differs by %.3f%% (at most %.3f%%)\n",
		    argv[2], pct, max);
		return pct > max ? 1 : 0;
	}
	if (argc > 3 && strstr(argv[3], "rows")) {
		/* "2rows": which rows have ink, compared: glyphs drawn by
		 * two rasterizers differ pixel by pixel, but a line drawn or
		 * not drawn shows */
		long rows = 0, off = 0;

		for (y = 0; y < h; y++) {
			int ia = 0, ib = 0;

			for (x = 0; x < w; x++)
				for (c = 0; c < 3; c++) {
					ia |= pa[y * sa + 4 * x + c] < 160;
					ib |= pb[y * sb + 4 * x + c] < 160;
				}
			rows += ia || ib;
			off += ia != ib;
		}
		pct = 100.0 * (double)off / (double)(rows ? rows : 1);
		printf("%s: %.3f%% of inked rows differ (at most %.3f%%)\n",
		    argv[2], pct, max);
		return pct > max ? 1 : 0;
	}
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			int ia = 0, ib = 0;

			for (c = 0; c < 3; c++) {
				ia |= pa[y * sa + 4 * x + c] < 192;
				ib |= pb[y * sb + 4 * x + c] < 192;
			}
			ink += ia || ib;
			for (c = 0; c < 3; c++)
				if (abs(pa[y * sa + 4 * x + c] -
				        pb[y * sb + 4 * x + c]) > 64) {
					diff++;
					break;
				}
		}
	/* "3ink": a share of the pixels either picture inks, not of the
	 * page: a page that is mostly paper hides a lost paragraph */
	pct = 100.0 * (double)diff /
	    (of_ink ? (double)(ink ? ink : 1) : (double)w * h);
	printf("%s: %.3f%% of %s pixels differ (at most %.3f%%)\n", argv[2],
	    pct, of_ink ? "inked" : "the", max);
	cairo_surface_destroy(a);
	cairo_surface_destroy(b);
	return pct > max ? 1 : 0;
}
