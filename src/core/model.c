#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "resume/arena.h"
#include "resume/buf.h"
#include "resume/model.h"
#include "lang.h"
#include "utf8.h"
#include "xmalloc.h"

struct resume *
resume_new(const char *file)
{
	struct resume_arena *a = resume_arena_new();
	struct resume *r = resume_arena_alloc(a, sizeof(*r));

	r->arena = a;
	r->file = resume_arena_strdup(a, file ? file : "<stdin>");
	r->lang = "en";
	return r;
}

void
resume_free(struct resume *r)
{
	if (r != NULL)
		resume_arena_free(r->arena);
}

static const struct {
	const char *name;
	const char *title;
} kinds[] = {[RESUME_SECTION_CUSTOM] = {"custom", NULL},
    [RESUME_SECTION_SUMMARY] = {"summary", "Summary"},
    [RESUME_SECTION_WORK] = {"work", "Experience"},
    [RESUME_SECTION_VOLUNTEER] = {"volunteer", "Volunteering"},
    [RESUME_SECTION_EDUCATION] = {"education", "Education"},
    [RESUME_SECTION_AWARDS] = {"awards", "Awards"},
    [RESUME_SECTION_CERTIFICATES] = {"certificates", "Certificates"},
    [RESUME_SECTION_PUBLICATIONS] = {"publications", "Publications"},
    [RESUME_SECTION_SKILLS] = {"skills", "Skills"},
    [RESUME_SECTION_LANGUAGES] = {"languages", "Languages"},
    [RESUME_SECTION_INTERESTS] = {"interests", "Interests"},
    [RESUME_SECTION_REFERENCES] = {"references", "References"},
    [RESUME_SECTION_PROJECTS] = {"projects", "Projects"},
    [RESUME_SECTION_CONTACT] = {"contact", "Contact"}};

bool
resume_section_kind_is_keywords(enum resume_section_kind k)
{
	return k == RESUME_SECTION_SKILLS || k == RESUME_SECTION_LANGUAGES ||
	    k == RESUME_SECTION_INTERESTS;
}

const char *
resume_section_kind_title(enum resume_section_kind k)
{
	return kinds[k].title;
}

bool
resume_section_title_implied(const struct resume_section *s)
{
	const char *std = resume_section_kind_title(s->kind);

	/* a JSON Resume section (its place a pointer) or one the Markdown
	 * reader made for entries with no heading, titled as its kind */
	return s->title == NULL ||
	    ((s->pos.pointer || s->implicit) && std &&
	        strcmp(s->title, std) == 0);
}

const char *
resume_section_kind_name(enum resume_section_kind k)
{
	return kinds[k].name;
}

size_t
resume_entry_highlights(const struct resume_entry *e)
{
	size_t i, n = 0;

	for (i = 0; i < e->nbody; i++)
		if (e->body[i].kind == RESUME_BLOCK_ITEM &&
		    e->body[i].level == 0)
			n++;
	return n;
}

const struct resume_contact *
resume_contact_find(const struct resume *r, enum resume_contact_kind k)
{
	size_t i;

	for (i = 0; i < r->basics.ncontacts; i++)
		if (r->basics.contacts[i].kind == k)
			return &r->basics.contacts[i];
	return NULL;
}

bool
resume_text_empty(const struct resume_text *t)
{
	size_t i;
	const char *p;

	for (i = 0; i < t->nspans; i++)
		for (p = t->spans[i].text; *p; p++)
			if (*p != ' ' && *p != '\n' && *p != '\t')
				return false;
	return true;
}

char *
resume_text_plain(struct resume_arena *a, const struct resume_text *t)
{
	struct resume_buf b = {0};
	size_t i;
	char *s;

	for (i = 0; i < t->nspans; i++)
		resume_buf_puts(&b, t->spans[i].text);
	s = resume_arena_strdup(a, resume_buf_str(&b));
	resume_buf_free(&b);
	return s;
}

