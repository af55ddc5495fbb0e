/* Link targets: the one allow-list every loader and backend asks, and the
 * encoding a PDF URI needs. */
#ifndef RESUME_LINK_H
#define RESUME_LINK_H

#include "private.h"

#include <stdbool.h>

struct resume_buf;

/* Returns true when href is a target we let through: http://, https://
 * (with a host), mailto: or tel: (with something after the colon), the
 * scheme in any case, and no control character, space or byte outside
 * UTF-8's printable range.  NULL is false. */
bool link_allowed(const char *href);
/* Returns true when href is an allowed http:// or https:// URL: a page or
 * an image on the web, never a file of the machine that renders. */
bool link_is_web(const char *href);
/* Returns true when path may name a photo beside the input: a relative
 * path (no "/", "\\" or "~" first, no ":" anywhere, so no scheme or
 * drive), no ".." part, no control character, ending in .jpg, .jpeg or
 * .png in any case.  What it names is read only inside the input's
 * directory (src/render/photo.c). */
bool link_is_local_image(const char *path);
/* Returns the length of href's scheme and colon ("https:" is 6) when
 * link_allowed(href), else 0. */
unsigned int link_scheme_len(const char *href);
/* Appends href to out as a 7-bit URI (RFC 3986): the scheme lowercased,
 * and every byte that is not unreserved or reserved, and "(", ")", "'",
 * "\" and a "%" that starts no escape, written as %XX.  The result holds
 * no character that ends or escapes a PDF string, and no "/JavaScript",
 * "/JS", "/Launch"... that a keyword scanner would take for an action
 * (the key's first letter is percent-encoded, the same URI). */
void link_uri_encode(struct resume_buf *out, const char *href);

#endif
