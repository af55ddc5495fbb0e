/*
 * The recogniser's contacts: the items under the name split and
 * classified (e-mail, phone, web, profile, place; a birth date or an age
 * is none), a table of them, a contact section or a closing footer, and
 * the front matter's.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../core/dates.h"
#include "../core/utf8.h"
#include "recognize.h"

static const char *const contact_seps[] = {"\x1f", " | ", "|", " • ", "•",
    " · ", "·", " . ", "\xe2\x80\x83", "  ", "\t", NULL};

/* A calendar date written in numbers: three groups parted by one of
 * ". / -", one of them a year of four digits at an end, the others of
 * one or two ("12.03.1990", "1990-03-12", "3/12/1990"): a birth date,
 * never a phone number. */
static bool
numeric_date(const char *s)
{
	size_t g[3], k = 0, n;
	char sep = 0;

	while (k < 3) {
		n = strspn(s, "0123456789");
		if (n == 0)
			return false;
		g[k++] = n;
		s += n;
		if (*s == '\0')
			break;
		if (!strchr("./-", *s) || (sep && *s != sep))
			return false;
		sep = *s++;
	}
	if (k != 3 || *s)
		return false;
	return (g[0] == 4 && g[1] <= 2 && g[2] <= 2) ||
	    (g[2] == 4 && g[0] <= 2 && g[1] <= 2);
}

static bool
looks_phone(const char *s)
{
	int digits = 0, other = 0;

	if (numeric_date(s))
		return false;
	if (*s == '+' || *s == '(' || isdigit((unsigned char)*s)) {
		for (; *s; s++) {
			if (isdigit((unsigned char)*s))
				digits++;
			else if (!strchr(" ()-.+/", *s) &&
			    strncmp(s, "\xc2\xa0", 2) != 0)
				other++;
		}
		return digits >= 7 && digits <= 15 && other == 0;
	}
	return false;
}

static bool
looks_url(const char *s)
{
	const char *dot, *p;

	if (strncasecmp(s, "http://", 7) == 0 ||
	    strncasecmp(s, "https://", 8) == 0 ||
	    strncasecmp(s, "www.", 4) == 0)
		return strchr(s, ' ') == NULL;
	/* host.tld[/path] */
	dot = strchr(s, '.');
	if (dot == NULL || dot == s || strchr(s, ' ') || strchr(s, '@'))
		return false;
	for (p = dot + 1; isalpha((unsigned char)*p); p++)
		;
	return p - dot - 1 >= 2 && (*p == '\0' || *p == '/');
}

bool
label_is(const char *s, size_t n, const char *const *labels)
{
	size_t k;

	for (k = 0; labels[k]; k++)
		if (strlen(labels[k]) == n && !strncasecmp(s, labels[k], n))
			return true;
	return false;
}