bool
resume_str_blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s; s++)
		if (!isspace((unsigned char)*s))
			return false;
	return true;
}

static bool
blocks_empty(const struct resume_block *b, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		switch (b[i].kind) {
		case RESUME_BLOCK_CODE:
			if (!resume_str_blank(b[i].literal))
				return false;
			break;
		case RESUME_BLOCK_TABLE_ROW:
			for (j = 0; j < b[i].ncells; j++)
				if (!resume_text_empty(&b[i].cells[j]))
					return false;
			break;
		case RESUME_BLOCK_RULE:
			break;
		default:
			if (!resume_text_empty(&b[i].text))
				return false;
		}
	}
	return true;
}

bool
resume_entry_is_empty(const struct resume_entry *e)
{
	size_t i;

	if (!resume_str_blank(e->title) || !resume_str_blank(e->org) ||
	    !resume_str_blank(e->area) || !resume_str_blank(e->location) ||
	    !resume_str_blank(e->url) || !resume_str_blank(e->level) ||
	    !resume_str_blank(e->dates.text) || !resume_str_blank(e->group))
		return false;
	for (i = 0; i < e->nkeywords; i++)
		if (!resume_str_blank(e->keywords[i]))
			return false;
	return blocks_empty(e->body, e->nbody);
}

bool
resume_section_is_empty(const struct resume_section *s)
{
	size_t i;

	if (!blocks_empty(s->intro, s->nintro))
		return false;
	for (i = 0; i < s->nentries; i++)
		if (!resume_entry_is_empty(&s->entries[i]))
			return false;
	/* an empty section the user titled in Markdown keeps its words */
	return !(s->title && s->pos.pointer == NULL && s->pos.line > 0);
}

bool
resume_is_empty(const struct resume *r)
{
	const struct resume_basics *b = &r->basics;
	size_t i;

	if (!resume_str_blank(b->name) || !resume_str_blank(b->label) ||
	    !blocks_empty(b->summary, b->nsummary))
		return false;
	for (i = 0; i < b->ncontacts; i++)
		if (!resume_str_blank(b->contacts[i].text))
			return false;
	for (i = 0; i < r->nsections; i++)
		if (!resume_section_is_empty(&r->sections[i]))
			return false;
	return true;
}

/* Does the place s already name part, as whole words ("CA" in "Mountain
 * View, CA 94035", not in "CASTLE")? */
static bool
names_part(const char *s, const char *part)
{
	size_t n = strlen(part);
	const char *p;

	if (n == 0)
		return true;
	for (p = s; (p = strcasestr(p, part)) != NULL; p++) {
		bool before = p == s || !isalnum((unsigned char)p[-1]);
		bool after = !isalnum((unsigned char)p[n]);

		if (before && after)
			return true;
	}
	return false;
}

