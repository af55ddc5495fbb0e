#include <string.h>
#include <strings.h>

#include "link.h"
#include "resume/buf.h"

static const char *const schemes[] = {"http:", "https:", "mailto:", "tel:"};

unsigned int
link_scheme_len(const char *href)
{
	const unsigned char *p;
	size_t k, n;

	if (href == NULL)
		return 0;
	for (p = (const unsigned char *)href; *p; p++)
		if (*p <= 0x20 || *p == 0x7f)
			return 0; /* no controls, no space */
	for (k = 0; k < sizeof(schemes) / sizeof(*schemes); k++) {
		n = strlen(schemes[k]);
		if (strncasecmp(href, schemes[k], n) != 0)
			continue;
		if (k < 2) {
			/* http and https need "//" and a host */
			if (href[n] != '/' || href[n + 1] != '/' ||
			    href[n + 2] == '\0' || href[n + 2] == '/')
				return 0;
		} else if (href[n] == '\0')
			return 0;
		return (unsigned int)n;
	}
	return 0;
}

bool
link_allowed(const char *href)
{
	return link_scheme_len(href) > 0;
}

static bool
hex(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') ||
	    (c >= 'A' && c <= 'F');
}

/* Does s start with the name of a PDF key that runs or opens something
 * (after a "/", it would read as that key)? */
static bool
action_name(const unsigned char *s)
{
	static const char *const names[] = {"JavaScript", "JS", "AA",
	    "OpenAction", "Launch", "SubmitForm", "ImportData", "GoToR",
	    "GoToE", "EmbeddedFile", "RichMedia", "AcroForm", "XFA",
	    "JBIG2Decode"};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(*names); i++)
		if (strncmp((const char *)s, names[i], strlen(names[i])) == 0)
			return true;
	return false;
}

void
link_uri_encode(struct resume_buf *out, const char *href)
{
	/* RFC 3986 unreserved and reserved characters, less the sub-delims
	 * that mean something in a PDF string or cairo's attribute syntax */
	static const char keep[] = "-._~:/?#[]@!$&*+,;=";
	unsigned int n = link_scheme_len(href), i;
	const unsigned char *p;

	for (i = 0; i < n; i++)
		resume_buf_putc(out,
		    href[i] >= 'A' && href[i] <= 'Z' ? href[i] + 32 : href[i]);
	for (p = (const unsigned char *)href + n; *p; p++) {
		if (p > (const unsigned char *)href && p[-1] == '/' &&
		    action_name(p)) {
			/* "/JavaScript" in a URI is text inside a string, but
			 * scanners that count PDF keywords in the raw file
			 * (pdfid, mail gateways) take it for an action: its
			 * first letter percent-encoded is the same URI
			 * (RFC 3986, 6.2.2.2) and no such keyword */
			resume_buf_printf(out, "%%%02X", *p);
			continue;
		}
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || (*p && strchr(keep, *p)) ||
		    (*p == '%' && hex(p[1]) && hex(p[2])))
			resume_buf_putc(out, *p);
		else
			resume_buf_printf(out, "%%%02X", *p);
	}
}

bool
link_is_local_image(const char *path)
{
	static const char *const ext[] = {".jpg", ".jpeg", ".png"};
	const char *p;
	size_t n, k;

	if (path == NULL || *path == '\0' || *path == '/' || *path == '~' ||
	    strlen(path) > 1024)
		return false;
	for (p = path; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f || *p == ':' ||
		    *p == '\\')
			return false;
	/* no ".." part: "a/../b", "../b", "a/.." */
	for (p = path; (p = strstr(p, "..")) != NULL; p += 2)
		if ((p == path || p[-1] == '/') &&
		    (p[2] == '/' || p[2] == '\0'))
			return false;
	n = strlen(path);
	for (k = 0; k < sizeof(ext) / sizeof(*ext); k++)
		if (n > strlen(ext[k]) &&
		    strcasecmp(path + n - strlen(ext[k]), ext[k]) == 0)
			return path[n - strlen(ext[k]) - 1] != '/';
	return false;
}

bool
link_is_web(const char *href)
{
	unsigned int n = link_scheme_len(href);

	return n == 5 || n == 6; /* "http:", "https:" */
}
