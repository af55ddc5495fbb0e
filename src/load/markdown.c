/*
 * Markdown loader, first half: cmark-gfm parses the text; this file
 * flattens its tree into the block stream the recognizer reads (rich-text
 * spans with links, list levels, quote depth, table rows, source
 * positions), reads YAML front matter and the simple HTML people put in
 * résumés.  The cmark tree is freed before returning.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <yaml.h>

#include "../core/lang.h"
#include "../core/link.h"
#include "../core/utf8.h"
#include "../core/xmalloc.h"
#include "loader.h"
#include "resume/resume.h"

struct flat {
	struct md_doc *d;
	struct resume_arena *a;
	unsigned int line_offset; /* lines of front matter */
	const char *html_href;    /* inside an inline <a> */
	bool eat_space;           /* a dropped tag stood here */
	bool soft_breaks;         /* a line break in a paragraph breaks the
	                           * line (JSON strings) */
	/* where a marker comment goes (<!-- tags: x -->): the block
	 * mark_block - 1 of the stream, else marks_out, else nowhere */
	size_t mark_block;
	struct resume_marks *marks_out;
	/* in an HTML block: the marks of the block being read, given it
	 * when it ends */
	struct resume_marks *html_pending;
};

static struct resume_block *
push_block(struct flat *f, enum resume_block_kind kind, cmark_node *n,
    unsigned int level, unsigned int quote)
{
	struct md_doc *d = f->d;
	struct resume_block *b;

	/* on the heap, grown in place: the recognizer copies what it keeps,
	 * and an arena would keep every outgrown copy of the list */
	if (d->nblocks == d->capblocks) {
		d->capblocks = d->capblocks ? 2 * d->capblocks : 64;
		d->blocks = xrealloc(d->blocks, d->capblocks * sizeof(*b));
	}
	b = &d->blocks[d->nblocks++];
	memset(b, 0, sizeof(*b));

	b->kind = kind;
	b->level = level < RESUME_MAX_NESTING ? level : RESUME_MAX_NESTING;
	b->quote = quote < RESUME_MAX_NESTING ? quote : RESUME_MAX_NESTING;
	if (n) {
		b->pos.line = (unsigned)cmark_node_get_start_line(n) +
		    f->line_offset;
		b->pos.col = (unsigned)cmark_node_get_start_column(n);
	}
	return b;
}

/* Appends text, dropping icon-font private-use code points. */
static void
add_text(struct flat *f, struct resume_text *t, const char *s, size_t n,
    unsigned int flags, const char *href)
{
	size_t i = 0, start = 0, k;
	uint32_t cp;

	/* "word <icon/> word" leaves two spaces once the tag is gone */
	if (f->eat_space && n && s[0] == ' ' && t->nspans) {
		const char *lt = t->spans[t->nspans - 1].text;
		size_t ll = strlen(lt);

		if (ll && lt[ll - 1] == ' ')
			while (start < n && s[start] == ' ')
				start++, i++;
	}
	f->eat_space = false;
	while (i < n) {
		k = utf8_decode(s + i, n - i, &cp);
		if (cp >= 0xe000 && cp <= 0xf8ff) {
			text_add(f->a, t, s + start, i - start, flags, href);
			start = i + k;
		}
		i += k;
	}
	text_add(f->a, t, s + start, n - start, flags, href);
}

/* --- marker comments: tailoring --- */

static const char *
trimmed(struct resume_arena *a, const char *s, size_t n)
{
	while (n && isspace((unsigned char)*s))
		s++, n--;
	while (n && isspace((unsigned char)s[n - 1]))
		n--;
	return resume_arena_strndup(a, s, n);
}

/* Reads one part "key: value" of a marker into m (keep) or only checks
 * it; false when it is none. */
static bool
marks_part(struct resume_arena *a, const char *p, size_t n,
    struct resume_marks *m, bool keep)
{
	const char *colon = memchr(p, ':', n), *key, *val, *q, *c;

	if (colon == NULL)
		return false;
	key = trimmed(a, p, (size_t)(colon - p));
	val = trimmed(a, colon + 1, (size_t)(p + n - colon - 1));
	if (strcasecmp(key, "tags") == 0 || strcasecmp(key, "tag") == 0) {
		for (q = val; keep && *q; q = *c ? c + 1 : c) {
			c = q + strcspn(q, ",");
			if (*(key = trimmed(a, q, (size_t)(c - q))))
				*RESUME_PUSH(a, m->tags, &m->ntags) = key;
		}
		return true;
	}
	if (strcasecmp(key, "lang") == 0) {
		if (lang_find(val) == NULL)
			return false;
		if (keep)
			m->lang = lang_code(lang_find(val));
		return true;
	}
	/* "fr: Expérience": a heading in another language */
	if (strlen(key) > 3 || lang_find(key) == NULL || *val == '\0')
		return false;
	if (keep) {
		struct resume_alt *x = RESUME_PUSH(a, m->alts, &m->nalts);

		x->lang = lang_code(lang_find(key));
		x->text = val;
	}
	return true;
}

/* Reads a comment's text s[0..n) (what stands between "<!--" and "-->")
 * as a marker: "tags: a, b", "lang: fr" and, for a section heading, "fr:
 * Titre", parted by ';'.  Returns false, changing nothing, for any other
 * comment: one part that is none of these makes it a comment like any. */
static bool
marks_parse(
    struct resume_arena *a, const char *s, size_t n, struct resume_marks *m)
{
	const char *p, *end = s + n, *semi;
	int keep;

	for (keep = 0; keep < 2; keep++)
		for (p = s; p < end; p = semi + 1) {
			semi = memchr(p, ';', (size_t)(end - p));
			if (semi == NULL)
				semi = end;
			if (*trimmed(a, p, (size_t)(semi - p)) &&
			    !marks_part(a, p, (size_t)(semi - p), m, keep))
				return false;
		}
	return true;
}

/* Where a marker read now goes, or NULL. */
static struct resume_marks *
marks_target(struct flat *f)
{
	if (f->mark_block && f->mark_block <= f->d->nblocks)
		return &f->d->blocks[f->mark_block - 1].marks;
	return f->marks_out;
}

/* A comment s[0..n), "<!-- ... -->": a marker of the part it stands in,
 * or nothing. */
static void
comment(struct flat *f, const char *s, size_t n)
{
	struct resume_marks *m = marks_target(f);

	if (m && n >= 7 && strncmp(s, "<!--", 4) == 0 &&
	    strncmp(s + n - 3, "-->", 3) == 0)
		marks_parse(f->a, s + 4, n - 7, m);
}

