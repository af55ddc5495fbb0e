#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resume/buf.h"
#include "xmalloc.h"

static void
reserve(struct resume_buf *b, size_t extra)
{
	size_t need = b->len + extra + 1;

	if (need <= b->cap)
		return;
	if (b->cap == 0)
		b->cap = 64;
	while (b->cap < need)
		b->cap *= 2;
	b->data = xrealloc(b->data, b->cap);
}

void
resume_buf_add(struct resume_buf *b, const char *s, size_t n)
{
	reserve(b, n);
	if (n)
		memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
resume_buf_puts(struct resume_buf *b, const char *s)
{
	resume_buf_add(b, s, strlen(s));
}

void
resume_buf_putc(struct resume_buf *b, int c)
{
	char ch = (char)c;

	resume_buf_add(b, &ch, 1);
}

void
resume_buf_repeat(struct resume_buf *b, const char *s, size_t n)
{
	while (n--)
		resume_buf_puts(b, s);
}

void
resume_buf_printf(struct resume_buf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n <= 0)
		return;
	reserve(b, (size_t)n);
	va_start(ap, fmt);
	vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

const char *
resume_buf_str(const struct resume_buf *b)
{
	return b->data ? b->data : "";
}

void
resume_buf_clear(struct resume_buf *b)
{
	b->len = 0;
	if (b->data)
		b->data[0] = '\0';
}

void
resume_buf_free(struct resume_buf *b)
{
	free(b->data);
	b->data = NULL;
	b->len = b->cap = 0;
}
