#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resume/buf.h"
#include "utf8.h"
#include "resume/diag.h"
#include "xmalloc.h"

#define DEFAULT_MAX 100

char *
resume_diag_escape(const char *s, size_t max)
{
	struct resume_buf b = {0};
	size_t i = 0, n = strnlen(s, max), k;
	uint32_t cp;

	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp == '\n')
			resume_buf_puts(&b, "\\n");
		else if (cp == '\t')
			resume_buf_puts(&b, "\\t");
		else if (cp == 0xfffd && k == 1)
			/* not UTF-8: the byte, never raw (0x9b is CSI) */
			resume_buf_printf(&b, "\\x%02x", (unsigned char)s[i]);
		else if (cp < 0x20 || cp == 0x7f)
			resume_buf_printf(&b, "\\x%02x", (unsigned)cp);
		else if (utf8_is_control(cp))
			/* C1 controls (CSI, OSC) and bidi overrides */
			resume_buf_printf(&b, "\\u%04x", (unsigned)cp);
		else
			resume_buf_add(&b, s + i, k);
		i += k;
	}
	if (s[n] != '\0')
		resume_buf_puts(&b, "...");
	return b.data ? b.data : xstrdup("");
}

static void
add(struct resume_diag *d, enum resume_severity sev, const char *file,
    unsigned int line, unsigned int col, const char *pointer, const char *fmt,
    va_list ap)
{
	struct resume_diag_item *it;
	char msg[1024];

	if (sev == RESUME_ERROR)
		d->nerrors++;
	if (d->n >= (d->max ? d->max : DEFAULT_MAX)) {
		d->dropped++;
		return;
	}
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 8;
		d->items = xrealloc(d->items, d->cap * sizeof(*d->items));
	}
	vsnprintf(msg, sizeof(msg), fmt, ap);
	it = &d->items[d->n++];
	it->severity = sev;
	it->file = xstrdup(file ? file : "<stdin>");
	it->line = line;
	it->col = col;
	it->pointer = pointer ? resume_diag_escape(pointer, 4096) : NULL;
	it->message = resume_diag_escape(msg, sizeof(msg));
	it->code = NULL;
}

void
resume_diag_add(struct resume_diag *d, enum resume_severity sev,
    const char *file, unsigned int line, unsigned int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add(d, sev, file, line, col, NULL, fmt, ap);
	va_end(ap);
}

void
resume_diag_add_code(struct resume_diag *d, enum resume_severity sev,
    const char *file, unsigned int line, unsigned int col, const char *pointer,
    const char *code, const char *fmt, ...)
{
	size_t n = d->n;
	va_list ap;

	va_start(ap, fmt);
	add(d, sev, file, pointer ? 0 : line, pointer ? 0 : col, pointer, fmt,
	    ap);
	va_end(ap);
	if (d->n > n)
		d->items[n].code = code;
}

void
resume_diag_add_pointer(struct resume_diag *d, enum resume_severity sev,
    const char *file, const char *pointer, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	add(d, sev, file, 0, 0, pointer, fmt, ap);
	va_end(ap);
}

void
resume_diag_print(const struct resume_diag *d, FILE *fp)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		const struct resume_diag_item *it = &d->items[i];
		const char *sev = it->severity == RESUME_ERROR ? "error"
		    : it->severity == RESUME_NOTE              ? "note"
		                                               : "warning";
		char *file = resume_diag_escape(it->file, 4096);
		char code[64] = "";

		if (it->code)
			snprintf(code, sizeof(code), " [%s]", it->code);
		if (it->pointer)
			fprintf(fp, "resume: %s: %s: %s: %s%s\n", file,
			    it->pointer, sev, it->message, code);
		else if (it->line && it->col)
			fprintf(fp, "resume: %s:%u:%u: %s: %s%s\n", file,
			    it->line, it->col, sev, it->message, code);
		else if (it->line)
			fprintf(fp, "resume: %s:%u: %s: %s%s\n", file, it->line,
			    sev, it->message, code);
		else
			fprintf(fp, "resume: %s: %s: %s%s\n", file, sev,
			    it->message, code);
		free(file);
	}
	if (d->dropped)
		fprintf(
		    fp, "resume: %zu more diagnostics not shown\n", d->dropped);
}

void
resume_diag_free(struct resume_diag *d)
{
	size_t i;

	for (i = 0; i < d->n; i++) {
		free(d->items[i].file);
		free(d->items[i].pointer);
		free(d->items[i].message);
	}
	free(d->items);
	d->items = NULL;
	d->n = d->cap = d->nerrors = d->dropped = 0;
}