/* Where a comment in HTML goes: in an HTML block, the block being read,
 * or with none begun the one before it; elsewhere where any comment
 * goes. */
static struct resume_marks *
html_comment_target(struct flat *f, const struct resume_text *t)
{
	if (f->html_pending == NULL)
		return marks_target(f);
	if (!resume_text_empty(t))
		return f->html_pending;
	return f->d->nblocks ? &f->d->blocks[f->d->nblocks - 1].marks
	                     : f->marks_out;
}

/* --- a small HTML reader: tags, entities, text --- */

/* Appends the text of an HTML text node s[0..n) (its entities decoded by
 * the parser), white space collapsed as a browser does. */
static void
add_html_text(struct flat *f, struct resume_text *t, const char *s, size_t n,
    unsigned int flags, const char *href)
{
	size_t i = 0, start = 0;
	bool space = false;

	while (i < n) {
		if (s[i] == '\n' || s[i] == '\t' || (s[i] == ' ' && space)) {
			/* collapse white space as a browser does */
			add_text(f, t, s + start, i - start, flags, href);
			if (!space && t->nspans)
				text_add(f->a, t, " ", 1, flags, href);
			space = true;
			start = ++i;
			continue;
		}
		space = s[i] == ' ';
		i++;
	}
	add_text(f, t, s + start, n - start, flags, href);
}

/* Reads the tag at s[0] == '<'; sets name (lowercase, no '/'), closing,
 * and the href attribute.  Returns its length, or 0 when it is no tag. */
static size_t
read_tag(const char *s, size_t n, char *name, size_t namesz, bool *closing,
    char *href, size_t hrefsz)
{
	size_t i = 1, k = 0;
	char q;

	*closing = false;
	href[0] = name[0] = '\0';
	if (n >= 4 && strncmp(s, "<!--", 4) == 0) {
		const char *e = NULL;

		for (i = 4; i + 2 < n; i++)
			if (strncmp(s + i, "-->", 3) == 0) {
				e = s + i;
				break;
			}
		strcpy(name, "!--");
		return e ? (size_t)(e - s) + 3 : n;
	}
	if (i < n && s[i] == '/') {
		*closing = true;
		i++;
	}
	if (i >= n || !isalpha((unsigned char)s[i]))
		return 0;
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-')) {
		if (k + 1 < namesz)
			name[k++] = (char)tolower((unsigned char)s[i]);
		i++;
	}
	name[k] = '\0';
	while (i < n && s[i] != '>') {
		if (strncasecmp(s + i, "href=", 5) == 0 && i + 5 < n) {
			i += 5;
			q = s[i];
			if (q == '"' || q == '\'') {
				size_t b = ++i;

				while (i < n && s[i] != q)
					i++;
				if (i - b < hrefsz) {
					memcpy(href, s + b, i - b);
					href[i - b] = '\0';
				}
				if (i < n)
					i++;
				continue;
			}
		}
		if (s[i] == '"' || s[i] == '\'') {
			q = s[i++];
			while (i < n && s[i] != q)
				i++;
		}
		if (i < n)
			i++;
	}
	return i < n ? i + 1 : 0;
}

static bool
tag_in(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(name, *list) == 0)
			return true;
	return false;
}

/* Is the tag s[0..n) (read by read_tag, its name name) HTML, rather than
 * words that look like a tag, "List<T>", "std::vector<int>", "a<b and
 * c>d"?  An HTML element's name, and attributes that either have a value
 * or are HTML's own boolean ones. */
static bool
tag_is_html(const char *s, size_t n, const char *name)
{
	static const char *const elements[] = {"a", "abbr", "address", "area",
	    "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
	    "blockquote", "body", "br", "button", "canvas", "caption", "center",
	    "cite", "code", "col", "colgroup", "data", "dd", "del", "details",
	    "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset",
	    "figcaption", "figure", "font", "footer", "form", "h1", "h2", "h3",
	    "h4", "h5", "h6", "head", "header", "hr", "html", "i", "iframe",
	    "img", "input", "ins", "kbd", "label", "legend", "li", "link",
	    "main", "mark", "meta", "meter", "nav", "nobr", "noscript",
	    "object", "ol", "optgroup", "option", "output", "p", "param",
	    "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s", "samp",
	    "script", "section", "select", "small", "source", "span", "strike",
	    "strong", "style", "sub", "summary", "sup", "svg", "table", "tbody",
	    "td", "template", "textarea", "tfoot", "th", "thead", "time",
	    "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr",
	    NULL};
	static const char *const flags[] = {"allowfullscreen", "async",
	    "autofocus", "autoplay", "checked", "controls", "default", "defer",
	    "disabled", "hidden", "loop", "multiple", "muted", "nowrap", "open",
	    "readonly", "required", "reversed", "selected", NULL};
	size_t i = 1, a;
	char attr[24];

	if (strcmp(name, "!--") == 0)
		return true;
	/* a custom element has a hyphen in its name: "iconify-icon" */
	if (!tag_in(name, elements) && !strchr(name, '-'))
		return false;
	if (i < n && s[i] == '/')
		i++;
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '-'))
		i++;
	for (;;) {
		while (i < n && (isspace((unsigned char)s[i]) || s[i] == '/'))
			i++;
		if (i >= n || s[i] == '>')
			return true;
		for (a = 0; i < n && !isspace((unsigned char)s[i]) &&
		     !strchr("/>=", s[i]);
		     i++)
			if (a + 1 < sizeof(attr))
				attr[a++] = (char)tolower((unsigned char)s[i]);
		attr[a] = '\0';
		while (i < n && isspace((unsigned char)s[i]))
			i++;
		if (i < n && s[i] == '=') {
			/* a value: quoted or bare */
			i++;
			while (i < n && isspace((unsigned char)s[i]))
				i++;
			if (i < n && (s[i] == '"' || s[i] == '\'')) {
				char q = s[i++];

				while (i < n && s[i] != q)
					i++;
				i++;
			} else
				while (i < n && !isspace((unsigned char)s[i]) &&
				    s[i] != '>')
					i++;
			continue;
		}
		if (!tag_in(attr, flags) && strncmp(attr, "data-", 5) != 0)
			return false;
	}
}

/* The tags that end a paragraph. */
static const char *const html_blocks[] = {"div", "p", "br", "hr", "li", "ul",
    "ol", "table", "tr", "td", "th", "section", "header", "footer", "article",
    "blockquote", "dl", "dt", "dd", "center", NULL};

