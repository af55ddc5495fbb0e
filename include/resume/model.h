/*
 * The résumé model: one structure that every loader fills and every backend
 * reads.  All of it lives in one arena; resume_free() releases everything.
 * After loading the model is const: backends only borrow it.
 */
#ifndef RESUME_MODEL_H
#define RESUME_MODEL_H

#include <stdbool.h>
#include <stddef.h>

struct resume_arena;

/* Where a model element came from: line:col for Markdown (1-based, 0 when
 * synthesized), a JSON pointer for JSON input. */
struct resume_pos {
	unsigned int line;
	unsigned int col;
	const char *pointer;
};

enum resume_span_flag {
	RESUME_SPAN_BOLD = 1 << 0,
	RESUME_SPAN_ITALIC = 1 << 1,
	RESUME_SPAN_CODE = 1 << 2,
	RESUME_SPAN_STRIKE = 1 << 3,
	RESUME_SPAN_BREAK = 1 << 4, /* a hard line break; text is "\n" */
	/* the text of a link to a place in the document ("#en"), shown as
	 * plain text: a list of nothing else is the document's navigation */
	RESUME_SPAN_ANCHOR = 1 << 5,
	/* the text of a link whose target is not kept (a file beside the
	 * résumé, "resume.pdf"): words that name a link, not a place */
	RESUME_SPAN_DROPPED_LINK = 1 << 6,
};

/* A run of text with one style.  href is an http(s), mailto or tel target,
 * or NULL: links to "#", "" or other schemes are plain text. */
struct resume_span {
	const char *text;
	unsigned int flags;
	const char *href;
};

/* Rich text: an ordered list of spans. */
struct resume_text {
	struct resume_span *spans;
	size_t nspans;
};

enum resume_block_kind {
	RESUME_BLOCK_PARAGRAPH,
	RESUME_BLOCK_ITEM,      /* a list item's first paragraph */
	RESUME_BLOCK_HEADING,   /* a heading inside free content */
	RESUME_BLOCK_CODE,      /* preformatted text, in literal */
	RESUME_BLOCK_TABLE_ROW, /* cells[], header marks the head row */
	RESUME_BLOCK_RULE,      /* a thematic break inside free content */
};

/* Deeper lists and quotes than this are kept at this depth: the content
 * stays, and no backend indents a line off the page (10,000 nested
 * bullets would otherwise be 20,000 columns in). */
#define RESUME_MAX_NESTING 10

/* One word in another language: a section title's translation. */
struct resume_alt {
	const char *lang; /* a language code of the tables: "fr" */
	const char *text;
};

/* What the author marked a part of the résumé with for tailoring (in
 * Markdown a comment, <!-- tags: backend; lang: fr -->, in JSON Resume
 * x-tags and x-lang): the tags it carries, the language it is the
 * alternative in (of the part of its kind before it, which it replaces
 * when that language is chosen), and for a section heading its title in
 * other languages. */
struct resume_marks {
	const char **tags;
	size_t ntags;
	const char *lang; /* NULL: no alternative, the original */
	struct resume_alt *alts;
	size_t nalts;
};

/* A block of free content.  Lists and quotes are flattened: level is the
 * list nesting depth (an ITEM at level 0 is a top-level bullet; a PARAGRAPH
 * at level 1 continues a top-level item), quote the blockquote depth; both
 * at most RESUME_MAX_NESTING. */
struct resume_block {
	enum resume_block_kind kind;
	unsigned int level;
	unsigned int quote;
	unsigned int number;  /* ordered item number, 0 = bullet */
	unsigned int heading; /* HEADING: its level 1..6 */
	struct resume_text text;
	const char *literal;       /* CODE: the text, '\n'-ended lines */
	struct resume_text *cells; /* TABLE_ROW */
	size_t ncells;
	bool header; /* TABLE_ROW: the head row */
	/* PARAGRAPH: a work entry's description, JSON Resume's "description"
	 * (a line about the organisation, "Awesome compression company"),
	 * set in italics apart from the summary: its spans are italic */
	bool description;
	struct resume_marks marks; /* tags, language (tailoring) */
	struct resume_pos pos;
};

