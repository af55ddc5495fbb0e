/*
 * The photo (basics.image): a JPEG or PNG file named relative to the
 * input, read only inside the input's directory, checked by the image
 * libraries themselves, and made small enough to carry.  A module of its
 * own (resume-photo.so, with libjpeg, libpng and libexif), loaded only
 * when a page has a photo to draw.
 *
 * What a page carries is the file's own bytes when they are small (a
 * JPEG goes into the PDF as it is, DCT-coded), or else a JPEG made from
 * them, at most BIG_SIDE pixels a side and upright.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdint.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jpeglib.h>
#include <libexif/exif-data.h>
#include <png.h>

#include "core/link.h"
#include "core/xmalloc.h"
#include "render.h"
#include "resume/resume.h"

RENDER_MODULE_VERSION;

/* A file larger than this is no photo of a résumé. */
#define MAX_FILE (16u << 20)
/* Nor is an image of more pixels: a JPEG is decoded at an eighth of
 * its size at need, a PNG whole (16 million pixels are 64 MiB). */
#define MAX_JPEG_PIXELS (50ull * 1000 * 1000)
#define MAX_PNG_PIXELS  (16ull * 1000 * 1000)
/* Carried as it is up to this size and side; else made smaller. */
#define KEEP_FILE (512u << 10)
#define KEEP_SIDE 1024u
#define BIG_SIDE  800u

