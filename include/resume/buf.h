/* Growable byte buffer, always NUL-terminated. */
#ifndef RESUME_BUF_H
#define RESUME_BUF_H

#include <stdarg.h>
#include <stddef.h>

struct resume_buf {
	char *data; /* NUL-terminated; NULL until the first append */
	size_t len;
	size_t cap;
};

/* Appends n bytes of s. */
void resume_buf_add(struct resume_buf *, const char *s, size_t n);
/* Appends the NUL-terminated s. */
void resume_buf_puts(struct resume_buf *, const char *s);
/* Appends one byte. */
void resume_buf_putc(struct resume_buf *, int c);
/* Appends n copies of the NUL-terminated s. */
void resume_buf_repeat(struct resume_buf *, const char *s, size_t n);
/* Appends printf-formatted text. */
void resume_buf_printf(struct resume_buf *, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Returns the contents (never NULL: "" when empty); borrowed. */
const char *resume_buf_str(const struct resume_buf *);
/* Empties the buffer, keeping its storage. */
void resume_buf_clear(struct resume_buf *);
/* Frees the storage; the buffer may be reused afterwards. */
void resume_buf_free(struct resume_buf *);

#endif