/* A calendar date as precise as written: month 0 and day 0 mean unknown;
 * season 1..4 is spring, summer, autumn, winter.  present marks an open end
 * written as "Present", "now", "至今"...  year 0 with !present: no date. */
struct resume_date {
	int year;
	int month;
	int day;
	int season;
	bool present;
};

/* A date or a range, parsed, with the text as written.  start_text and
 * end_text hold each end as written; sep the separator as written. */
struct resume_dates {
	struct resume_date start;
	struct resume_date end;
	bool range;       /* has an end (possibly open) */
	const char *text; /* whole date text as written */
	const char *start_text;
	const char *end_text; /* NULL when !range or open end */
	const char *sep;
};

enum resume_contact_kind {
	RESUME_CONTACT_EMAIL,
	RESUME_CONTACT_PHONE,
	RESUME_CONTACT_URL,
	RESUME_CONTACT_PROFILE, /* a URL on a known network (GitHub...) */
	RESUME_CONTACT_LOCATION,
	RESUME_CONTACT_OTHER
};

/* A place in parts, as JSON Resume's basics.location holds it; any part
 * may be NULL.  The contact's text is the parts joined
 * (resume_place_text). */
struct resume_place {
	const char *address; /* lines joined by '\n' */
	const char *postal_code;
	const char *city;
	const char *country_code;
	const char *region;
};

/* One contact item.  label is what the user wrote before it ("Email",
 * "Телефон"), or NULL.  text is as shown; href the link target, if any.
 * network names the profile network for PROFILE ("GitHub"). */
struct resume_contact {
	enum resume_contact_kind kind;
	const char *label;
	const char *text;
	const char *href;
	const char *network;
	const struct resume_place *place; /* LOCATION: its parts, or NULL */
	bool in_section;                  /* written in a contact
	                                   * section, shown there */
	struct resume_pos pos;
};

enum resume_section_kind {
	RESUME_SECTION_CUSTOM,
	RESUME_SECTION_SUMMARY,
	RESUME_SECTION_WORK,
	RESUME_SECTION_VOLUNTEER,
	RESUME_SECTION_EDUCATION,
	RESUME_SECTION_AWARDS,
	RESUME_SECTION_CERTIFICATES,
	RESUME_SECTION_PUBLICATIONS,
	RESUME_SECTION_SKILLS,
	RESUME_SECTION_LANGUAGES,
	RESUME_SECTION_INTERESTS,
	RESUME_SECTION_REFERENCES,
	RESUME_SECTION_PROJECTS,
	RESUME_SECTION_CONTACT
};

/*
 * One entry of a section.  The generic fields mean, per section kind:
 *   title     work/volunteer: position; education: study type (degree);
 *             skills: category name; languages: language; others: name
 *   org       work: company; education: institution; awards: awarder;
 *             certificates: issuer; publications: publisher
 *   area      education: field of study
 *   level     skills: level; languages: fluency; education: score
 *   keywords  skills and interests: items; projects: keywords
 * group is the sub-heading the entry stands under inside its section
 * ("Journals", "Patents"), when the source groups entries that way.
 * body holds the description in source order: paragraphs, bullets (ITEM
 * blocks; the level-0 ones are the highlights), nested lists, code.
 */
struct resume_entry {
	const char *group; /* sub-heading above it, or NULL */
	const char *title;
	const char *org;
	const char *area;
	const char *location;
	const char *url;
	const char *level;
	struct resume_dates dates;
	const char **keywords;
	size_t nkeywords;
	const char *keywords_end; /* "." that closed a keyword sentence as
	                           * written, or NULL */
	struct resume_block *body;
	size_t nbody;
	struct resume_marks marks; /* tags, language (tailoring) */
	struct resume_pos pos;
};

/* A section: its title as written (NULL for untitled leading content),
 * intro content before the first entry, then the entries.  implicit marks a
 * section the loader made for entries that had no section heading. */
struct resume_section {
	enum resume_section_kind kind;
	const char *title;
	bool implicit;
	struct resume_block *intro;
	size_t nintro;
	struct resume_entry *entries;
	size_t nentries;
	struct resume_marks marks; /* the title in other languages */
	struct resume_pos pos;
};

