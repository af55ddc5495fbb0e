/*
 * pngdiff GOLDEN.png NEW.png [MAX_PERCENT]: compares two page pictures.
 * Fails (exit 1) when their sizes differ or when more than MAX_PERCENT
 * (default 0.5) of the pixels differ by more than 64 levels in a channel:
 * anti-aliasing noise passes, a moved line or a changed word does not.
 */
#include <stdio.h>
#include <stdlib.h>

#include <cairo.h>

int
main(int argc, char **argv)
{
	cairo_surface_t *a, *b;
	double max = argc > 3 ? atof(argv[3]) : 0.5, pct;
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
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++)
			for (c = 0; c < 3; c++)
				if (abs(pa[y * sa + 4 * x + c] -
				        pb[y * sb + 4 * x + c]) > 64) {
					diff++;
					break;
				}
	pct = 100.0 * (double)diff / ((double)w * h);
	printf("%s: %.3f%% of pixels differ (at most %.3f%%)\n", argv[2], pct,
	    max);
	cairo_surface_destroy(a);
	cairo_surface_destroy(b);
	return pct > max ? 1 : 0;
}