/* Classifies one contact item; returns false when it is none. */
static bool
classify(struct rec *rc, const struct resume_text *t, struct resume_contact *c)
{
	struct resume_buf b = {0};
	const char *s, *colon, *href = text_link(t);
	size_t n;
	bool ok = true;

	memset(c, 0, sizeof(*c));
	text_plain(t, &b);
	s = text_str(rc->a, t);
	resume_buf_free(&b);
	if (s == NULL)
		return false;
	/* strip "[ x ]" brackets */
	n = strlen(s);
	if (n > 2 && s[0] == '[' && s[n - 1] == ']') {
		s = resume_arena_strndup(rc->a, s + 1, n - 2);
		while (*s == ' ')
			s++;
		n = strlen(s);
		while (n && s[n - 1] == ' ')
			n--;
		s = resume_arena_strndup(rc->a, s, n);
	}
	/* a label: "Email: x", "Телефон: x", "手机：x" */
	colon = strstr(s, ":");
	if (!colon || (colon[1] != ' ' && colon[1] != '\0'))
		colon = NULL;
	if (colon == NULL && strstr(s, "："))
		colon = strstr(s, "：");
	if (colon && colon > s && utf8_width(s, (size_t)(colon - s)) <= 20 &&
	    strncasecmp(s, "http", 4) != 0) {
		c->label = resume_arena_strndup(rc->a, s, (size_t)(colon - s));
		s = colon + (*colon == ':' ? 1 : 3);
		while (*s == ' ')
			s++;
		if (*s == '\0') {
			s = c->label;
			c->label = NULL;
		}
	}
	/* "GitHub: [octocat](url)": the link of the value, past the label */
	for (n = 0; href == NULL && n < t->nspans; n++)
		href = t->spans[n].href;
	if (href && text_link(t) == NULL) {
		/* a sentence with a link in it ("This template is offered
		 * by [JobDeer.com](…).") is no contact item */
		size_t linked = 0;

		for (n = 0; n < t->nspans; n++)
			if (t->spans[n].href)
				linked += utf8_swidth(t->spans[n].text);
		if (utf8_swidth(s) > linked + 16) {
			c->text = s;
			c->kind = RESUME_CONTACT_OTHER;
			return false;
		}
	}
	c->text = s;
	c->href = href;
	if (href && strncmp(href, "mailto:", 7) == 0)
		c->kind = RESUME_CONTACT_EMAIL;
	else if (href && strncmp(href, "tel:", 4) == 0)
		c->kind = RESUME_CONTACT_PHONE;
	else if (text_looks_email(s)) {
		c->kind = RESUME_CONTACT_EMAIL;
		if (!href)
			c->href = link_target(rc->a, s);
	} else if (looks_phone(s) &&
	    !(c->label && vocab_is_birth_label(c->label)))
		c->kind = RESUME_CONTACT_PHONE;
	else if (href || looks_url(s)) {
		if (!href && (c->href = link_target(rc->a, s)) == NULL) {
			/* "host.tld/path": a web address without its scheme */
			char *u = resume_arena_alloc(rc->a, strlen(s) + 9);

			strcpy(u, "https://");
			strcat(u, s);
			c->href = link_target(rc->a, u);
		}
		c->network = c->href ? vocab_network(c->href) : NULL;
		/* "Mastodon: [lena](https://…)": a profile on the labelled
		 * network */
		if (c->label && text_link(t) == NULL &&
		    !vocab_is_location_label(c->label) &&
		    (c->network == NULL ||
		        strcasecmp(c->network, c->label) == 0))
			c->network = c->label; /* as the user spells it */
		c->kind = c->network ? RESUME_CONTACT_PROFILE
		                     : RESUME_CONTACT_URL;
	} else if (c->label && vocab_is_phone_label(c->label)) {
		/* "Phone: upon request" */
		c->kind = RESUME_CONTACT_PHONE;
	} else if (c->label && vocab_is_network(c->label) && !strchr(s, ' ') &&
	    utf8_swidth(s) <= 40) {
		/* "GitHub: octocat": a user name on a network we know */
		c->kind = RESUME_CONTACT_PROFILE;
		c->network = c->label;
	} else {
		c->kind = RESUME_CONTACT_OTHER;
		ok = false;
		if (c->label && vocab_is_location_label(c->label))
			c->kind = RESUME_CONTACT_LOCATION;
	}
	return ok;
}

/* Counts s's letters (a byte beyond ASCII counts as one) and digits. */
static void
letters_digits(const char *s, size_t *letters, size_t *digits)
{
	*letters = *digits = 0;
	for (; *s; s++)
		if (isdigit((unsigned char)*s))
			(*digits)++;
		else if (isalpha((unsigned char)*s) ||
		    (unsigned char)*s >= 0x80)
			(*letters)++;
}

/* Words and numbers, more letters than digits: an address, not a
 * number with words about it. */
static bool
address_like(const char *s)
{
	size_t letters, digits;

	letters_digits(s, &letters, &digits);
	return letters > 2 * digits;
}

/* An age ("XX years old", "32 y.o."): no place, no phone. */
static bool
age_like(const char *s)
{
	static const char *const words[] = {
	    "years old", "year old", "yrs old", "y.o."};
	size_t i;

	for (; *s; s++)
		for (i = 0; i < sizeof(words) / sizeof(*words); i++)
			if (strncasecmp(s, words[i], strlen(words[i])) == 0)
				return true;
	return false;
}

