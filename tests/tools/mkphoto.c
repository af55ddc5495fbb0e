/*
 * mkphoto OUT.jpg|OUT.png W H [ORIENTATION [cmyk]]: writes a test photo
 * whose upright picture (W x H) is red in its top-left quarter, blue in
 * its bottom-right one and grey elsewhere.  A JPEG with ORIENTATION 2..8
 * stores its pixels turned and says so in an EXIF APP1 segment, as a
 * phone does; "cmyk" stores them in CMYK.
 *
 * mkphoto --probe PAGE.png X Y: prints the colour at pixel (X, Y) of a
 * page image as "red", "blue", "grey", "white" or "other".
 *
 * mkphoto --quarters PAGE.png: finds the photo on a page image (the box
 * its red and blue pixels span) and prints its size in pixels, the colour
 * at the middle of each quarter (top left, top right, bottom left, bottom
 * right), at its top-left corner, and where it starts and ends down the
 * page: "64x64 red grey grey blue white 120 184".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cairo.h>
#include <jpeglib.h>

/* The stored pixel shown at (x, y) upright, as EXIF orientation o means
 * it (the mapping src/render/photo.c undoes). */
static void
stored_at(int o, int w, int h, int x, int y, int *sx, int *sy)
{
	/* w, h: the stored size */
	switch (o) {
	case 2:
		*sx = w - 1 - x;
		*sy = y;
		break;
	case 3:
		*sx = w - 1 - x;
		*sy = h - 1 - y;
		break;
	case 4:
		*sx = x;
		*sy = h - 1 - y;
		break;
	case 5:
		*sx = y;
		*sy = x;
		break;
	case 6:
		*sx = y;
		*sy = h - 1 - x;
		break;
	case 7:
		*sx = w - 1 - y;
		*sy = h - 1 - x;
		break;
	case 8:
		*sx = w - 1 - y;
		*sy = x;
		break;
	default:
		*sx = x;
		*sy = y;
		break;
	}
}

static void
colour(int w, int h, int x, int y, unsigned char *rgb)
{
	if (x < w / 2 && y < h / 2)
		rgb[0] = 220, rgb[1] = 30, rgb[2] = 30;
	else if (x >= w / 2 && y >= h / 2)
		rgb[0] = 30, rgb[1] = 30, rgb[2] = 220;
	else
		rgb[0] = rgb[1] = rgb[2] = 128;
}

/* An APP1 "Exif" segment holding only the orientation tag (IFD0, big
 * endian TIFF). */
static void
exif(j_compress_ptr c, int o)
{
	unsigned char d[] = {'E', 'x', 'i', 'f', 0, 0, 'M', 'M', 0, 42, 0, 0, 0,
	    8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (unsigned char)o, 0, 0, 0,
	    0, 0, 0};

	jpeg_write_marker(c, JPEG_APP0 + 1, d, sizeof(d));
}

/* The colour at (x, y) of s: "red", "blue", "grey", "white" or "other". */
static const char *
colour_at(cairo_surface_t *s, int x, int y)
{
	unsigned char *p = cairo_image_surface_get_data(s) +
	    y * cairo_image_surface_get_stride(s) + x * 4;
	int b = p[0], g = p[1], r = p[2]; /* native-endian ARGB, little end */

	if (r > 170 && g < 90 && b < 90)
		return "red";
	if (b > 170 && r < 90 && g < 90)
		return "blue";
	if (r > 240 && g > 240 && b > 240)
		return "white";
	if (abs(r - 128) < 30 && abs(g - 128) < 30 && abs(b - 128) < 30)
		return "grey";
	return "other";
}

static cairo_surface_t *
page(const char *file)
{
	cairo_surface_t *s = cairo_image_surface_create_from_png(file);

	if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS) {
		fprintf(stderr, "mkphoto: cannot read %s\n", file);
		exit(2);
	}
	cairo_surface_flush(s);
	return s;
}

static int
probe(const char *file, int x, int y)
{
	cairo_surface_t *s = page(file);

	if (x < 0 || y < 0 || x >= cairo_image_surface_get_width(s) ||
	    y >= cairo_image_surface_get_height(s)) {
		fprintf(stderr, "mkphoto: %d,%d is off %s\n", x, y, file);
		return 2;
	}
	puts(colour_at(s, x, y));
	cairo_surface_destroy(s);
	return 0;
}