/* libxml2's HTML parser, loaded the first time a résumé has raw HTML
 * and set up once for every thread: linked in, it and ICU behind it cost
 * every run a millisecond of symbol binding, most runs for nothing. */
static struct {
	htmlDocPtr (*read)(const char *, int, const char *, const char *, int);
	void (*free_doc)(xmlDocPtr);
	xmlChar *(*get_prop)(const xmlNode *, const xmlChar *);
	xmlFreeFunc free;
	bool ok;
} xml;
static pthread_once_t xml_once = PTHREAD_ONCE_INIT;

static void
xml_load(void)
{
	void *h = dlopen("libxml2.so.2", RTLD_NOW | RTLD_LOCAL);
	void (*init)(void);
	xmlFreeFunc *free_fn;

	if (h == NULL)
		return;
	*(void **)&xml.read = dlsym(h, "htmlReadMemory");
	*(void **)&xml.free_doc = dlsym(h, "xmlFreeDoc");
	*(void **)&xml.get_prop = dlsym(h, "xmlGetProp");
	*(void **)&init = dlsym(h, "xmlInitParser");
	free_fn = dlsym(h, "xmlFree"); /* a variable holding the function */
	if (!xml.read || !xml.free_doc || !xml.get_prop || !init || !free_fn ||
	    !*free_fn)
		return;
	xml.free = *free_fn;
	init();
	xml.ok = true;
}

/* Is n an element whose content is no text: a script, a style, the
 * head?  (The parser puts the html, head and body a fragment implies
 * around it, as a browser does: libxml2 2.9 nests a fragment's blocks
 * wrongly without them.) */
static bool
html_hidden(const xmlNode *n)
{
	const char *name = (const char *)n->name;

	return n->type == XML_ELEMENT_NODE &&
	    (strcmp(name, "script") == 0 || strcmp(name, "style") == 0 ||
	        strcmp(name, "head") == 0 || strcmp(name, "template") == 0);
}

/* Walks the HTML s, parsed by libxml2's HTML parser as a browser reads
 * it: the text of its nodes goes to *t (entities decoded), an <a>'s
 * target to the text inside it, scripts and styles are left out, a
 * comment may mark the part it stands in; every other element's start
 * and end go to tag(), with ctx.  The tree is walked by its parent links,
 * not by recursion, however deep it nests. */
static void
html_walk(struct flat *f, const char *s, struct resume_text *t,
    void (*tag)(struct flat *, struct resume_text *, const char *name,
        bool closing, void *ctx),
    void *ctx)
{
	htmlDocPtr doc;
	xmlNodePtr n, root;
	const char *href = NULL;
	size_t len;

	if (s == NULL || (len = strlen(s)) == 0 || len > INT_MAX)
		return;
	pthread_once(&xml_once, xml_load);
	if (!xml.ok) {
		/* no libxml2 on this machine: the HTML as it stands */
		add_html_text(f, t, s, len, 0, NULL);
		return;
	}
	doc = xml.read(s, (int)len, NULL, "UTF-8",
	    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
	        HTML_PARSE_COMPACT);
	if (doc == NULL)
		return;
	root = (xmlNodePtr)doc;
	for (n = root->children; n;) {
		/* entering n */
		if (n->type == XML_TEXT_NODE ||
		    n->type == XML_CDATA_SECTION_NODE) {
			if (n->content)
				add_html_text(f, t, (const char *)n->content,
				    strlen((const char *)n->content), 0, href);
		} else if (n->type == XML_COMMENT_NODE && n->content) {
			struct resume_marks *m = html_comment_target(f, t);
			const char *c = (const char *)n->content;

			if (m)
				marks_parse(f->a, c, strlen(c), m);
		} else if (n->type == XML_ELEMENT_NODE && !html_hidden(n)) {
			if (strcmp((const char *)n->name, "a") == 0) {
				xmlChar *h = xml.get_prop(n, BAD_CAST "href");

				href = h ? link_target(f->a, (const char *)h)
				         : NULL;
				xml.free(h);
			} else
				tag(f, t, (const char *)n->name, false, ctx);
			if (n->children) {
				n = n->children;
				continue;
			}
		}
		/* leaving n, and each parent it was the last child of */
		for (;;) {
			if (n->type == XML_ELEMENT_NODE && !html_hidden(n)) {
				if (strcmp((const char *)n->name, "a") == 0)
					href = NULL;
				else
					tag(f, t, (const char *)n->name, true,
					    ctx);
			}
			if (n->next) {
				n = n->next;
				break;
			}
			n = n->parent;
			if (n == NULL || n == root) {
				n = NULL;
				break;
			}
		}
	}
	xml.free_doc(doc);
}

/* An HTML block being read into blocks. */
struct html_blk {
	cmark_node *n;
	unsigned int level, quote, heading;
	unsigned int lists; /* <ul> and <ol> open */
	bool item;          /* an <li> begun, its first block not read */
	struct resume_marks pending;
};

/* Ends the paragraph, heading or list item read so far. */
static void
html_flush(struct flat *f, struct resume_text *t, struct html_blk *h)
{
	if (!resume_text_empty(t)) {
		unsigned int depth = h->lists ? h->lists - 1 : 0;
		struct resume_block *b = push_block(f,
		    h->heading    ? RESUME_BLOCK_HEADING
		        : h->item ? RESUME_BLOCK_ITEM
		                  : RESUME_BLOCK_PARAGRAPH,
		    h->n, h->level + depth + (h->lists && !h->item), h->quote);

		b->heading = h->heading;
		b->text = *t;
		b->marks = h->pending;
		memset(&h->pending, 0, sizeof(h->pending));
		h->item = false;
	}
	memset(t, 0, sizeof(*t));
}

static void
html_block_tag(struct flat *f, struct resume_text *t, const char *name,
    bool closing, void *ctx)
{
	struct html_blk *h = ctx;

	if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' &&
	    name[2] == '\0') {
		html_flush(f, t, h);
		h->heading = closing ? 0 : (unsigned)(name[1] - '0');
	} else if (strcmp(name, "ul") == 0 || strcmp(name, "ol") == 0) {
		/* lists are lists, as in Markdown: items and their depth */
		html_flush(f, t, h);
		if (closing && h->lists)
			h->lists--;
		else if (!closing)
			h->lists++;
	} else if (strcmp(name, "li") == 0) {
		html_flush(f, t, h);
		h->item = !closing && h->lists > 0;
	} else if (tag_in(name, html_blocks))
		html_flush(f, t, h);
	else if (strcmp(name, "span") == 0 && closing)
		text_add(f->a, t, "", 0, SPAN_SEP, NULL);
}