/* A sentence ("Call me any time."): ends as one, with words in lower
 * case after its first, as a place's name has at most one ("Rio de
 * Janeiro", "Washington, D.C."); or ends with a full stop of CJK; or a
 * note in brackets ("（HR会打印你的简历）"). */
static bool
sentence_like(const char *s)
{
	size_t n = strlen(s), lower = 0;
	const char *p;

	while (n && s[n - 1] == ' ')
		n--;
	if ((s[0] == '(' && n > 1 && s[n - 1] == ')') ||
	    (n >= 6 && memcmp(s, "\uff08", 3) == 0 &&
	        memcmp(s + n - 3, "\uff09", 3) == 0))
		return true;
	if (n >= 3 &&
	    (memcmp(s + n - 3, "\u3002", 3) == 0 ||
	        memcmp(s + n - 3, "\uff01", 3) == 0 ||
	        memcmp(s + n - 3, "\uff1f", 3) == 0))
		return true;
	if (n == 0 || !strchr(".!?", s[n - 1]))
		return false;
	for (p = s; (p = strchr(p, ' ')) != NULL; p++)
		if (p[1] >= 'a' && p[1] <= 'z')
			lower++;
	return lower >= 2;
}

/* A postal address by its numbers: a house number first ("1234 Abc
 * Street, …"), or a part that begins or ends with a postal code of four or
 * five digits ("…, 10115 Berlin", "…, CA 94115"), in parts parted by
 * commas, with no fewer letters than digits. */
static bool
street_address(const char *s)
{
	const char *p;
	size_t n, letters, digits;

	letters_digits(s, &letters, &digits);
	if (strstr(s, ", ") == NULL || letters < digits)
		return false;
	n = strspn(s, "0123456789");
	if (n >= 1 && n <= 6 && s[n] == ' ' && isalpha((unsigned char)s[n + 1]))
		return true;
	for (p = s; (p = strstr(p, ", ")) != NULL;) {
		p += 2;
		n = strspn(p, "0123456789");
		if (n >= 4 && n <= 5 && p[n] == ' ')
			return true;
	}
	for (p = s + strlen(s); p > s && isdigit((unsigned char)p[-1]); p--)
		;
	n = strlen(p);
	return n >= 4 && n <= 5 && p > s && p[-1] == ' ';
}

/* A postal code alone: four or five digits, or ZIP+4 ("94115-1234"). */
static bool
postal(const char *s, size_t n)
{
	size_t d = 0;

	while (d < n && isdigit((unsigned char)s[d]))
		d++;
	if (d == 5 && n == 10 && s[5] == '-')
		return strspn(s + 6, "0123456789") >= 4;
	return (d == 4 || d == 5) && d == n;
}

/*
 * The parts of a street address in one of the two forms most write, or
 * NULL: "1234 Abc Street, Example, EX 01234" (street, city, a region of
 * capitals and the postal code) and "Hauptstraße 5, 10115 Berlin"
 * (street, the postal code and the city); a country code after either
 * (", US") is the country's.  The text stays as written; the parts are
 * for JSON Resume's location.
 */