static const unsigned char jpeg_sig[] = {0xff, 0xd8, 0xff};
static const unsigned char png_sig[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

/* --- libjpeg, with errors that return instead of exiting --- */

struct jerr {
	struct jpeg_error_mgr mgr;
	jmp_buf jb;
	char msg[JMSG_LENGTH_MAX];
};

static void
jerr_exit(j_common_ptr c)
{
	struct jerr *e = (struct jerr *)c->err;

	c->err->format_message(c, e->msg);
	longjmp(e->jb, 1);
}

/* A warning (level -1) is about damaged data (a file cut short, bytes
 * out of place): refused as an error is, not drawn half grey; trace
 * messages (0 and up) are nothing. */
static void
jerr_warn(j_common_ptr c, int level)
{
	if (level < 0)
		jerr_exit(c);
}

/* The EXIF orientation (1..8) of an APP1 marker, 1 when it has none. */
static unsigned int
exif_orientation(jpeg_saved_marker_ptr m)
{
	unsigned int o = 1;

	for (; m; m = m->next) {
		ExifData *ed;
		ExifEntry *en;

		if (m->marker != JPEG_APP0 + 1 || m->data_length < 6 ||
		    memcmp(m->data, "Exif\0\0", 6) != 0)
			continue;
		ed = exif_data_new_from_data(m->data, m->data_length);
		if (ed == NULL)
			continue;
		en = exif_data_get_entry(ed, EXIF_TAG_ORIENTATION);
		if (en && en->format == EXIF_FORMAT_SHORT && en->components) {
			o = exif_get_short(
			    en->data, exif_data_get_byte_order(ed));
			if (o < 1 || o > 8)
				o = 1;
		}
		exif_data_unref(ed);
		break;
	}
	return o;
}

/* An image decoded to 8-bit RGBA rows, not premultiplied. */
struct rgba {
	unsigned char *px;
	unsigned int w, h;
};

/* Decodes a JPEG: the header only (px NULL: sets size, orientation and
 * whether PDF can carry it as it is), or the pixels, at 1/2, 1/4 or 1/8
 * the size when the shorter side stays at least min (0: full size).
 * Returns NULL, or the decoder's complaint. */
static const char *
jpeg_read(const struct render_photo *p, unsigned int min, struct rgba *out,
    struct render_photo *info)
{
	struct jpeg_decompress_struct c;
	struct jerr e;
	unsigned char *volatile px = NULL;
	unsigned int denom;
	bool cmyk;

	memset(&c, 0, sizeof(c));
	c.err = jpeg_std_error(&e.mgr);
	e.mgr.error_exit = jerr_exit;
	e.mgr.emit_message = jerr_warn;
	if (setjmp(e.jb)) {
		jpeg_destroy_decompress(&c);
		free(px);
		if (info == NULL)
			return "the JPEG is damaged";
		snprintf(info->why, sizeof(info->why), "%s", e.msg);
		return info->why;
	}
	jpeg_create_decompress(&c);
	jpeg_mem_src(&c, p->data, (unsigned long)p->len);
	if (info)
		jpeg_save_markers(&c, JPEG_APP0 + 1, 0xffff);
	jpeg_read_header(&c, TRUE);
	if (info) {
		info->width = c.image_width;
		info->height = c.image_height;
		info->orientation = exif_orientation(c.marker_list);
		/* CMYK (often stored inverted) and arithmetic coding are
		 * what PDF readers draw wrongly or not at all */
		info->pdf_as_is = (c.jpeg_color_space == JCS_GRAYSCALE ||
		                      c.jpeg_color_space == JCS_YCbCr ||
		                      c.jpeg_color_space == JCS_RGB) &&
		    !c.arith_code;
		jpeg_destroy_decompress(&c);
		return NULL;
	}
	for (denom = 8; denom > 1; denom /= 2)
		if (min && c.image_width / denom >= min &&
		    c.image_height / denom >= min)
			break;
	c.scale_num = 1;
	c.scale_denom = min ? denom : 1;
	cmyk = c.jpeg_color_space == JCS_CMYK || c.jpeg_color_space == JCS_YCCK;
	/* libjpeg turns no CMYK into RGB: a print file's, Adobe's inverted
	 * CMYK, as most are */
	c.out_color_space = cmyk ? JCS_CMYK : JCS_EXT_RGBA;
	jpeg_start_decompress(&c);
	px = xmalloc((size_t)c.output_width * c.output_height * 4);
	while (c.output_scanline < c.output_height) {
		JSAMPROW row = px +
		    (size_t)c.output_scanline * c.output_width * 4;
		unsigned int x;

		jpeg_read_scanlines(&c, &row, 1);
		for (x = 0; cmyk && x < c.output_width; x++) {
			unsigned char *q = row + x * 4;
			unsigned int k = c.saw_Adobe_marker ? q[3]
			                                    : 255u - q[3];

			if (!c.saw_Adobe_marker)
				q[0] = (unsigned char)(255 - q[0]),
				q[1] = (unsigned char)(255 - q[1]),
				q[2] = (unsigned char)(255 - q[2]);
			q[0] = (unsigned char)(q[0] * k / 255);
			q[1] = (unsigned char)(q[1] * k / 255);
			q[2] = (unsigned char)(q[2] * k / 255);
			q[3] = 255;
		}
	}
	out->w = c.output_width;
	out->h = c.output_height;
	jpeg_finish_decompress(&c);
	jpeg_destroy_decompress(&c);
	out->px = px;
	return NULL;
}

/* Decodes a PNG with libpng's simplified reader: the size only (px NULL),
 * or RGBA pixels. */
static const char *
png_read(
    const struct render_photo *p, struct rgba *out, struct render_photo *info)
{
	png_image im;

	memset(&im, 0, sizeof(im));
	im.version = PNG_IMAGE_VERSION;
	if (!png_image_begin_read_from_memory(&im, p->data, p->len))
		return "the PNG is damaged";
	if (info) {
		info->width = im.width;
		info->height = im.height;
		info->orientation = 1;
		png_image_free(&im);
		return NULL;
	}
	im.format = PNG_FORMAT_RGBA;
	out->w = im.width;
	out->h = im.height;
	out->px = xmalloc(PNG_IMAGE_SIZE(im));
	if (!png_image_finish_read(&im, NULL, out->px, 0, NULL)) {
		free(out->px);
		out->px = NULL;
		png_image_free(&im);
		return "the PNG is damaged";
	}
	return NULL;
}

static const char *
decode(const struct render_photo *p, unsigned int min, struct rgba *out)
{
	memset(out, 0, sizeof(*out));
	return p->png ? png_read(p, out, NULL) : jpeg_read(p, min, out, NULL);
}

/* Turns in upright (EXIF orientation o: 2 mirrored, 3 half a turn, 4
 * flipped, 5 mirrored and a quarter turn left, 6 a quarter turn right,
 * 7, 8 a quarter turn left), on the white of the page where it is
 * transparent, scaled by area to fit side x side. */
static struct rgba
upright(const struct rgba *in, unsigned int o, unsigned int side)
{
	bool turn = o >= 5;
	unsigned int w = turn ? in->h : in->w, h = turn ? in->w : in->h;
	unsigned int tw = w, th = h, x, y;
	struct rgba r;
	unsigned int *col;
	uint64_t *acc;

	if (tw > side || th > side) {
		if (tw >= th) {
			th = (unsigned int)((double)th * side / tw + 0.5);
			tw = side;
		} else {
			tw = (unsigned int)((double)tw * side / th + 0.5);
			th = side;
		}
		if (tw == 0)
			tw = 1;
		if (th == 0)
			th = 1;
	}
	/* which column of the result each pixel falls in */
	col = xmalloc((size_t)w * sizeof(*col));
	for (x = 0; x < w; x++)
		col[x] = (unsigned int)((unsigned long long)x * tw / w);
	/* one row of the result summed at a time: rows fall in order */
	acc = xcalloc((size_t)tw * 4, sizeof(*acc));
	r.w = tw;
	r.h = th;
	r.px = xmalloc((size_t)tw * th * 4);
	for (y = 0; y < h; y++) {
		unsigned int ry = (unsigned int)((unsigned long long)y * th /
		    h);
		/* the last source row of this result row */
		bool last = y + 1 == h ||
		    (unsigned int)((unsigned long long)(y + 1) * th / h) != ry;

		for (x = 0; x < w; x++) {
			/* the source pixel shown at (x, y) upright */
			unsigned int sx, sy, a;
			const unsigned char *s;
			uint64_t *d = acc + (size_t)col[x] * 4;

			switch (o) {
			case 2:
				sx = in->w - 1 - x;
				sy = y;
				break;
			case 3:
				sx = in->w - 1 - x;
				sy = in->h - 1 - y;
				break;
			case 4:
				sx = x;
				sy = in->h - 1 - y;
				break;
			case 5:
				sx = y;
				sy = x;
				break;
			case 6:
				sx = y;
				sy = in->h - 1 - x;
				break;
			case 7:
				sx = in->w - 1 - y;
				sy = in->h - 1 - x;
				break;
			case 8:
				sx = in->w - 1 - y;
				sy = x;
				break;
			default:
				sx = x;
				sy = y;
				break;
			}
			s = in->px + ((size_t)sy * in->w + sx) * 4;
			/* over white, in 255ths */
			a = s[3];
			d[0] += s[0] * a + 255u * (255u - a);
			d[1] += s[1] * a + 255u * (255u - a);
			d[2] += s[2] * a + 255u * (255u - a);
			d[3] += 1;
		}
		if (!last)
			continue;
		for (x = 0; x < tw; x++) {
			uint64_t *sum = acc + (size_t)x * 4;
			uint64_t n = (sum[3] ? sum[3] : 1) * 255;
			unsigned char *q = r.px + ((size_t)ry * tw + x) * 4;

			q[0] = (unsigned char)((sum[0] + n / 2) / n);
			q[1] = (unsigned char)((sum[1] + n / 2) / n);
			q[2] = (unsigned char)((sum[2] + n / 2) / n);
			q[3] = 255;
		}
		memset(acc, 0, (size_t)tw * 4 * sizeof(*acc));
	}
	free(col);
	free(acc);
	return r;
}

/* Writes im as a JPEG into p (quality 90), replacing p's bytes. */
static const char *
jpeg_write(struct render_photo *p, const struct rgba *im)
{
	struct jpeg_compress_struct c;
	struct jerr e;
	/* libjpeg's buffer, which it grows; in memory, whatever longjmp
	 * leaves in registers */
	struct {
		unsigned char *m;
		unsigned long size;
	} dst = {NULL, 0};
	unsigned int y;

	memset(&c, 0, sizeof(c));
	c.err = jpeg_std_error(&e.mgr);
	e.mgr.error_exit = jerr_exit;
	if (setjmp(e.jb)) {
		jpeg_destroy_compress(&c);
		free(dst.m);
		return "the photo cannot be made smaller";
	}
	jpeg_create_compress(&c);
	jpeg_mem_dest(&c, &dst.m, &dst.size);
	c.image_width = im->w;
	c.image_height = im->h;
	c.input_components = 4;
	c.in_color_space = JCS_EXT_RGBA;
	jpeg_set_defaults(&c);
	jpeg_set_quality(&c, 90, TRUE);
	jpeg_start_compress(&c, TRUE);
	for (y = 0; y < im->h; y++) {
		JSAMPROW row = im->px + (size_t)y * im->w * 4;

		jpeg_write_scanlines(&c, &row, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	free(p->data);
	p->data = dst.m;
	p->len = dst.size;
	p->png = false;
	p->width = im->w;
	p->height = im->h;
	p->orientation = 1;
	p->pdf_as_is = true;
	return NULL;
}

/* --- reading the file --- */

/* Reads path inside dir (both resolved, so that no link leads out) into
 * p->data; returns NULL or why not. */
static const char *
read_inside(const char *dir, const char *path, struct render_photo *p)
{
	char base[PATH_MAX], full[PATH_MAX];
	struct resume_buf j = {0};
	struct stat st;
	size_t n = 0;
	ssize_t k;
	int fd;

	if (realpath(dir, base) == NULL)
		return strerror(errno);
	resume_buf_printf(&j, "%s/%s", base, path);
	if (realpath(resume_buf_str(&j), full) == NULL) {
		resume_buf_free(&j);
		return strerror(errno);
	}
	resume_buf_free(&j);
	n = strlen(base);
	if (strncmp(full, base, n) != 0 || (full[n] != '/' && n > 1))
		return "it lies outside the résumé's directory";
	/* no link swapped in since, no FIFO to wait on, no device */
	fd = open(full, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return strerror(errno);
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return "it is no regular file";
	}
	if ((unsigned long long)st.st_size > MAX_FILE) {
		close(fd);
		return "it is larger than 16 MiB";
	}
	p->data = xmalloc((size_t)st.st_size + 1);
	for (n = 0; n < (size_t)st.st_size; n += (size_t)k) {
		k = read(fd, p->data + n, (size_t)st.st_size - n);
		if (k < 0 && errno == EINTR) {
			k = 0;
			continue;
		}
		if (k <= 0)
			break;
	}
	close(fd);
	p->len = n;
	if (n != (size_t)st.st_size)
		return "it could not be read whole";
	return NULL;
}

int
resume_photo_read(const struct resume *r, const struct resume_opts *o,
    struct render_photo *p, struct resume_diag *diag)
{
	const struct resume_basics *bs = &r->basics;
	const char *why = NULL;

	memset(p, 0, sizeof(*p));
	if (bs->image == NULL || o->photo_dir == NULL ||
	    !link_is_local_image(bs->image))
		return 0; /* none, one on the web (never fetched), or no
		           * directory to read it in */
	why = read_inside(o->photo_dir, bs->image, p);
	if (why == NULL) {
		if (p->len >= sizeof(png_sig) &&
		    memcmp(p->data, png_sig, sizeof(png_sig)) == 0)
			p->png = true;
		else if (p->len < sizeof(jpeg_sig) ||
		    memcmp(p->data, jpeg_sig, sizeof(jpeg_sig)) != 0)
			why = "it is neither a JPEG nor a PNG file";
	}
	if (why == NULL)
		why = p->png ? png_read(p, NULL, p) : jpeg_read(p, 0, NULL, p);
	if (why == NULL &&
	    (p->width == 0 || p->height == 0 ||
	        (unsigned long long)p->width * p->height >
	            (p->png ? MAX_PNG_PIXELS : MAX_JPEG_PIXELS)))
		why = p->png ? "it has more than 16 million pixels"
		             : "it has more than 50 million pixels";
	/* too big to carry, or a kind the PDF cannot take as it is: a
	 * smaller upright JPEG */
	if (why == NULL &&
	    (p->len > KEEP_FILE || p->width > KEEP_SIDE ||
	        p->height > KEEP_SIDE || (!p->png && !p->pdf_as_is))) {
		struct rgba im, up;

		/* at the eighth that keeps the longer side at least
		 * BIG_SIDE: the shorter at least its part of it */
		unsigned int lo = p->width < p->height ? p->width : p->height,
		             hi = p->width < p->height ? p->height : p->width;

		why = decode(p,
		    (unsigned int)((unsigned long long)BIG_SIDE * lo / hi),
		    &im);
		if (why == NULL) {
			up = upright(&im, p->orientation, BIG_SIDE);
			free(im.px);
			why = jpeg_write(p, &up);
			free(up.px);
		}
	} else if (why == NULL) {
		/* carried as it is: it must decode whole (a JPEG at an
		 * eighth of its size, which still reads every byte) */
		struct rgba im;

		why = decode(p, 1, &im);
		free(im.px);
	}
	if (why) {
		if (bs->image_pos.pointer)
			resume_diag_add_pointer(diag, RESUME_WARNING, r->file,
			    bs->image_pos.pointer,
			    "the photo '%s' is left out: %s", bs->image, why);
		else
			resume_diag_add(diag, RESUME_WARNING, r->file,
			    bs->image_pos.line, bs->image_pos.col,
			    "the photo '%s' is left out: %s", bs->image, why);
		resume_photo_free(p);
		return 0;
	}
	return 1;
}

int
resume_photo_pixels(const struct render_photo *p, unsigned int min,
    uint32_t **px, unsigned int *w, unsigned int *h)
{
	struct rgba im;
	size_t i;

	if (decode(p, min, &im) != NULL)
		return -1;
	/* cairo's ARGB32: native-endian words, premultiplied alpha */
	*px = xmalloc((size_t)im.w * im.h * sizeof(**px));
	for (i = 0; i < (size_t)im.w * im.h; i++) {
		const unsigned char *s = im.px + i * 4;
		uint32_t a = s[3];

		(*px)[i] = a << 24 | (uint32_t)(s[0] * a / 255) << 16 |
		    (uint32_t)(s[1] * a / 255) << 8 |
		    (uint32_t)(s[2] * a / 255);
	}
	*w = im.w;
	*h = im.h;
	free(im.px);
	return 0;
}

void
resume_photo_free(struct render_photo *p)
{
	free(p->data);
	memset(p, 0, sizeof(*p));
}