/* An HTML block: headings become headings, lists bullets, block tags end
 * paragraphs, links keep their targets, scripts and styles vanish; a
 * marker comment marks the block it stands in or, alone, the one before
 * it ("<!-- tags: x -->" on the line after a heading). */
static void
html_block(
    struct flat *f, cmark_node *n, unsigned int level, unsigned int quote)
{
	struct html_blk h = {n, level, quote, 0, 0, false, {0}};
	struct resume_text t = {0};

	f->html_pending = &h.pending;
	html_walk(f, cmark_node_get_literal(n), &t, html_block_tag, &h);
	html_flush(f, &t, &h);
	f->html_pending = NULL;
}

/* --- inline content --- */

/* Walks n's inline content with cmark's iterator rather than by
 * recursion, so that emphasis nested 100,000 deep cannot run the stack
 * out: the styles in force are counted on the way in and out. */
static void
inlines(struct flat *f, cmark_node *n, struct resume_text *t)
{
	cmark_iter *it = cmark_iter_new(n);
	cmark_event_type ev;
	unsigned int emph = 0, strong = 0, strike = 0, anchor = 0, flags;
	const char *lit, *type, *href = NULL, *u;
	char name[16], hbuf[512];
	bool closing, in;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);

		if (c == n)
			continue;
		in = ev == CMARK_EVENT_ENTER;
		flags = (emph ? RESUME_SPAN_ITALIC : 0) |
		    (strong ? RESUME_SPAN_BOLD : 0) |
		    (strike ? RESUME_SPAN_STRIKE : 0) | anchor;
		switch (cmark_node_get_type(c)) {
		case CMARK_NODE_TEXT:
			lit = cmark_node_get_literal(c);
			add_text(f, t, lit, strlen(lit), flags,
			    href ? href : f->html_href);
			break;
		case CMARK_NODE_CODE:
			lit = cmark_node_get_literal(c);
			add_text(f, t, lit, strlen(lit),
			    flags | RESUME_SPAN_CODE,
			    href ? href : f->html_href);
			break;
		case CMARK_NODE_SOFTBREAK:
			if (f->soft_breaks)
				text_add(
				    f->a, t, "\n", 1, RESUME_SPAN_BREAK, NULL);
			else
				text_add(f->a, t, " ", 1, SPAN_SOFT, NULL);
			break;
		case CMARK_NODE_LINEBREAK:
			text_add(f->a, t, "\n", 1, RESUME_SPAN_BREAK, NULL);
			break;
		case CMARK_NODE_EMPH:
			in ? emph++ : emph--;
			break;
		case CMARK_NODE_STRONG:
			in ? strong++ : strong--;
			break;
		case CMARK_NODE_LINK: /* links do not nest */
			u = cmark_node_get_url(c);
			href = in ? link_target(f->a, u) : NULL;
			anchor = in && u && u[0] == '#' && u[1]
			    ? RESUME_SPAN_ANCHOR
			    : in && u && *u && href == NULL
			    ? RESUME_SPAN_DROPPED_LINK
			    : 0;
			break;
		case CMARK_NODE_IMAGE: /* a picture, not words */
			if (in)
				cmark_iter_reset(it, c, CMARK_EVENT_EXIT);
			break;
		case CMARK_NODE_HTML_INLINE:
			lit = cmark_node_get_literal(c);
			if (read_tag(lit, strlen(lit), name, sizeof(name),
			        &closing, hbuf, sizeof(hbuf)) == 0)
				break;
			if (strcmp(name, "!--") == 0) {
				comment(f, lit, strlen(lit));
				f->eat_space = true;
				break;
			}
			if (!tag_is_html(lit, strlen(lit), name)) {
				/* "List<T>": the user's words */
				add_text(f, t, lit, strlen(lit), flags,
				    href ? href : f->html_href);
				break;
			}
			if (strcmp(name, "br") == 0)
				text_add(
				    f->a, t, "\n", 1, RESUME_SPAN_BREAK, NULL);
			else if (strcmp(name, "a") == 0)
				f->html_href = closing
				    ? NULL
				    : link_target(f->a, hbuf);
			else if (strcmp(name, "span") == 0 && closing)
				text_add(f->a, t, "", 0, SPAN_SEP, NULL);
			else
				f->eat_space = true;
			break;
		default:
			type = cmark_node_get_type_string(c);
			if (type && strcmp(type, "strikethrough") == 0)
				in ? strike++ : strike--;
			break;
		}
	}
	cmark_iter_free(it);
}

static struct resume_text
inline_text(struct flat *f, cmark_node *n)
{
	struct resume_text t = {0};

	/* a marker in the text marks the block it was pushed for */
	f->mark_block = f->d->nblocks;
	f->html_href = NULL;
	inlines(f, n, &t);
	f->html_href = NULL;
	f->mark_block = 0;
	return t;
}

/* --- blocks --- */

static void
table(struct flat *f, cmark_node *n, unsigned int level, unsigned int quote)
{
	cmark_node *row, *cell;
	struct resume_block *b;

	for (row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
		b = push_block(f, RESUME_BLOCK_TABLE_ROW, row, level, quote);
		b->header = cmark_gfm_extensions_get_table_row_is_header(row);
		for (cell = cmark_node_first_child(row); cell;
		     cell = cmark_node_next(cell)) {
			struct resume_text *c = RESUME_PUSH(
			    f->a, b->cells, &b->ncells);

			*c = inline_text(f, cell);
		}
	}
}

static cmark_node *parse(
    const char *s, size_t n, int options, const char *const *exts);

/* Does an indented block look like code?  In a résumé an indented block
 * is most often text indented under a definition or a footnote, which
 * Markdown without those extensions takes for code. */
static bool
code_like(const char *s)
{
	static const char *const signs[] = {"{", "}", ";", "==", "=>", "->",
	    "()", "#include", "$ ", "//", "/*", NULL};
	const char *const *p;

	for (p = signs; *p; p++)
		if (strstr(s, *p))
			return true;
	return false;
}