static const struct resume_place *
street_place(struct rec *rc, const char *s)
{
	const char *part[5];
	size_t len[5], n = 0, k;
	struct resume_place *pl;
	const char *p = s, *e;

	while (n < 5) {
		e = strstr(p, ", ");
		part[n] = p;
		len[n++] = e ? (size_t)(e - p) : strlen(p);
		if (e == NULL)
			break;
		p = e + 2;
	}
	if (n < 2 || n > 4 || strstr(p, ", "))
		return NULL;
	pl = resume_arena_alloc(rc->a, sizeof(*pl));
	memset(pl, 0, sizeof(*pl));
	/* a country code last: "…, US" */
	if (n >= 3 && len[n - 1] == 2 &&
	    isupper((unsigned char)part[n - 1][0]) &&
	    isupper((unsigned char)part[n - 1][1]))
		pl->country_code = resume_arena_strndup(rc->a, part[--n], 2);
	pl->address = resume_arena_strndup(rc->a, part[0], len[0]);
	/* "EX 01234": two to three capitals, then the code */
	k = strspn(part[2 < n ? 2 : 0], "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
	if (n == 3 && k >= 2 && k <= 3 && part[2][k] == ' ' &&
	    postal(part[2] + k + 1, len[2] - k - 1)) {
		pl->city = resume_arena_strndup(rc->a, part[1], len[1]);
		pl->region = resume_arena_strndup(rc->a, part[2], k);
		pl->postal_code = resume_arena_strndup(
		    rc->a, part[2] + k + 1, len[2] - k - 1);
		return pl;
	}
	/* "10115 Berlin" */
	for (k = 0; k < len[1] && part[1][k] != ' '; k++)
		;
	if (n == 2 && k < len[1] && postal(part[1], k)) {
		pl->postal_code = resume_arena_strndup(rc->a, part[1], k);
		pl->city = resume_arena_strndup(
		    rc->a, part[1] + k + 1, len[1] - k - 1);
		return pl;
	}
	return NULL;
}

/* Splits a line into contact items; returns them (in the arena) and sets
 * *n to their count. */
static struct part *
contact_items(struct rec *rc, const struct resume_text *line, size_t *n)
{
	struct resume_buf b = {0};
	struct head h;
	const char *s;
	size_t start;

	text_plain(line, &b);
	s = resume_buf_str(&b);
	start = 0;
	while (s[start] == ' ')
		start++;
	if (s[start] == ':' && s[start + 1] == ' ')
		start += 2; /* a definition-style line */
	memset(&h, 0, sizeof(h));
	split_parts(rc, line, s, start, b.len, contact_seps, &h);
	resume_buf_free(&b);
	*n = h.nparts;
	return h.parts;
}

static void
add_contact(struct rec *rc, const struct resume_contact *c, bool in_section,
    struct resume_pos pos)
{
	struct resume_basics *bs = &rc->r->basics;
	struct resume_contact *dst;

	dst = RESUME_PUSH(rc->a, bs->contacts, &bs->ncontacts);
	*dst = *c;
	dst->in_section = in_section;
	dst->pos = pos;
}

static bool personal(const char *s);

/* An item of a line that may be a contact. */
struct citem {
	struct resume_contact c;
	struct resume_pos pos;
	size_t line;
	bool last_of_line;
	bool dropped_link; /* the text of a link not kept: no place */
};

/* Classifies the items of line l, the group's line-th, onto *cs (n of
 * them); returns how many are contacts. */
static size_t
classify_line(struct rec *rc, struct citem **cs, size_t *n,
    struct resume_text *l, size_t line, struct resume_pos pos)
{
	size_t k, ni, good = 0;
	struct part *items = contact_items(rc, l, &ni);

	for (k = 0; k < ni; k++) {
		struct citem *it = RESUME_PUSH(rc->a, *cs, n);

		/* a gender or a year of birth: not a contact, but what a
		 * contact line holds */
		good += classify(rc, &items[k].t, &it->c) ||
		    (it->c.label == NULL && it->c.text && personal(it->c.text));
		it->dropped_link = text_all(
		    &items[k].t, RESUME_SPAN_DROPPED_LINK);
		it->line = line;
		it->last_of_line = k + 1 == ni;
		it->pos = pos;
	}
	return good;
}

/* The parts of s parted by commas ("，", "、", ", "), spaces trimmed:
 * at most max of them into p and len; returns how many, 0 for more. */
static size_t
comma_parts(const char *s, const char **p, size_t *len, size_t max)
{
	size_t n = 0;

	for (;;) {
		const char *e, *z;
		size_t sep = 0;

		while (*s == ' ')
			s++;
		for (e = s; *e; e++) {
			if (strncmp(e, "\uff0c", 3) == 0 ||
			    strncmp(e, "\u3001", 3) == 0) {
				sep = 3;
				break;
			}
			if (e[0] == ',' && e[1] == ' ') {
				sep = 2;
				break;
			}
		}
		for (z = e; z > s && z[-1] == ' '; z--)
			;
		if (n == max)
			return 0;
		p[n] = s;
		len[n++] = (size_t)(z - s);
		if (sep == 0)
			return n;
		s = e + sep;
	}
}

/* Is s[0..n) a personal detail that a contact line holds beside the
 * place, as Chinese résumés write it ("浙江杭州，男，1989年"): a gender,
 * a year of birth ("1989年", "1989年生", "born 1989") or an age ("28岁",
 * "32 years old")? */
static bool
personal_detail(const char *s, size_t n)
{
	static const char *const gender[] = {
	    "男", "女", "男性", "女性", "male", "female", NULL};
	char buf[64];
	size_t i, k = 0;

	if (n == 0 || n >= sizeof(buf))
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	for (i = 0; gender[i]; i++)
		if (strcasecmp(buf, gender[i]) == 0)
			return true;
	if (age_like(buf))
		return true;
	if (strncasecmp(buf, "born ", 5) == 0)
		k = 5;
	else if (strncasecmp(buf, "b. ", 3) == 0)
		k = 3;
	for (i = k; i < n && buf[i] >= '0' && buf[i] <= '9'; i++)
		;
	if (k && i - k == 4 && i == n)
		return true; /* "born 1989" */
	if (k == 0 && i == 4 &&
	    (strcmp(buf + 4, "年") == 0 || strcmp(buf + 4, "年生") == 0 ||
	        strcmp(buf + 4, "年出生") == 0))
		return true;
	if (k == 0 && i >= 1 && i <= 2 && strcmp(buf + i, "岁") == 0)
		return true;
	return false;
}

/* Is every comma-parted part of s a personal detail? */
static bool
personal(const char *s)
{
	const char *p[8];
	size_t len[8], n = comma_parts(s, p, len, 8), i;

	for (i = 0; i < n; i++)
		if (!personal_detail(p[i], len[i]))
			return false;
	return n > 0;
}

/* Could s be a place's name beside personal details: short, no digit,
 * no sign of an address, a link or a sentence? */
static bool
place_name(const char *s, size_t n)
{
	size_t i;

	if (n == 0 || utf8_width(s, n) > 20)
		return false;
	for (i = 0; i < n; i++)
		if (strchr("0123456789@/:", s[i]))
			return false;
	return !personal_detail(s, n);
}

/* An item of a contact group that is no known kind: a place when it
 * reads as one ("Oakland, CA", a last item of few words, a street address
 * "2712 Broadway St, San Francisco, CA 94115", its parts read), never when
 * it holds an address's or a link's signs or names a link or an age. */
static void
other_place(struct rec *rc, struct citem *it)
{
	struct resume_contact *c = &it->c;
	const char *s = c->text;

	if (strpbrk(s, "@/") || it->dropped_link || vocab_names_link(s) ||
	    sentence_like(s) || personal(s))
		return;
	if (!strpbrk(s, "0123456789") && utf8_swidth(s) <= 40 && !age_like(s) &&
	    (strstr(s, ", ") || strstr(s, "، ") || strstr(s, "，") ||
	        it->last_of_line))
		c->kind = RESUME_CONTACT_LOCATION;
	else if (utf8_swidth(s) <= 80 && strstr(s, ", ") &&
	    (address_like(s) || street_address(s))) {
		c->kind = RESUME_CONTACT_LOCATION;
		if (street_address(s))
			c->place = street_place(rc, s);
	}
}

/* A place beside personal details (a gender, a year of birth, an age):
 * "浙江杭州，男，1989年" in one item, or the place as an item of its own
 * right before such details ("Hangzhou · male, born 1989").  The place
 * becomes a location contact and the details stay one free-text contact
 * after it, as written; returns true when it added them. */
static bool
personal_place(
    struct rec *rc, struct citem *cs, size_t n, size_t i, bool in_section)
{
	struct resume_contact *c = &cs[i].c, rest;
	const char *p[8];
	size_t len[8], np;

	if (c->label || cs[i].dropped_link || sentence_like(c->text))
		return false;
	np = comma_parts(c->text, p, len, 8);
	if (np >= 2 && place_name(p[0], len[0]) && personal(p[1])) {
		rest = *c;
		rest.text = p[1];
		c->kind = RESUME_CONTACT_LOCATION;
		c->text = resume_arena_strndup(rc->a, p[0], len[0]);
		add_contact(rc, c, in_section, cs[i].pos);
		add_contact(rc, &rest, in_section, cs[i].pos);
		return true;
	}
	if (np == 1 && place_name(p[0], len[0]) && i + 1 < n &&
	    cs[i + 1].line == cs[i].line &&
	    cs[i + 1].c.kind == RESUME_CONTACT_OTHER &&
	    cs[i + 1].c.label == NULL && personal(cs[i + 1].c.text)) {
		c->kind = RESUME_CONTACT_LOCATION;
		add_contact(rc, c, in_section, cs[i].pos);
		return true;
	}
	return false;
}

/* Tries blocks [b, e) as one group of contact lines.  Returns true and
 * records the contacts when most items are contacts. */
bool
contact_group(struct rec *rc, size_t b, size_t e, bool in_section)
{
	struct citem *cs = NULL;
	size_t i, j, nl, n = 0, good = 0, line = 0, first_good = NONE, g;
	struct resume_text *lines;
	struct resume_basics *bs = &rc->r->basics;

	for (i = b; i < e; i++) {
		const struct resume_block *bl = blk(rc, i);

		if (bl->kind == RESUME_BLOCK_RULE)
			continue;
		if (bl->kind == RESUME_BLOCK_CODE ||
		    bl->kind == RESUME_BLOCK_TABLE_ROW)
			return false;
		lines = text_lines(rc->a, &bl->text, &nl);
		for (j = 0; j < nl; j++, line++) {
			g = classify_line(
			    rc, &cs, &n, &lines[j], line, bl->pos);
			if (g && first_good == NONE)
				first_good = line;
			good += g;
			/* 64 items, most of them no contact: this is no
			 * contact group, and 100,000 bullets need not be
			 * classified to know it */
			if (n >= 64 && good * 2 < n)
				return false;
		}
	}
	if (good == 0 || good * 2 < n)
		return false;
	for (i = 0; i < n; i++) {
		struct resume_contact *c = &cs[i].c;

		if (c->kind == RESUME_CONTACT_OTHER) {
			if (bs->name && strcmp(c->text, bs->name) == 0 &&
			    in_section)
				continue; /* the name again */
			if (bs->name == NULL && i == 0 && !in_section &&
			    utf8_swidth(c->text) <= 30 &&
			    !strpbrk(c->text, "0123456789@")) {
				bs->name = c->text;
				continue;
			}
			/* a line before the first contact: the headline */
			if (bs->name && bs->label == NULL && !in_section &&
			    !cs[i].dropped_link && cs[i].line < first_good &&
			    cs[i].line == 0 && cs[i].last_of_line &&
			    c->label == NULL && !street_address(c->text)) {
				bs->label = c->text;
				continue;
			}
			if (personal_place(rc, cs, n, i, in_section))
				continue;
			other_place(rc, &cs[i]);
		}
		add_contact(rc, c, in_section, cs[i].pos);
	}
	return true;
}

/* A résumé with no contacts at its head may close with them, in a
 * blockquote after the last section, often after a rule (pandoc_resume's
 * "> <email> • +00 … \ address - Mytown"): they are the contacts, and
 * leave the last section they were read into. */
void
contact_footer(struct rec *rc)
{
	struct resume_section *s;
	struct resume_block **body;
	size_t *nbody, f = rc->d->nblocks, first;

	if (rc->r->basics.ncontacts || rc->r->nsections == 0)
		return;
	while (f > 0 && blk(rc, f - 1)->quote > 0 &&
	    blk(rc, f - 1)->kind == RESUME_BLOCK_PARAGRAPH)
		f--;
	if (f == rc->d->nblocks)
		return;
	first = f;
	if (f > 0 && blk(rc, f - 1)->kind == RESUME_BLOCK_RULE)
		first = f - 1;
	s = &rc->r->sections[rc->r->nsections - 1];
	if (blk(rc, first)->pos.line < s->pos.line ||
	    !contact_group(rc, f, rc->d->nblocks, false))
		return;
	if (s->nentries) {
		body = &s->entries[s->nentries - 1].body;
		nbody = &s->entries[s->nentries - 1].nbody;
	} else {
		body = &s->intro;
		nbody = &s->nintro;
	}
	while (*nbody > 0 &&
	    (*body)[*nbody - 1].pos.line >= blk(rc, first)->pos.line)
		(*nbody)--;
}

/* A table under the name whose rows are a label and a contact ("Email |
 * ann@example.com"), as some people lay their contacts out: its rows
 * become the contact lines they stand for, "Email: ann@example.com",
 * when most of them are contacts.  Returns whether they were. */
static bool
table_contacts(struct rec *rc, const size_t *idx, size_t from, size_t to)
{
	struct resume_text *t = resume_arena_alloc(
	    rc->a, (to - from + 1) * sizeof(*t));
	struct resume_contact c;
	size_t i, k, rows = 0, good = 0;

	for (i = from; i < to; i++) {
		const struct resume_block *x = blk(rc, idx[i]);

		for (k = 0; k < x->ncells; k++) {
			size_t sp;

			if (resume_text_empty(&x->cells[k]))
				continue;
			if (t[i - from].nspans)
				text_add(rc->a, &t[i - from],
				    k == 1 ? ": " : " · ", k == 1 ? 2 : 4, 0,
				    NULL);
			for (sp = 0; sp < x->cells[k].nspans; sp++)
				text_add(rc->a, &t[i - from],
				    x->cells[k].spans[sp].text,
				    strlen(x->cells[k].spans[sp].text),
				    x->cells[k].spans[sp].flags,
				    x->cells[k].spans[sp].href);
		}
		if (t[i - from].nspans == 0)
			continue;
		rows++;
		good += classify(rc, &t[i - from], &c);
	}
	if (good < 2 || good * 2 < rows)
		return false;
	for (i = from; i < to; i++) {
		struct resume_block *x = &rc->d->blocks[idx[i]];

		x->kind = RESUME_BLOCK_PARAGRAPH;
		x->text = t[i - from];
		x->cells = NULL;
		x->ncells = 0;
		x->header = false;
	}
	return true;
}

/* A one-line heading or paragraph under the name, before any contact: a
 * line of contacts, or else the headline (basics.label) when it is short
 * and no sentence.  True when it was taken as either. */
static bool
header_line(struct rec *rc, const struct resume_block *x, size_t bi)
{
	struct resume_basics *bs = &rc->r->basics;
	const char *s;
	size_t nl;

	text_lines(rc->a, &x->text, &nl);
	if (nl != 1)
		return false;
	if (contact_group(rc, bi, bi + 1, false))
		return true;
	s = text_str(rc->a, &x->text);
	/* "1234 Abc Street, Example, EX 01234" alone: where one lives */
	if (s && bs->name && !strpbrk(s, "@/") && utf8_swidth(s) <= 80 &&
	    street_address(s)) {
		struct resume_contact c = {.kind = RESUME_CONTACT_LOCATION,
		    .text = s,
		    .place = street_place(rc, s)};

		add_contact(rc, &c, false, x->pos);
		return true;
	}
	if (s == NULL || bs->name == NULL || utf8_swidth(s) > 70 ||
	    text_all(&x->text, RESUME_SPAN_DROPPED_LINK) ||
	    (x->kind != RESUME_BLOCK_HEADING &&
	        (strstr(s, ". ") || strstr(s, "。") || text_link(&x->text))))
		return false;
	bs->label = s;
	return true;
}

void
header_zone(struct rec *rc, const size_t *idx, size_t n)
{
	struct resume_basics *bs = &rc->r->basics;
	struct resume_buf pb = {0};
	size_t i, j, nl;
	bool content = false;

	for (i = 0; i < n; i++) {
		const struct resume_block *x = blk(rc, idx[i]);

		if (x->kind == RESUME_BLOCK_RULE)
			continue;
		if (x->kind == RESUME_BLOCK_HEADING && x->heading == 1 &&
		    vocab_is_doc_title(text_str(rc->a, &x->text) ?: "")) {
			copy_block(rc, &bs->summary, &bs->nsummary, x, 0);
			continue;
		}
		if (!content && bs->label == NULL && x->quote == 0 &&
		    bs->ncontacts == 0 &&
		    (x->kind == RESUME_BLOCK_HEADING ||
		        x->kind == RESUME_BLOCK_PARAGRAPH) &&
		    header_line(rc, x, idx[i]))
			continue;
		/* a run of list items or table rows is one contact group */
		j = i;
		if (x->kind == RESUME_BLOCK_ITEM ||
		    x->kind == RESUME_BLOCK_TABLE_ROW) {
			while (j + 1 < n && idx[j + 1] == idx[j] + 1 &&
			    blk(rc, idx[j + 1])->kind == x->kind)
				j++;
		}
		if (x->kind == RESUME_BLOCK_TABLE_ROW && !content)
			table_contacts(rc, idx, i, j + 1);
		if (x->kind != RESUME_BLOCK_CODE &&
		    contact_group(rc, idx[i], idx[j] + 1, false)) {
			i = j;
			continue;
		}
		for (; i <= j; i++)
			copy_block(rc, &bs->summary, &bs->nsummary,
			    blk(rc, idx[i]), 0);
		i = j;
		content = true;
		(void)nl;
	}
	resume_buf_free(&pb);
}

/* The front matter's location holds the parts of the place the contact
 * line names.  Written there alone, it is the place; when the contact
 * line says another, the line is what the person wrote last. */
/* Do a and b name the same place, part for part? */
static bool
same_place(const struct resume_place *a, const struct resume_place *b)
{
	const char *x[] = {
	    a->address, a->postal_code, a->city, a->country_code, a->region};
	const char *y[] = {
	    b->address, b->postal_code, b->city, b->country_code, b->region};
	size_t i;

	for (i = 0; i < sizeof(x) / sizeof(*x); i++)
		if ((x[i] == NULL) != (y[i] == NULL) ||
		    (x[i] && strcmp(x[i], y[i]) != 0))
			return false;
	return true;
}

void
front_place(struct rec *rc)
{
	struct resume_basics *bs = &rc->r->basics;
	const struct md_doc *d = rc->d;
	const struct resume_contact *f;
	const char *t;

	if (d->fm_place == NULL ||
	    (t = resume_place_text(rc->a, d->fm_place)) == NULL)
		return;
	if ((f = resume_contact_find(rc->r, RESUME_CONTACT_LOCATION)) != NULL) {
		if (strcmp(f->text, t) == 0 ||
		    (f->place && same_place(f->place, d->fm_place)))
			bs->contacts[f - bs->contacts].place = d->fm_place;
		else
			resume_diag_add(d->diag, RESUME_WARNING, d->file,
			    d->fm_place_pos.line, d->fm_place_pos.col,
			    "the front matter's location (\"%s\") is not the "
			    "place the contact line names (\"%s\"); the "
			    "contact line's is used",
			    t, f->text);
		return;
	}
	/* alone under the name, the place read as a headline */
	if (bs->label && strcmp(bs->label, t) == 0)
		bs->label = NULL;
	{
		struct resume_contact *c = RESUME_PUSH(
		    rc->a, bs->contacts, &bs->ncontacts);

		c->kind = RESUME_CONTACT_LOCATION;
		c->text = t;
		c->place = d->fm_place;
		c->pos = d->fm_place_pos;
	}
}

/* The front matter's contacts, after those under the name, each unless
 * the contact line already has it. */
void
front_contacts(struct rec *rc)
{
	struct resume_basics *bs = &rc->r->basics;
	size_t i, k;

	for (i = 0; i < rc->d->nfm_contacts; i++) {
		const struct resume_contact *c = &rc->d->fm_contacts[i];
		bool have = false;

		for (k = 0; k < bs->ncontacts && !have; k++)
			have = bs->contacts[k].kind == c->kind &&
			    ((bs->contacts[k].href && c->href &&
			         strcmp(bs->contacts[k].href, c->href) == 0) ||
			        strcmp(bs->contacts[k].text, c->text) == 0);
		if (!have)
			*RESUME_PUSH(rc->a, bs->contacts, &bs->ncontacts) = *c;
	}
}
