/* libFuzzer target: one input through a loader (Markdown, or JSON Resume
 * when built with FUZZ_JSON) and on through every backend.  Besides what
 * the sanitizers catch, it aborts when
 *   - a loader fails without saying why, or says why and still returns;
 *   - an HTML page has a '<' that does not open one of the tags the HTML
 *     backend writes, or its JSON-LD holds a '<' at all: a '<' from the
 *     input must always come out as "&lt;" (or "\u003c" in the JSON-LD);
 *   - a backend fails, or writes nothing for a résumé that is not empty
 *     (only JSON Resume's valid "{}" loads empty);
 *   - the text or Markdown output holds a terminal control: C0 but
 *     newline and tab, DEL, C1, a bidi embedding, override or isolate;
 *   - the PDF fails pdfchecklib's checks: qpdf warns, or an annotation is
 *     not a /URI link to http, https, mailto or tel, or an action is there;
 *   - a plain input (letters, digits, spaces and line breaks only) has a
 *     word the text output lacks.
 * Built with FUZZ_THEME, the input is a theme file instead: when it
 * parses, a fixed résumé goes through the HTML and PDF backends in it,
 * and the page's <style> must hold no "<", no "url(" and no "@import".
 * Inputs over 64 KiB are passed over, and under libFuzzer inputs over
 * 8 KiB skip the PDF (a 15 KB list of 7,500 items is 22,000 structure
 * elements, seconds under the sanitizers): size is covered by the CLI
 * tests and the replay, which renders every input to PDF. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include "../tools/pdfcheck.h"
#include "resume/backend.h"
#include "resume/resume.h"
#include "resume/theme.h"

extern const struct resume_backend backend_txt, backend_html, backend_json,
    backend_md, resume_backend_pdf;

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

/* Aborts on a terminal control in s[0..n) (UTF-8). */
static void
check_controls(const char *name, const unsigned char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		unsigned char c = s[i], d = i + 1 < n ? s[i + 1] : 0,
		              e = i + 2 < n ? s[i + 2] : 0;

		if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f ||
		    (c == 0xc2 && d >= 0x80 && d <= 0x9f) ||
		    (c == 0xe2 && d == 0x80 && e >= 0xaa && e <= 0xae) ||
		    (c == 0xe2 && d == 0x81 && e >= 0xa6 && e <= 0xa9)) {
			fprintf(stderr, "%s output: a control at byte %zu\n",
			    name, i);
			abort();
		}
	}
}

#if !defined(FUZZ_JSON) && !defined(FUZZ_THEME)
/* Only letters, digits, spaces and line breaks, no word over 200 bytes:
 * every word must come out (nothing there is markup). */
static bool
plain_input(const uint8_t *s, size_t n)
{
	size_t i, w = 0;

	for (i = 0; i < n; i++) {
		if (!((s[i] >= 'a' && s[i] <= 'z') ||
		        (s[i] >= 'A' && s[i] <= 'Z') ||
		        (s[i] >= '0' && s[i] <= '9') || s[i] == ' ' ||
		        s[i] == '\n'))
			return false;
		w = s[i] == ' ' || s[i] == '\n' ? 0 : w + 1;
		if (w > 200)
			return false;
	}
	return true;
}

/* Aborts when a word of the plain input in[0..n) is not in out. */
static void
check_words(const uint8_t *in, size_t n, const char *out)
{
	size_t i = 0, b;
	char word[256];

	while (i < n) {
		while (i < n && (in[i] == ' ' || in[i] == '\n'))
			i++;
		for (b = i; i < n && in[i] != ' ' && in[i] != '\n'; i++)
			;
		if (i == b)
			continue;
		snprintf(word, sizeof(word), "%.*s", (int)(i - b), in + b);
		if (strcasestr(out, word) == NULL) {
			fprintf(
			    stderr, "the word '%s' is not in the text\n", word);
			abort();
		}
	}
}

#endif

static void
check_style(const char *s)
{
	const char *b = strstr(s, "<style>"),
	           *e = b ? strstr(b, "</style>") : NULL;
	size_t i;

	if (b == NULL || e == NULL)
		return;
	for (i = 7; b + i < e; i++)
		if (b[i] == '<' || strncasecmp(b + i, "url(", 4) == 0 ||
		    strncasecmp(b + i, "@import", 7) == 0) {
			fprintf(
			    stderr, "the style sheet holds '%.12s'\n", b + i);
			abort();
		}
}

/* Renders r through be with theme th (NULL: the default); returns the
 * output, NUL-terminated, for the caller to free. */
static char *
render(const struct resume_backend *be, const struct resume *r,
    const struct resume_theme *th, unsigned int width)
{
	struct resume_opts o;
	struct resume_diag d = {0};
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	int rc;

	resume_opts_init(&o);
	o.theme = th;
	if (width)
		o.width = width;
	rc = be->render(r, &o, f, NULL, &d);
	fclose(f);
	if (rc != 0 || (len == 0 && !resume_is_empty(r))) {
		fprintf(stderr, "%s backend: status %d, %zu bytes\n", be->name,
		    rc, len);
		resume_diag_print(&d, stderr);
		abort();
	}
	if (be == &backend_html) {
		check_html(buf, len);
		check_style(buf);
	}
	if (be == &backend_txt || be == &backend_md)
		check_controls(be->name, (const unsigned char *)buf, len);
	if (be == &resume_backend_pdf &&
	    pdfcheck_buffer("fuzz.pdf", buf, len, stderr, 1) != 0)
		abort();
	resume_diag_free(&d);
	return buf;
}

/* The largest input rendered to PDF; the replay (replay.c) sets no limit. */
size_t fuzz_pdf_max = 8192;

#ifdef FUZZ_THEME
static const char sample[] =
    "# Pat Doe\n\npat@example.com · https://pat.example\n\n"
    "## Experience\n\n### Engineer, Acme (2020 - 2022)\n\n"
    "- Did [things](https://acme.example)\n\n## Skills\n\n- Go, C\n";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct resume_diag d = {0};
	struct resume_theme *th;
	struct resume *r;

	if (size > 65536)
		return -1;
	th = resume_theme_parse((const char *)data, size, "fuzz.theme", &d);
	if ((th == NULL) != (d.nerrors > 0)) {
		fprintf(stderr, "theme: %s with %zu errors\n",
		    th ? "a theme" : "nothing", d.nerrors);
		abort();
	}
	if (th) {
		r = resume_load_markdown(
		    sample, sizeof(sample) - 1, "sample.md", &d);
		free(render(&backend_html, r, th, 0));
		free(render(&resume_backend_pdf, r, th, 0));
		resume_free(r);
		resume_theme_free(th);
	}
	resume_diag_free(&d);
	return 0;
}
#else
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
		char *txt = render(&backend_txt, r, NULL, 1000);

#ifndef FUZZ_JSON
		if (plain_input(data, size))
			check_words(data, size, txt);
#endif
		free(txt);
		free(render(&backend_txt, r, NULL, 0));
		free(render(&backend_html, r, NULL, 0));
		free(render(&backend_json, r, NULL, 0));
		free(render(&backend_md, r, NULL, 0));
		if (size <= fuzz_pdf_max)
			free(render(&resume_backend_pdf, r, NULL, 0));
		resume_free(r);
	}
	resume_diag_free(&d);
	return 0;
}
#endif