/* An indented block that is prose: its paragraphs, Markdown and all. */
static void
prose_block(struct flat *f, cmark_node *n, const char *lit, unsigned int level,
    unsigned int quote)
{
	static const char *const exts[] = {"strikethrough", "autolink", NULL};
	cmark_node *doc = parse(lit, strlen(lit), CMARK_OPT_DEFAULT, exts), *c;
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	struct resume_block *b;
	unsigned int items = 0; /* list items open */

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *parent;
		bool item;

		c = cmark_iter_get_node(it);
		if (cmark_node_get_type(c) == CMARK_NODE_ITEM) {
			ev == CMARK_EVENT_ENTER ? items++ : items--;
			continue;
		}
		if (ev != CMARK_EVENT_ENTER ||
		    (cmark_node_get_type(c) != CMARK_NODE_PARAGRAPH &&
		        cmark_node_get_type(c) != CMARK_NODE_HEADING))
			continue;
		/* an item's first paragraph is the item */
		parent = cmark_node_parent(c);
		item = items &&
		    cmark_node_get_type(parent) == CMARK_NODE_ITEM &&
		    cmark_node_first_child(parent) == c;
		b = push_block(f,
		    item ? RESUME_BLOCK_ITEM : RESUME_BLOCK_PARAGRAPH, n,
		    level + (items ? items - 1 + !item : 0), quote);
		if (b->level > RESUME_MAX_NESTING)
			b->level = RESUME_MAX_NESTING;
		b->text = inline_text(f, c);
		if (resume_text_empty(&b->text))
			f->d->nblocks--;
		cmark_iter_reset(it, c, CMARK_EVENT_EXIT);
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
}

/* Flattens the block tree into f's list of blocks.  cmark's iterator
 * walks it, not recursion: 100,000 nested quotes or lists (a few hundred
 * kilobytes of input) would otherwise overflow the stack.  Nesting is
 * counted on the way in and out; ordered lists keep their next number on
 * a stack of their own. */
static void
walk(struct flat *f, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	unsigned int level = 0, quote = 0, *numbers = NULL;
	size_t nnum = 0, cap = 0;
	cmark_node *skip = NULL; /* an item's first paragraph, already read */
	struct resume_block *b;
	const char *type, *lit;
	int flen, foff;
	char fch;

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it), *c;
		bool in = ev == CMARK_EVENT_ENTER;

		/* entering a block, its previous sibling is read: freed now,
		 * the tree and the model do not both stand whole in memory
		 * (a 16 MiB list of bullets stays under 1 GiB) */
		if (in &&
		    (cmark_node_get_type(n) & CMARK_NODE_TYPE_MASK) ==
		        CMARK_NODE_TYPE_BLOCK &&
		    (c = cmark_node_previous(n)) != NULL)
			cmark_node_free(c);

		switch (cmark_node_get_type(n)) {
		case CMARK_NODE_BLOCK_QUOTE:
			in ? quote++ : quote--;
			break;
		case CMARK_NODE_LIST:
			if (!in) {
				nnum--;
				break;
			}
			if (nnum == cap) {
				cap = cap ? 2 * cap : 16;
				numbers = xrealloc(
				    numbers, cap * sizeof(*numbers));
			}
			numbers[nnum++] = cmark_node_get_list_type(n) ==
			        CMARK_ORDERED_LIST
			    ? (unsigned)cmark_node_get_list_start(n)
			    : 0;
			break;
		case CMARK_NODE_ITEM:
			if (!in) {
				level--;
				break;
			}
			b = push_block(f, RESUME_BLOCK_ITEM, n, level, quote);
			if (nnum && numbers[nnum - 1])
				b->number = numbers[nnum - 1]++;
			c = cmark_node_first_child(n);
			if (c &&
			    cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH) {
				b->text = inline_text(f, c);
				skip = c;
			}
			level++;
			break;
		case CMARK_NODE_PARAGRAPH:
			if (in && n != skip) {
				b = push_block(
				    f, RESUME_BLOCK_PARAGRAPH, n, level, quote);
				b->text = inline_text(f, n);
				if (resume_text_empty(&b->text))
					f->d->nblocks--;
			}
			if (in)
				cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			break;
		case CMARK_NODE_HEADING:
			if (!in)
				break;
			b = push_block(
			    f, RESUME_BLOCK_HEADING, n, level, quote);
			b->heading = (unsigned)cmark_node_get_heading_level(n);
			b->text = inline_text(f, n);
			cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			break;
		case CMARK_NODE_CODE_BLOCK:
			lit = cmark_node_get_literal(n);
			if (lit == NULL || *lit == '\0')
				break; /* an empty fence shows nothing */
			if (!cmark_node_get_fenced(n, &flen, &foff, &fch) &&
			    !code_like(lit)) {
				prose_block(f, n, lit, level, quote);
				break;
			}
			b = push_block(f, RESUME_BLOCK_CODE, n, level, quote);
			b->literal = resume_arena_strdup(f->a, lit);
			break;
		case CMARK_NODE_HTML_BLOCK:
			html_block(f, n, level, quote);
			break;
		case CMARK_NODE_THEMATIC_BREAK:
			push_block(f, RESUME_BLOCK_RULE, n, level, quote);
			break;
		default:
			type = cmark_node_get_type_string(n);
			if (in && type && strcmp(type, "table") == 0) {
				table(f, n, level, quote);
				cmark_iter_reset(it, n, CMARK_EVENT_EXIT);
			}
			break;
		}
	}
	free(numbers);
	cmark_iter_free(it);
}

/* --- front matter --- */

static const char *
yaml_str(struct md_doc *d, yaml_node_t *n)
{
	if (n == NULL || n->type != YAML_SCALAR_NODE ||
	    n->data.scalar.length == 0)
		return NULL;
	return resume_arena_strndup(d->r->arena,
	    (const char *)n->data.scalar.value, n->data.scalar.length);
}

/* A pair of a nested mapping: its key and value as strings; false when
 * the key is none. */
static bool
yaml_pair_strs(struct md_doc *d, yaml_document_t *doc, yaml_node_pair_t *q,
    const char **k, const char **v)
{
	*k = yaml_str(d, yaml_document_get_node(doc, q->key));
	*v = yaml_str(d, yaml_document_get_node(doc, q->value));
	return *k != NULL;
}

/* A contact in the front matter, under JSON Resume's names ("email",
 * "phone", "url") or a common one ("website", "mobile"), or a profile
 * under its network's name ("github: octocat", "linkedin: https://…"):
 * kept for the recogniser, after the contacts under the name.  Returns
 * false for any other key. */
