/*
 * The HTML page's fonts, carried in the page: each face the stylesheet
 * names is found with fontconfig, subset with harfbuzz to the characters
 * the page shows, and written as an @font-face rule with a data: URI, so
 * that the page looks the same on a machine without the theme's fonts and
 * still makes no request.  A module of its own (resume-fonts.so), loaded
 * only for an HTML page, so that text output never loads fontconfig.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <fontconfig/fontconfig.h>
#include <hb-subset.h>
#include <hb.h>

#include "core/utf8.h"
#include "core/xmalloc.h"
#include "render.h"
#include "resume/buf.h"
#include "resume/resume.h"

RENDER_MODULE_VERSION;

/* A face the page is drawn in; the same file is embedded once. */
struct face {
	char *file;
	int index;
	int weight; /* CSS: 100..900 */
	bool italic;
};

/* The code points of what the page shows: its text outside tags, with the
 * entities the HTML backend writes, and printable ASCII always (numbers,
 * separators, what a CSS rule may add). */
static hb_set_t *
page_chars(const char *page, size_t len)
{
	hb_set_t *s = hb_set_create();
	const char *body = strstr(page, "<body");
	size_t i = body ? (size_t)(body - page) : 0, n;
	uint32_t cp;
	bool tag = false;

	hb_set_add_range(s, 0x20, 0x7e);
	hb_set_add(s, 0xa0);
	while (i < len) {
		n = utf8_decode(page + i, len - i, &cp);
		if (cp == '<')
			tag = true;
		else if (cp == '>')
			tag = false;
		else if (!tag && cp >= 0x80)
			hb_set_add(s, cp);
		i += n ? n : 1;
	}
	return s;
}

/* The code points of a plain string. */
static hb_set_t *
text_chars(const char *t)
{
	hb_set_t *s = hb_set_create();
	size_t i = 0, n, len = strlen(t);
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(t + i, len - i, &cp);
		if (cp >= 0x20)
			hb_set_add(s, cp);
		i += n ? n : 1;
	}
	return s;
}

/* The file fontconfig has for family at weight and slant; NULL when the
 * family is not installed (it would give another family). */