struct resume_basics {
	const char *name;
	const char *label; /* headline */
	/* the photo as written: an http(s) URL (kept, never fetched) or a
	 * JPEG or PNG file relative to the input (link_is_local_image());
	 * NULL for none */
	const char *image;
	struct resume_pos image_pos;     /* where image was written */
	struct resume_contact *contacts; /* in source order */
	size_t ncontacts;
	struct resume_block *summary; /* free content under the name */
	size_t nsummary;
	struct resume_pos pos;
};

/* One "key: value" of the document's metadata (JSON Resume's meta:
 * canonical, version, lastModified, theme...), as written. */
struct resume_meta {
	const char *key;
	const char *value;
};

struct resume {
	struct resume_arena *arena;
	const char *file; /* as given, "<stdin>" for - */
	const char *lang; /* BCP 47 guess ("en", "zh"...) */
	struct resume_basics basics;
	struct resume_section *sections;
	size_t nsections;
	struct resume_meta *meta; /* in source order */
	size_t nmeta;
	/* words the author chose over the language tables' ("present": "to
	 * date", "fr.work": "Parcours", "page": "{page}/{pages}"): the
	 * document's (front matter or x-words), then a theme's */
	struct resume_meta *words;
	size_t nwords;
};

/* Returns a new empty résumé owning a fresh arena; free with resume_free. */
struct resume *resume_new(const char *file);
/* Frees the résumé and its arena; NULL is a no-op. */
void resume_free(struct resume *);

/* Returns the default display title of a section kind (English), or NULL
 * for RESUME_SECTION_CUSTOM. */
const char *resume_section_kind_title(enum resume_section_kind);
/* Returns true when the section's title is no one's words but what its
 * kind implies: NULL, or the kind's title (resume_section_kind_title) on a
 * JSON Resume section or on one the Markdown reader made for entries with
 * no heading.  Such a title is shown in the résumé's language. */
bool resume_section_title_implied(const struct resume_section *);
/* Is k a section of named keyword lists (skills, languages, interests)
 * rather than of dated entries? */
bool resume_section_kind_is_keywords(enum resume_section_kind);
/* Returns the lowercase identifier of a section kind ("work"...). */
const char *resume_section_kind_name(enum resume_section_kind);

/* Returns the word the author chose for key ("present", "work",
 * "phone", "page"...) in language lang: "LANG.key" first, then "key";
 * NULL when none. */
const char *resume_word(
    const struct resume *r, const char *lang, const char *key);
/* Why a word the author chose cannot be used, or NULL when it can: its
 * key must be a section kind's name ("work"), "present", "phone",
 * "score", "type" or "page", after an optional language code of the
 * tables and a dot ("fr.present"); its text a line with no control
 * character, with no brace but "page"'s {page} (which it must say) and
 * {pages}.  The reasons are static sentences. */
const char *resume_word_problem(const char *key, const char *text);

/* Returns the number of top-level bullets (highlights) of an entry. */
size_t resume_entry_highlights(const struct resume_entry *);
/* Returns the first contact of the kind, or NULL. */
const struct resume_contact *resume_contact_find(
    const struct resume *, enum resume_contact_kind);
/* Returns true when r has no name, label, contact, summary or section
 * with something in it: nothing any backend would show. */
bool resume_is_empty(const struct resume *r);
/* Returns true when the entry has no field and no content: no backend
 * shows it. */
bool resume_entry_is_empty(const struct resume_entry *);
/* Returns true when no backend shows the section: nothing is in it, and
 * its title is not one the user wrote in Markdown (a section only a JSON
 * structure implies, with nothing in it, is not shown). */
bool resume_section_is_empty(const struct resume_section *);
/* Writes a place's parts as one line, "2712 Broadway St, San Francisco,
 * California, CA 94115, US": address lines, city, region, postal code,
 * country, each said once.  Returns an arena string, or NULL when no part
 * has text. */
const char *resume_place_text(
    struct resume_arena *, const struct resume_place *);
/* Returns true when s is NULL, empty or only white space. */
bool resume_str_blank(const char *s);
/* Returns true when the text has no spans or only blank ones. */
bool resume_text_empty(const struct resume_text *);
/* Appends the plain text of t (breaks as '\n') to an arena string; returns
 * an arena-owned NUL-terminated string. */
char *resume_text_plain(struct resume_arena *, const struct resume_text *);

#endif