const char *
resume_place_text(struct resume_arena *a, const struct resume_place *pl)
{
	/* as addresses are written: "City, ST 12345" with a region, "12345
	 * City" without one (a code of digits: "CA 94115" as a postal code
	 * already names its region) */
	struct resume_buf pc = {0};
	const char *parts[5] = {pl->address, pl->city, pl->region,
	    pl->postal_code, pl->country_code};
	struct resume_buf l = {0};
	const char *t = NULL, *v;
	size_t i;

	if (pl->postal_code && !resume_str_blank(pl->postal_code) &&
	    strspn(pl->postal_code, "0123456789- ") ==
	        strlen(pl->postal_code)) {
		bool region = pl->region && !resume_str_blank(pl->region);
		bool city = pl->city && !resume_str_blank(pl->city);

		/* "Tokyo, Tokyo": a region that is the city is said once,
		 * the code after it as before */
		if (region && city && strcasecmp(pl->region, pl->city) == 0)
			;
		else if (region)
			resume_buf_printf(
			    &pc, "%s %s", pl->region, pl->postal_code);
		else if (city)
			resume_buf_printf(
			    &pc, "%s %s", pl->postal_code, pl->city);
		if (pc.len) {
			parts[region ? 2 : 1] = resume_buf_str(&pc);
			parts[3] = NULL;
		}
	}
	for (i = 0; i < 5; i++) {
		/* "上海, 上海": a part the place already names is said once */
		if ((v = parts[i]) == NULL || resume_str_blank(v) ||
		    names_part(resume_buf_str(&l), v))
			continue;
		if (l.len)
			resume_buf_puts(&l, ", ");
		/* an address of several lines, on one */
		for (; *v; v++)
			if (*v == '\n' || *v == '\r') {
				while (l.len &&
				    (l.data[l.len - 1] == ' ' ||
				        l.data[l.len - 1] == ','))
					l.data[--l.len] = '\0';
				resume_buf_puts(&l, ", ");
				while (
				    v[1] == '\n' || v[1] == '\r' || v[1] == ' ')
					v++;
			} else
				resume_buf_putc(&l, *v);
	}
	if (l.len)
		t = resume_arena_strdup(a, l.data);
	resume_buf_free(&l);
	resume_buf_free(&pc);
	return t;
}

/* The key without its language ("fr.present" → "present"), and that
 * language's code in lang (empty when none). */
static const char *
word_key(const char *key, char *lang, size_t size)
{
	const char *dot = strchr(key, '.');

	lang[0] = '\0';
	if (dot == NULL)
		return key;
	if ((size_t)(dot - key) < size) {
		memcpy(lang, key, (size_t)(dot - key));
		lang[dot - key] = '\0';
	}
	return dot + 1;
}

const char *
resume_word_problem(const char *key, const char *text)
{
	static const char *const words[] = {
	    "present", "phone", "score", "type", "page"};
	char lang[16];
	const char *k = word_key(key, lang, sizeof(lang)), *p;
	size_t i, n;
	bool known = false, page, ok;
	uint32_t cp;

	if (k == key || (lang[0] && lang_find(lang) && !strchr(k, '.'))) {
		for (i = 0; i < sizeof(words) / sizeof(*words); i++)
			known = known || strcmp(k, words[i]) == 0;
		for (i = RESUME_SECTION_SUMMARY; i <= RESUME_SECTION_CONTACT;
		     i++)
			known = known || strcmp(k, kinds[i].name) == 0;
	}
	if (!known)
		return "no word of that name (present, phone, score, type, "
		       "page, or a section kind such as work), after an "
		       "optional language code and a dot";
	page = strcmp(k, "page") == 0;
	ok = text && *text;
	for (i = 0, n = ok ? strlen(text) : 0; ok && i < n;) {
		i += utf8_decode(text + i, n - i, &cp);
		ok = !utf8_is_control(cp);
	}
	/* a brace only around {page} or {pages}, and those in "page" */
	for (p = text; ok && *p; p++) {
		if (page && strncmp(p, "{page}", 6) == 0)
			p += 5;
		else if (page && strncmp(p, "{pages}", 7) == 0)
			p += 6;
		else
			ok = *p != '{' && *p != '}';
	}
	if (!ok || (page && strstr(text, "{page}") == NULL))
		return "its text must be a line with no control character, "
		       "and \"page\" must say {page} (and may say {pages})";
	return NULL;
}

const char *
resume_word(const struct resume *r, const char *lang, const char *key)
{
	char full[64];
	size_t i;

	if (r == NULL)
		return NULL;
	snprintf(full, sizeof(full), "%.15s.%s", lang ? lang : "", key);
	for (i = 0; lang && i < r->nwords; i++)
		if (strcmp(r->words[i].key, full) == 0)
			return r->words[i].value;
	for (i = 0; i < r->nwords; i++)
		if (strcmp(r->words[i].key, key) == 0)
			return r->words[i].value;
	return NULL;
}