static char *
find_face(FcConfig *fc, const char *family, int weight, bool italic, int *index)
{
	FcPattern *p = FcPatternCreate(), *m;
	FcResult res;
	FcChar8 *file = NULL, *got = NULL;
	char *out = NULL;
	int slant = FC_SLANT_ROMAN;

	FcPatternAddString(p, FC_FAMILY, (const FcChar8 *)family);
	FcPatternAddInteger(p, FC_WEIGHT, FcWeightFromOpenType(weight));
	FcPatternAddInteger(
	    p, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
	FcConfigSubstitute(fc, p, FcMatchPattern);
	FcDefaultSubstitute(p);
	m = FcFontMatch(fc, p, &res);
	/* a family without italics is drawn upright: the regular face,
	 * embedded once, serves */
	if (m)
		FcPatternGetInteger(m, FC_SLANT, 0, &slant);
	if (m && (slant != FC_SLANT_ROMAN) == italic &&
	    FcPatternGetString(m, FC_FAMILY, 0, &got) == FcResultMatch &&
	    strcasecmp((const char *)got, family) == 0 &&
	    FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch &&
	    FcPatternGetInteger(m, FC_INDEX, 0, index) == FcResultMatch)
		out = strdup((const char *)file);
	if (m)
		FcPatternDestroy(m);
	FcPatternDestroy(p);
	return out;
}

/* One @font-face: the face subset to the characters of want it has, and
 * takes those out of want for the faces after it in the stack.  Writes
 * nothing when the face has none of them.  Returns the characters the
 * face has (for the caller to free), or NULL when it cannot be read. */
static hb_set_t *
embed(struct resume_buf *css, const char *family, const struct face *f,
    hb_set_t *want)
{
	hb_blob_t *blob = hb_blob_create_from_file_or_fail(f->file);
	hb_face_t *face, *sub;
	hb_set_t *has, *take;
	hb_subset_input_t *in;
	hb_blob_t *out;
	const char *data;
	unsigned int len;

	if (blob == NULL)
		return NULL;
	face = hb_face_create(blob, (unsigned int)f->index);
	hb_blob_destroy(blob);
	has = hb_set_create();
	hb_face_collect_unicodes(face, has);
	take = hb_set_copy(want);
	hb_set_intersect(take, has);
	if (hb_set_is_empty(take) ||
	    (in = hb_subset_input_create_or_fail()) == NULL) {
		hb_set_destroy(take);
		hb_face_destroy(face);
		return has;
	}
	hb_set_union(hb_subset_input_unicode_set(in), take);
	{
		/* the features a browser applies by default (and Arabic
		 * joining); alternates, small caps and figure styles the page
		 * never asks for stay out, with the glyphs they reach */
		static const char *const keep[] = {"kern", "liga", "clig",
		    "calt", "ccmp", "locl", "mark", "mkmk", "rlig", "rclt",
		    "init", "medi", "fina", "isol", "vert", "dist", "abvm",
		    "blwm"};
		hb_set_t *feat = hb_subset_input_set(
		    in, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG);
		size_t k;

		hb_set_clear(feat);
		for (k = 0; k < sizeof(keep) / sizeof(*keep); k++)
			hb_set_add(feat, hb_tag_from_string(keep[k], 4));
	}
	/* a screen does without the hints */
	hb_subset_input_set_flags(in, HB_SUBSET_FLAGS_NO_HINTING);
	sub = hb_subset_or_fail(face, in);
	hb_subset_input_destroy(in);
	if (sub) {
		out = hb_face_reference_blob(sub);
		data = hb_blob_get_data(out, &len);
		if (len) {
			bool cff = len >= 4 && memcmp(data, "OTTO", 4) == 0;

			resume_buf_puts(css, "@font-face{font-family:");
			render_css_string(css, family, strlen(family));
			resume_buf_printf(css,
			    ";font-weight:%d;font-style:%s;font-display:swap;"
			    "src:url(data:font/%s;base64,",
			    f->weight, f->italic ? "italic" : "normal",
			    cff ? "otf" : "ttf");
			render_base64(css, (const unsigned char *)data, len);
			resume_buf_printf(css, ") format(\"%s\")}\n",
			    cff ? "opentype" : "truetype");
		}
		hb_blob_destroy(out);
		hb_face_destroy(sub);
	}
	/* what this face draws, the next need not */
	hb_set_subtract(want, take);
	hb_set_destroy(take);
	hb_face_destroy(face);
	return has;
}

/* fontconfig's configuration, read once a process (a batch renders many
 * pages, on several threads; fontconfig's queries may share it) */
static FcConfig *config;
static pthread_once_t config_once = PTHREAD_ONCE_INIT;

static void
config_init(void)
{
	config = FcInitLoadConfigAndFonts();
}

int
resume_html_fonts(struct resume_buf *css, const char *page, size_t len,
    const struct render_face *faces, size_t n)
{
	FcConfig *fc;
	hb_set_t *chars;
	size_t i, j, ncarried = 0;
	/* a file stands for the nearest weights a stack asks for: carried
	 * once, with the characters it has */
	struct carried {
		char *file;
		hb_set_t *has;
	} *carried = NULL;

	pthread_once(&config_once, config_init);
	if ((fc = config) == NULL)
		return -1;
	chars = page_chars(page, len);
	for (i = 0; i < n; i++) {
		/* each family of the stack takes what the ones before it
		 * lack */
		const char *p = faces[i].families;
		hb_set_t *want = faces[i].text ? text_chars(faces[i].text)
		                               : hb_set_copy(chars);
		const char *fp;
		size_t m;

		while (!hb_set_is_empty(want) &&
		    (fp = render_next_family(&p, &m)) != NULL) {
			char fam[128];
			struct face f = {0};

			if (m == 0 || m >= sizeof(fam))
				continue;
			snprintf(fam, sizeof(fam), "%.*s", (int)m, fp);
			f.weight = faces[i].weight;
			f.italic = faces[i].italic;
			f.file = find_face(
			    fc, fam, f.weight, f.italic, &f.index);
			if (f.file == NULL)
				continue;
			for (j = 0; j < ncarried; j++)
				if (strcmp(carried[j].file, f.file) == 0)
					break;
			if (j < ncarried) {
				/* carried before: what it has, it draws */
				if (carried[j].has)
					hb_set_subtract(want, carried[j].has);
				free(f.file);
				continue;
			}
			carried = xrealloc(
			    carried, (ncarried + 1) * sizeof(*carried));
			carried[ncarried].file = f.file;
			carried[ncarried++].has = embed(css, fam, &f, want);
		}
		hb_set_destroy(want);
	}
	hb_set_destroy(chars);
	for (j = 0; j < ncarried; j++) {
		free(carried[j].file);
		hb_set_destroy(carried[j].has);
	}
	free(carried);
	return 0;
}