static bool
fm_contact(struct md_doc *d, const char *k, const char *v, unsigned int line,
    unsigned int col)
{
	struct resume_arena *a = d->r->arena;
	struct resume_contact *c;
	const char *host = NULL, *proper = NULL;
	enum resume_contact_kind kind;
	struct resume_buf u = {0};

	if (strcmp(k, "email") == 0 || strcmp(k, "mail") == 0)
		kind = RESUME_CONTACT_EMAIL;
	else if (strcmp(k, "phone") == 0 || strcmp(k, "mobile") == 0 ||
	    strcmp(k, "tel") == 0)
		kind = RESUME_CONTACT_PHONE;
	else if (strcmp(k, "url") == 0 || strcmp(k, "website") == 0 ||
	    strcmp(k, "homepage") == 0)
		kind = RESUME_CONTACT_URL;
	else if ((host = vocab_network_host(k, &proper)) != NULL)
		kind = RESUME_CONTACT_PROFILE;
	else
		return false;
	if (v == NULL || *v == '\0')
		return true;
	c = RESUME_PUSH(a, d->fm_contacts, &d->nfm_contacts);
	c->kind = kind;
	c->text = v;
	c->pos = (struct resume_pos){line, col, NULL};
	switch (kind) {
	case RESUME_CONTACT_EMAIL:
		/* an address, or text with no link */
		if (strchr(v, '@') && !strpbrk(v, " <>\"'(),;:"))
			resume_buf_printf(&u, "mailto:%s", v);
		break;
	case RESUME_CONTACT_PHONE:
		break;
	case RESUME_CONTACT_URL:
		/* "ann.example" is a web address; what names a scheme is
		 * what link_target allows of it */
		resume_buf_printf(
		    &u, "%s%s", strchr(v, ':') ? "" : "https://", v);
		break;
	default:
		/* a user name, or the profile's address */
		c->network = proper;
		if (strchr(v, ':'))
			resume_buf_puts(&u, v);
		else if (!strpbrk(v, " /?#<>\"'"))
			resume_buf_printf(
			    &u, "https://%s/%s", host, v + (*v == '@'));
		break;
	}
	c->href = u.len ? link_target(a, resume_buf_str(&u)) : NULL;
	resume_buf_free(&u);
	if (kind == RESUME_CONTACT_PHONE) {
		/* "tel:" wants the digits */
		const char *p;
		struct resume_buf t = {0};

		resume_buf_puts(&t, "tel:");
		for (p = v; *p; p++)
			if (isdigit((unsigned char)*p) || *p == '+')
				resume_buf_putc(&t, *p);
		c->href = link_target(a, resume_buf_str(&t));
		resume_buf_free(&t);
	}
	return true;
}

/* The keys of the front matter this loader reads, as JSON Resume names
 * them: "name", "title", "image", a "location" of address, postalCode,
 * city, countryCode and region, a "meta" of scalars, the "words"
 * chosen over the language tables', and contacts (fm_contact).  Anything else
 * is the page generator's (layout, permalink...) and left alone. */
static void
fm_pairs(struct md_doc *d, yaml_document_t *doc, yaml_node_t *map,
    unsigned int line0)
{
	yaml_node_pair_t *p;

	for (p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
	     p++) {
		yaml_node_t *kn = yaml_document_get_node(doc, p->key),
		            *vn = yaml_document_get_node(doc, p->value);
		const char *k = yaml_str(d, kn);
		yaml_node_pair_t *q;

		if (k == NULL || vn == NULL)
			continue;
		if (strcmp(k, "title") == 0)
			d->fm_title = yaml_str(d, vn);
		else if (strcmp(k, "name") == 0)
			d->fm_name = yaml_str(d, vn);
		else if (strcmp(k, "image") == 0) {
			const char *im = yaml_str(d, vn);

			/* a URL (kept, never fetched) or a file beside the
			 * input */
			if (im &&
			    (link_is_web(im) || link_is_local_image(im))) {
				d->r->basics.image = im;
				d->r->basics.image_pos = (struct resume_pos){
				    line0 + (unsigned)vn->start_mark.line,
				    (unsigned)vn->start_mark.column + 1, NULL};
			} else if (im)
				resume_diag_add(d->diag, RESUME_WARNING,
				    d->file,
				    line0 + (unsigned)vn->start_mark.line,
				    (unsigned)vn->start_mark.column + 1,
				    "the image '%s' is neither an http(s) URL "
				    "nor a JPEG or PNG file beside the résumé; "
				    "it is left out",
				    im);
		} else if (strcmp(k, "location") == 0 &&
		    vn->type == YAML_MAPPING_NODE) {
			struct resume_place *pl = resume_arena_alloc(
			    d->r->arena, sizeof(*pl));

			for (q = vn->data.mapping.pairs.start;
			     q < vn->data.mapping.pairs.top; q++) {
				const char *pk, *pv;

				if (!yaml_pair_strs(d, doc, q, &pk, &pv))
					continue;
				if (strcmp(pk, "address") == 0)
					pl->address = pv;
				else if (strcmp(pk, "postalCode") == 0)
					pl->postal_code = pv;
				else if (strcmp(pk, "city") == 0)
					pl->city = pv;
				else if (strcmp(pk, "countryCode") == 0)
					pl->country_code = pv;
				else if (strcmp(pk, "region") == 0)
					pl->region = pv;
			}
			d->fm_place = pl;
			d->fm_place_pos.line = line0 +
			    (unsigned)kn->start_mark.line;
			d->fm_place_pos.col = (unsigned)kn->start_mark.column +
			    1;
		} else if (fm_contact(d, k, yaml_str(d, vn),
		               line0 + (unsigned)kn->start_mark.line,
		               (unsigned)kn->start_mark.column + 1)) {
			continue;
		} else if (strcmp(k, "words") == 0 &&
		    vn->type == YAML_MAPPING_NODE) {
			/* words chosen over the language tables' */
			for (q = vn->data.mapping.pairs.start;
			     q < vn->data.mapping.pairs.top; q++) {
				const char *wk, *wv;
				yaml_node_t *at = yaml_document_get_node(
				    doc, q->key);
				struct resume_pos pos = {
				    line0 + (unsigned)at->start_mark.line,
				    (unsigned)at->start_mark.column + 1, NULL};

				if (yaml_pair_strs(d, doc, q, &wk, &wv))
					loader_word(
					    d->r, wk, wv, &pos, d->diag);
			}
		} else if (strcmp(k, "meta") == 0 &&
		    vn->type == YAML_MAPPING_NODE) {
			for (q = vn->data.mapping.pairs.start;
			     q < vn->data.mapping.pairs.top; q++) {
				const char *mk, *mv;
				struct resume_meta *m;

				if (!yaml_pair_strs(d, doc, q, &mk, &mv) ||
				    mv == NULL)
					continue;
				m = RESUME_PUSH(
				    d->r->arena, d->r->meta, &d->r->nmeta);
				m->key = mk;
				m->value = mv;
			}
		}
	}
}

