/*
 * The reference résumé (../shared/reference/resume.md) loads exactly as
 * our first user wrote it.  Skips (exit 77) when ../shared is absent.
 */
#include <stdlib.h>

#include "check.h"
#include "resume/resume.h"

static char *
slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	char *buf;
	long n;

	if (fp == NULL)
		return NULL;
	fseek(fp, 0, SEEK_END);
	n = ftell(fp);
	fseek(fp, 0, SEEK_SET);
	buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, fp) != (size_t)n) {
		free(buf);
		fclose(fp);
		return NULL;
	}
	fclose(fp);
	*len = (size_t)n;
	return buf;
}

static int
has_href(const struct resume_text *t)
{
	size_t i;

	for (i = 0; i < t->nspans; i++)
		if (t->spans[i].href)
			return 1;
	return 0;
}

static void
check_entry(const struct resume_entry *e, const char *org, const char *title,
    int y1, int y2, size_t highlights)
{
	CHECK_STR(e->org, org);
	CHECK_STR(e->title, title);
	CHECK_INT(e->dates.start.year, y1);
	CHECK_INT(e->dates.end.year, y2);
	CHECK_INT(e->dates.range, 1);
	CHECK_INT(resume_entry_highlights(e), highlights);
}

int
main(int argc, char **argv)
{
	struct resume_diag diag = {0};
	const struct resume_section *s;
	const struct resume_contact *c;
	const struct resume_entry *e;
	struct resume *r;
	size_t len, i;
	char *data;
	static const char *const orgs[] = {
	    "AWS Networking", "Amazon", "Morgan Stanley", "Ericsson"};
	static const char *const when[] = {
	    "Summer 2018", "Fall 2017", "Summer 2017", "Summer 2016"};
	static const char *const skills[] = {"Rust", "C", "C++", "Linux",
	    "distributed systems", "durability", "consistency models",
	    "multi-threading", "asynchronous paradigm (Tokio)"};

	if (argc < 2 || (data = slurp(argv[1], &len)) == NULL) {
		printf(
		    "SKIP: reference résumé %s not found (../shared absent)\n",
		    argc > 1 ? argv[1] : "?");
		return 77;
	}
	r = resume_load_markdown(data, len, "resume.md", &diag);
	CHECK(r != NULL);
	CHECK_INT(diag.nerrors, 0);
	if (r == NULL)
		return check_done("reference");

	CHECK_STR(r->basics.name, "Bruno Roy");
	c = resume_contact_find(r, RESUME_CONTACT_EMAIL);
	CHECK(c != NULL);
	if (c) {
		CHECK_STR(c->text, "brunoroy1024@gmail.com");
		CHECK_STR(c->href, "mailto:brunoroy1024@gmail.com");
	}
	c = resume_contact_find(r, RESUME_CONTACT_URL);
	CHECK(c != NULL);
	if (c) {
		CHECK_STR(c->text, "brunosthoughts.com/about");
		CHECK_STR(c->href, "http://brunosthoughts.com/about");
	}
	CHECK_INT(r->basics.ncontacts, 2);
	CHECK_INT(r->nsections, 4);
	if (r->nsections != 4)
		return check_done("reference");

	/* the two job headings with no section above them */
	s = &r->sections[0];
	CHECK_INT(s->kind, RESUME_SECTION_WORK);
	CHECK(s->implicit);
	CHECK_INT(s->nentries, 2);
	if (s->nentries == 2) {
		check_entry(&s->entries[0], "Amazon Web Services (AWS) S3",
		    "Software Engineer", 2021, 2025, 7);
		check_entry(&s->entries[1],
		    "Amazon Web Services (AWS) Networking", "Software Engineer",
		    2019, 2021, 3);
		/* "[S3 Express One Zone](#)" is plain text */
		CHECK(!has_href(&s->entries[0].body[0].text));
	}

	s = &r->sections[1];
	CHECK_STR(s->title, "Internships");
	CHECK_INT(s->kind, RESUME_SECTION_WORK);
	CHECK_INT(s->nentries, 4);
	for (i = 0; i < 4 && i < s->nentries; i++) {
		e = &s->entries[i];
		CHECK_STR(e->org, orgs[i]);
		CHECK_STR(e->dates.text, when[i]);
		CHECK_INT(e->dates.start.season, i == 1 ? 3 : 2);
		CHECK_INT(e->nbody, 1);
		if (e->nbody)
			CHECK(!has_href(&e->body[0].text));
	}
	if (s->nentries == 4 && s->entries[3].nbody) {
		/* the description keeps its inline link texts */
		char *p = resume_text_plain(
		    r->arena, &s->entries[3].body[0].text);

		CHECK_STR(p,
		    "Worked on Eclipse Trace Compass, an open-source "
		    "application for analyzing logs or traces of a "
		    "system (you can find my commits here).");
	}

	s = &r->sections[2];
	CHECK_STR(s->title, "Relevant skills");
	CHECK_INT(s->kind, RESUME_SECTION_SKILLS);
	CHECK_INT(s->nentries, 1);
	if (s->nentries == 1) {
		CHECK_INT(s->entries[0].nkeywords, 9);
		for (i = 0; i < 9 && i < s->entries[0].nkeywords; i++)
			CHECK_STR(s->entries[0].keywords[i], skills[i]);
	}

	s = &r->sections[3];
	CHECK_INT(s->kind, RESUME_SECTION_EDUCATION);
	CHECK_INT(s->nentries, 1);
	if (s->nentries == 1) {
		e = &s->entries[0];
		CHECK_STR(e->org, "Polytechnique Montreal");
		CHECK_STR(e->title, "Bachelor of Engineering");
		CHECK_STR(e->area, "Software Engineering");
		CHECK_INT(e->dates.start.year, 2014);
		CHECK_INT(e->dates.end.year, 2018);
	}
	resume_free(r);
	resume_diag_free(&diag);
	free(data);
	return check_done("reference");
}
