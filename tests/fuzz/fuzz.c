/* libFuzzer target: one input through a loader (Markdown, or JSON Resume
 * when built with FUZZ_JSON) and on through every backend.  Besides what
 * the sanitizers catch, it aborts when
 *   - a loader fails without saying why, or says why and still returns;
 *   - an HTML page has a '<' that does not open one of the tags the HTML
 *     backend writes, or its JSON-LD holds a '<' at all: a '<' from the
 *     input must always come out as "&lt;" (or "\u003c" in the JSON-LD);
 *   - a backend fails, or writes nothing for a résumé that is not empty
 *     (only JSON Resume's valid "{}" loads empty).
 * Inputs over 64 KiB are passed over: size is covered by the CLI tests,
 * and small inputs keep the fuzzer fast. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "resume/backend.h"
#include "resume/resume.h"

extern const struct resume_backend resume_backend_txt, resume_backend_html,
    resume_backend_json, resume_backend_md, resume_backend_pdf;

static const char *const tags[] = {"html", "head", "body", "meta", "title",
    "style", "script", "header", "main", "section", "article", "h1", "h2", "h3",
    "h4", "h5", "h6", "p", "ul", "ol", "li", "a", "em", "strong", "s", "code",
    "pre", "blockquote", "br", "hr", "span", "time", "table", "thead", "tbody",
    "tr", "th", "td", "div", "small", NULL};

static bool
known_tag(const char *s, size_t n)
{
	size_t i, k;

	if (n >= 9 && memcmp(s, "<!DOCTYPE", 9) == 0)
		return true;
	i = 1 + (n > 1 && s[1] == '/');
	for (k = 0; tags[k]; k++) {
		size_t l = strlen(tags[k]);

		if (n >= i + l + 1 && memcmp(s + i, tags[k], l) == 0 &&
		    (s[i + l] == '>' || s[i + l] == ' '))
			return true;
	}
	return false;
}

static void
check_html(const char *s, size_t n)
{
	const char *ld = strstr(s, "<script type=\"application/ld+json\">");
	const char *ld_end = ld ? strstr(ld, "</script>") : NULL;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] != '<')
			continue;
		if (ld && s + i > ld && s + i < ld_end) {
			fprintf(stderr, "'<' inside the JSON-LD at %zu\n", i);
			abort();
		}
		if (!known_tag(s + i, n - i)) {
			fprintf(stderr, "unescaped '<' at byte %zu: %.40s\n", i,
			    s + i);
			abort();
		}
	}
}

static void
render(const struct resume_backend *be, const struct resume *r)
{
	struct resume_opts o;
	struct resume_diag d = {0};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc;

	resume_opts_init(&o);
	rc = be->render(r, &o, f, &d);
	fclose(f);
	if (rc != 0 || (len == 0 && !resume_is_empty(r))) {
		fprintf(stderr, "%s backend: status %d, %zu bytes\n", be->name,
		    rc, len);
		resume_diag_print(&d, stderr);
		abort();
	}
	if (be == &resume_backend_html)
		check_html(buf, len);
	free(buf);
	resume_diag_free(&d);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct resume_diag d = {0};
	struct resume *r;

	if (size > 65536)
		return -1;
#ifdef FUZZ_JSON
	r = resume_load_json((const char *)data, size, "fuzz.json", &d);
#else
	r = resume_load_markdown((const char *)data, size, "fuzz.md", &d);
#endif
	if ((r == NULL) != (d.nerrors > 0)) {
		fprintf(stderr, "loader: %s with %zu errors\n",
		    r ? "a résumé" : "nothing", d.nerrors);
		abort();
	}
	if (r) {
		render(&resume_backend_txt, r);
		render(&resume_backend_html, r);
		render(&resume_backend_json, r);
		render(&resume_backend_md, r);
		render(&resume_backend_pdf, r);
		resume_free(r);
	}
	resume_diag_free(&d);
	return 0;
}