/* A front matter that is not YAML (Jekyll files often hold "title: A: B")
 * still names the person: its top-level "name:" and "title:" lines. */
static void
fm_lines(struct md_doc *d, const char *s, size_t len)
{
	size_t ls, le;

	for (ls = 0; ls < len; ls = le + 1) {
		const char *colon, *v, *ve;
		const char **dst = NULL;

		for (le = ls; le < len && s[le] != '\n'; le++)
			;
		if (!isalpha((unsigned char)s[ls]) ||
		    (colon = memchr(s + ls, ':', le - ls)) == NULL)
			continue;
		if ((size_t)(colon - (s + ls)) == 5 &&
		    strncmp(s + ls, "title", 5) == 0)
			dst = &d->fm_title;
		else if ((size_t)(colon - (s + ls)) == 4 &&
		    strncmp(s + ls, "name", 4) == 0)
			dst = &d->fm_name;
		if (dst == NULL)
			continue;
		v = colon + 1;
		ve = s + le;
		while (v < ve && (*v == ' ' || *v == '\t'))
			v++;
		while (ve > v && (ve[-1] == ' ' || ve[-1] == '\r'))
			ve--;
		if (ve - v >= 2 && (*v == '"' || *v == '\'') && ve[-1] == *v) {
			v++;
			ve--;
		}
		if (ve > v)
			*dst = resume_arena_strndup(
			    d->r->arena, v, (size_t)(ve - v));
	}
}

/* Reads the YAML between "---" and "---" (or "...") at the start with
 * libyaml.  Returns the bytes the front matter spans (0 when there is
 * none) and its lines in *lines. */
static size_t
front_matter(struct md_doc *d, const char *s, size_t len, unsigned int *lines)
{
	size_t i, ls, le, body;
	unsigned int nl = 1;
	yaml_parser_t parser;
	yaml_document_t doc;
	yaml_node_t *root;

	if (len < 4 || strncmp(s, "---", 3) != 0 ||
	    (s[3] != '\n' && s[3] != '\r'))
		return 0;
	for (i = 3; i < len && s[i] != '\n'; i++)
		;
	body = ++i;
	for (ls = body; ls < len; ls = le + 1) {
		for (le = ls; le < len && s[le] != '\n'; le++)
			;
		nl++;
		if ((le - ls >= 3 &&
		        (strncmp(s + ls, "---", 3) == 0 ||
		            strncmp(s + ls, "...", 3) == 0)) &&
		    (le - ls == 3 || s[ls + 3] == '\r' || s[ls + 3] == ' '))
			break;
	}
	if (ls >= len)
		return 0; /* no closing line: not front matter */
	*lines = nl;
	if (!yaml_parser_initialize(&parser))
		return le < len ? le + 1 : le;
	yaml_parser_set_input_string(
	    &parser, (const unsigned char *)s + body, ls - body);
	if (!yaml_parser_load(&parser, &doc)) {
		resume_diag_add(d->diag, RESUME_WARNING, d->file,
		    (unsigned)parser.problem_mark.line + 2,
		    (unsigned)parser.problem_mark.column + 1,
		    "the front matter is not YAML (%s); only its name: and "
		    "title: lines are read",
		    parser.problem ? parser.problem : "unreadable");
		fm_lines(d, s + body, ls - body);
	} else {
		root = yaml_document_get_root_node(&doc);
		if (root && root->type == YAML_MAPPING_NODE)
			fm_pairs(d, &doc, root, 2);
		yaml_document_delete(&doc);
	}
	yaml_parser_delete(&parser);
	return le < len ? le + 1 : le;
}

/* Is url a picture that may be a photo: a JPEG or PNG beside the input,
 * or one on the web (kept, never fetched)?  Badges and logos are mostly
 * SVG or have no file type. */
static bool
photo_like(const char *url)
{
	size_t n;

	if (link_is_local_image(url))
		return true;
	if (!link_is_web(url))
		return false;
	n = strcspn(url, "?#");
	return (n > 4 && strncasecmp(url + n - 4, ".jpg", 4) == 0) ||
	    (n > 4 && strncasecmp(url + n - 4, ".png", 4) == 0) ||
	    (n > 5 && strncasecmp(url + n - 5, ".jpeg", 5) == 0);
}

