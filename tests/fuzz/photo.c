/* libFuzzer target: one input as the file a résumé names for its photo,
 * through the photo module: the checks, the EXIF orientation, CMYK, a
 * large one made smaller and upright (written again as a JPEG), and the
 * decoding to the pixels the page images draw.  Besides what the
 * sanitizers catch, it aborts when
 *   - a photo is refused without a warning that says why;
 *   - an accepted photo is no JPEG or PNG by its first bytes, has a side
 *     of 0 or over 1024 pixels (what is larger is made smaller), or an
 *     orientation outside EXIF's 1..8;
 *   - an accepted photo then fails to decode, whole or at an eighth, or
 *     decodes to other sides than it declared.
 * The input is written to a file in a directory of its own, since the
 * module reads nothing but files inside the résumé's directory. */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "render/render.h"
#include "resume/backend.h"
#include "resume/resume.h"

size_t fuzz_pdf_max; /* the replay's knob for the other targets */

static const char cv[] = "---\nimage: me.jpg\n---\n# Pat Doe\n\n"
                         "## Experience\n\n### Engineer, Acme\n";

static void
put(const char *path, const uint8_t *data, size_t size)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);

	if (fd < 0 || (size && write(fd, data, size) != (ssize_t)size))
		abort();
	close(fd);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static char dir[] = "/tmp/resume-fuzz-photo-XXXXXX";
	static char path[sizeof(dir) + 8];
	struct resume_diag d = {0};
	struct resume_opts o = {0};
	struct render_photo p;
	struct resume *r;
	uint32_t *px;
	unsigned int w, h;

	if (size > (1u << 20))
		return 0;
	if (path[0] == '\0') {
		if (mkdtemp(dir) == NULL)
			abort();
		snprintf(path, sizeof(path), "%s/me.jpg", dir);
	}
	put(path, data, size);
	r = resume_load_markdown(cv, sizeof(cv) - 1, "cv.md", &d);
	if (r == NULL)
		abort();
	o.photo_dir = dir;
	if (resume_photo_read(r, &o, &p, &d) == 1) {
		static const unsigned char jpeg[] = {0xff, 0xd8, 0xff},
		                           png[] = {0x89, 'P', 'N', 'G'};

		if (d.n != 0 || p.len < 8 ||
		    memcmp(p.data, p.png ? png : jpeg,
		        p.png ? sizeof(png) : sizeof(jpeg)) != 0 ||
		    p.width == 0 || p.height == 0 || p.width > 1024 ||
		    p.height > 1024 || p.orientation < 1 || p.orientation > 8)
			abort();
		if (resume_photo_pixels(&p, 0, &px, &w, &h) != 0 ||
		    w != p.width || h != p.height)
			abort();
		free(px);
		if (resume_photo_pixels(&p, 16, &px, &w, &h) != 0)
			abort();
		free(px);
		resume_photo_free(&p);
	} else if (d.n == 0)
		abort(); /* refused in silence */
	resume_free(r);
	resume_diag_free(&d);
	return 0;
}
