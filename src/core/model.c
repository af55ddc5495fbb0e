#include <string.h>

#include "resume/arena.h"
#include "resume/buf.h"
#include "resume/model.h"
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
resume_is_empty(const struct resume *r)
{
	const struct resume_basics *b = &r->basics;

	return (b->name == NULL || *b->name == '\0') &&
	    (b->label == NULL || *b->label == '\0') && b->ncontacts == 0 &&
	    b->nsummary == 0 && r->nsections == 0;
}