static int
quarters(const char *file)
{
	cairo_surface_t *s = page(file);
	int w = cairo_image_surface_get_width(s);
	int h = cairo_image_surface_get_height(s);
	int x, y, x0 = w, y0 = h, x1 = -1, y1 = -1;

	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			const char *c = colour_at(s, x, y);

			if (strcmp(c, "red") != 0 && strcmp(c, "blue") != 0)
				continue;
			x0 = x < x0 ? x : x0, x1 = x > x1 ? x : x1;
			y0 = y < y0 ? y : y0, y1 = y > y1 ? y : y1;
		}
	if (x1 < 0) {
		puts("none");
		return 0;
	}
	printf("%dx%d %s %s %s %s %s %d %d\n", x1 - x0 + 1, y1 - y0 + 1,
	    colour_at(s, x0 + (x1 - x0) / 4, y0 + (y1 - y0) / 4),
	    colour_at(s, x1 - (x1 - x0) / 4, y0 + (y1 - y0) / 4),
	    colour_at(s, x0 + (x1 - x0) / 4, y1 - (y1 - y0) / 4),
	    colour_at(s, x1 - (x1 - x0) / 4, y1 - (y1 - y0) / 4),
	    colour_at(s, x0 + 1, y0 + 1), y0, y1 + 1);
	cairo_surface_destroy(s);
	return 0;
}

int
main(int argc, char **argv)
{
	int w, h, o, sw, sh, x, y, sx, sy, cmyk;
	unsigned char *px;
	const char *out;
	FILE *fp;

	if (argc == 5 && strcmp(argv[1], "--probe") == 0)
		return probe(argv[2], atoi(argv[3]), atoi(argv[4]));
	if (argc == 3 && strcmp(argv[1], "--quarters") == 0)
		return quarters(argv[2]);
	if (argc < 4) {
		fprintf(
		    stderr, "usage: mkphoto OUT W H [ORIENTATION [cmyk]]\n");
		return 2;
	}
	out = argv[1];
	w = atoi(argv[2]);
	h = atoi(argv[3]);
	o = argc > 4 ? atoi(argv[4]) : 1;
	cmyk = argc > 5 && strcmp(argv[5], "cmyk") == 0;
	sw = o >= 5 ? h : w;
	sh = o >= 5 ? w : h;
	px = malloc((size_t)sw * sh * 3);
	for (y = 0; y < h; y++)
		for (x = 0; x < w; x++) {
			unsigned char rgb[3];

			stored_at(o, sw, sh, x, y, &sx, &sy);
			colour(w, h, x, y, rgb);
			memcpy(px + ((size_t)sy * sw + sx) * 3, rgb, 3);
		}
	if (strlen(out) > 4 && strcmp(out + strlen(out) - 4, ".png") == 0) {
		cairo_surface_t *s = cairo_image_surface_create(
		    CAIRO_FORMAT_RGB24, sw, sh);
		unsigned char *d = cairo_image_surface_get_data(s);

		for (y = 0; y < sh; y++)
			for (x = 0; x < sw; x++) {
				unsigned char *q = px +
				    ((size_t)y * sw + x) * 3;
				unsigned char *e = d +
				    y * cairo_image_surface_get_stride(s) +
				    x * 4;

				e[0] = q[2], e[1] = q[1], e[2] = q[0],
				e[3] = 255;
			}
		cairo_surface_mark_dirty(s);
		o = cairo_surface_write_to_png(s, out) != CAIRO_STATUS_SUCCESS;
		cairo_surface_destroy(s);
		free(px);
		return o;
	}
	{
		struct jpeg_compress_struct c;
		struct jpeg_error_mgr e;
		unsigned char *row = malloc((size_t)sw * (cmyk ? 4 : 3));

		if ((fp = fopen(out, "wb")) == NULL) {
			perror(out);
			return 1;
		}
		c.err = jpeg_std_error(&e);
		jpeg_create_compress(&c);
		jpeg_stdio_dest(&c, fp);
		c.image_width = (JDIMENSION)sw;
		c.image_height = (JDIMENSION)sh;
		c.input_components = cmyk ? 4 : 3;
		c.in_color_space = cmyk ? JCS_CMYK : JCS_RGB;
		jpeg_set_defaults(&c);
		jpeg_set_quality(&c, 92, TRUE);
		jpeg_start_compress(&c, TRUE);
		if (o != 1)
			exif(&c, o);
		for (y = 0; y < sh; y++) {
			JSAMPROW rp = row;

			for (x = 0; x < sw; x++) {
				unsigned char *q = px +
				    ((size_t)y * sw + x) * 3;

				if (cmyk) {
					/* Adobe's inverted CMYK, no black */
					memcpy(row + x * 4, q, 3);
					row[x * 4 + 3] = 255;
				} else
					memcpy(row + x * 3, q, 3);
			}
			jpeg_write_scanlines(&c, &rp, 1);
		}
		jpeg_finish_compress(&c);
		jpeg_destroy_compress(&c);
		fclose(fp);
		free(row);
	}
	free(px);
	return 0;
}