/* The src of the first <img> tag in an HTML literal into buf, or "". */
static void
img_src(const char *lit, char *buf, size_t sz)
{
	const char *p = lit, *e;
	char q;

	buf[0] = '\0';
	while ((p = strchr(p, '<')) != NULL) {
		p++;
		if (strncasecmp(p, "img", 3) != 0 ||
		    !(p[3] == ' ' || p[3] == '\t' || p[3] == '\n'))
			continue;
		for (e = p + 3; *e && *e != '>'; e++) {
			if (strncasecmp(e, "src=", 4) != 0 ||
			    !(e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n'))
				continue;
			e += 4;
			q = *e;
			if (q == '"' || q == '\'') {
				size_t n = strcspn(
				    e + 1, q == '"' ? "\"" : "'");

				if (n < sz && e[1 + n] == q) {
					memcpy(buf, e + 1, n);
					buf[n] = '\0';
				}
			}
			return;
		}
		return;
	}
}

/* Notes the document's first picture that may be a photo, Markdown's
 * ![...](me.jpg) or HTML's <img src="me.jpg">, and where it is; the
 * recogniser takes it for the photo when it stands before the first
 * section. */
static void
find_photo(struct flat *f, cmark_node *doc)
{
	cmark_iter *it = cmark_iter_new(doc);
	cmark_event_type ev;
	char src[1025];

	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *n = cmark_iter_get_node(it), *b;
		cmark_node_type type = cmark_node_get_type(n);
		const char *url = NULL;

		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (type == CMARK_NODE_IMAGE)
			url = cmark_node_get_url(n);
		else if (type == CMARK_NODE_HTML_BLOCK ||
		    type == CMARK_NODE_HTML_INLINE) {
			img_src(cmark_node_get_literal(n), src, sizeof(src));
			url = src;
		}
		if (url == NULL || !photo_like(url))
			continue;
		/* inlines carry no position of their own in every cmark:
		 * the block's */
		for (b = n; b && cmark_node_get_start_line(b) == 0;)
			b = cmark_node_parent(b);
		f->d->photo = resume_arena_strdup(f->a, url);
		f->d->photo_pos.line = (b ? (unsigned)cmark_node_get_start_line(
		                                b)
		                          : 1) +
		    f->line_offset;
		f->d->photo_pos.col = b
		    ? (unsigned)cmark_node_get_start_column(b)
		    : 1;
		break;
	}
	cmark_iter_free(it);
}

static pthread_once_t cmark_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t cmark_inlines = PTHREAD_MUTEX_INITIALIZER;

static void
cmark_register(void)
{
	cmark_gfm_core_extensions_ensure_registered();
}

/*
 * Parses s[0, n) with cmark-gfm's options and the named extensions
 * (NULL-terminated); the parser is freed, the document is the caller's.
 * Safe in several threads at once: cmark-gfm registers its extensions
 * in a process-wide list without a lock, and its inline parser adds the
 * extensions' characters ('~', '|') to a process-wide table and takes
 * them out again when a document is finished, so that one thread could
 * parse another's strikethrough as text; both are done under a lock.
 */
static cmark_node *
parse(const char *s, size_t n, int options, const char *const *exts)
{
	cmark_parser *p;
	cmark_node *doc;

	pthread_once(&cmark_once, cmark_register);
	p = cmark_parser_new(options);
	for (; *exts; exts++) {
		cmark_syntax_extension *e = cmark_find_syntax_extension(*exts);

		if (e)
			cmark_parser_attach_syntax_extension(p, e);
	}
	cmark_parser_feed(p, s, n);
	pthread_mutex_lock(&cmark_inlines);
	doc = cmark_parser_finish(p);
	pthread_mutex_unlock(&cmark_inlines);
	cmark_parser_free(p);
	return doc;
}

struct resume *
resume_load_markdown(
    const char *data, size_t len, const char *file, struct resume_diag *diag)
{
	struct md_doc d = {0};
	struct flat f = {0};
	cmark_node *doc;
	size_t fm;
	unsigned int fm_lines = 0;
	static const char *const exts[] = {
	    "table", "strikethrough", "autolink", NULL};

	if (resume_check_utf8(data, len, file, diag) < 0)
		return NULL;
	d.r = resume_new(file);
	d.file = d.r->file;
	d.diag = diag;
	fm = front_matter(&d, data, len, &fm_lines);
	f.d = &d;
	f.a = d.r->arena;
	f.line_offset = fm ? fm_lines : 0;

	doc = parse(
	    data + fm, len - fm, CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES, exts);
	find_photo(&f, doc);
	walk(&f, doc);
	cmark_node_free(doc);

	d.r->lang = guess_lang(data + fm, len - fm);
	recognize(&d);
	free(d.blocks);
	return loader_refuse_empty(d.r, len, diag);
}

void
markdown_fragment(struct resume_arena *a, const char *text,
    struct resume_block **blocks, size_t *n)
{
	struct md_doc d = {0};
	struct flat f = {0};
	cmark_node *doc;
	static const char *const exts[] = {"table", "strikethrough", NULL};
	size_t i, j;

	f.d = &d;
	f.a = a;
	doc = parse(text, strlen(text), CMARK_OPT_DEFAULT, exts);
	walk(&f, doc);
	cmark_node_free(doc);
	for (i = 0; i < d.nblocks; i++) {
		text_finish(a, &d.blocks[i].text);
		for (j = 0; j < d.blocks[i].ncells; j++)
			text_finish(a, &d.blocks[i].cells[j]);
	}
	*blocks = d.nblocks
	    ? resume_arena_alloc(a, d.nblocks * sizeof(**blocks))
	    : NULL;
	if (d.nblocks)
		memcpy(*blocks, d.blocks, d.nblocks * sizeof(**blocks));
	*n = d.nblocks;
	free(d.blocks);
}

static void
html_text_tag(struct flat *f, struct resume_text *t, const char *name,
    bool closing, void *ctx)
{
	(void)closing;
	(void)ctx;
	if (strcmp(name, "br") == 0)
		text_add(f->a, t, "\n", 1, RESUME_SPAN_BREAK, NULL);
	else if (tag_in(name, html_blocks))
		text_add(f->a, t, " ", 1, SPAN_SOFT, NULL);
}

void
markdown_inline(struct resume_arena *a, const char *text, size_t len,
    struct resume_text *t, struct resume_marks *marks)
{
	struct md_doc d = {0};
	struct flat f = {0};
	cmark_node *doc;
	cmark_iter *it;
	cmark_event_type ev;
	static const char *const exts[] = {"strikethrough", "autolink", NULL};

	f.d = &d;
	f.a = a;
	f.marks_out = marks;
	f.soft_breaks = true;
	memset(t, 0, sizeof(*t));
	doc = parse(text, len, CMARK_OPT_DEFAULT, exts);
	it = cmark_iter_new(doc);
	while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
		cmark_node *c = cmark_iter_get_node(it);
		cmark_node_type type = cmark_node_get_type(c);
		const char *lit;

		if (ev != CMARK_EVENT_ENTER)
			continue;
		if (type != CMARK_NODE_PARAGRAPH &&
		    type != CMARK_NODE_HEADING &&
		    type != CMARK_NODE_HTML_BLOCK &&
		    type != CMARK_NODE_CODE_BLOCK)
			continue;
		/* each block of the string on a line of its own */
		if (t->nspans)
			text_add(a, t, "\n", 1, RESUME_SPAN_BREAK, NULL);
		/* an HTML block's text: tags dropped, <br> a break */
		if (type == CMARK_NODE_HTML_BLOCK)
			html_walk(&f, cmark_node_get_literal(c), t,
			    html_text_tag, NULL);
		else if (type == CMARK_NODE_CODE_BLOCK) {
			lit = cmark_node_get_literal(c);
			text_add(a, t, lit, strcspn(lit, "\n"),
			    RESUME_SPAN_CODE, NULL);
		} else {
			f.html_href = NULL;
			inlines(&f, c, t);
			f.html_href = NULL;
			cmark_iter_reset(it, c, CMARK_EVENT_EXIT);
		}
	}
	cmark_iter_free(it);
	cmark_node_free(doc);
	text_finish(a, t);
}
