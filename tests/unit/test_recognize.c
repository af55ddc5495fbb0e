/* Recognizer rules on small Markdown résumés, one convention at a time. */
#include <stdlib.h>

#include "check.h"
#include "resume/buf.h"
#include "resume/arena.h"
#include "resume/resume.h"

static struct resume *
load(const char *md)
{
	struct resume_diag d = {0};
	struct resume *r = resume_load_markdown(md, strlen(md), "t.md", &d);

	if (d.nerrors)
		resume_diag_print(&d, stderr);
	resume_diag_free(&d);
	return r;
}

static const struct resume_section *
sec(const struct resume *r, size_t i)
{
	static const struct resume_section none;

	return i < r->nsections ? &r->sections[i] : &none;
}

static const struct resume_entry *
ent(const struct resume *r, size_t s, size_t i)
{
	static const struct resume_entry none;
	const struct resume_section *x = sec(r, s);

	return i < x->nentries ? &x->entries[i] : &none;
}

static void
section_words(void)
{
	static const struct {
		const char *title;
		enum resume_section_kind kind;
	} t[] = {{"Experience", RESUME_SECTION_WORK},
	    {"WORK EXPERIENCE", RESUME_SECTION_WORK},
	    {"Expérience professionnelle", RESUME_SECTION_WORK},
	    /* from the language tables, beyond the first eight languages */
	    {"Expérience(s) professionnelle(s)", RESUME_SECTION_WORK},
	    {"Parcours", RESUME_SECTION_WORK},
	    {"Werdegang", RESUME_SECTION_WORK}, {"Praxis", RESUME_SECTION_WORK},
	    {"Esperienze professionali", RESUME_SECTION_WORK},
	    {"Doświadczenie zawodowe", RESUME_SECTION_WORK},
	    {"Досвід роботи", RESUME_SECTION_WORK},
	    {"Deneyim", RESUME_SECTION_WORK}, {"경력", RESUME_SECTION_WORK},
	    {"Kinh nghiệm làm việc", RESUME_SECTION_WORK},
	    {"KINH NGHIỆM LÀM VIỆC", RESUME_SECTION_WORK},
	    {"الخبرة العملية", RESUME_SECTION_WORK},
	    {"Wykształcenie", RESUME_SECTION_EDUCATION},
	    {"Eğitim", RESUME_SECTION_EDUCATION},
	    {"Học vấn", RESUME_SECTION_EDUCATION},
	    {"학력", RESUME_SECTION_EDUCATION},
	    {"Opleiding", RESUME_SECTION_EDUCATION},
	    {"Vaardigheden", RESUME_SECTION_SKILLS},
	    {"Competenze", RESUME_SECTION_SKILLS},
	    {"Umiejętności", RESUME_SECTION_SKILLS},
	    {"Kỹ năng", RESUME_SECTION_SKILLS},
	    {"Idiomas", RESUME_SECTION_LANGUAGES},
	    {"Berufserfahrung", RESUME_SECTION_WORK},
	    {"Experiencia laboral", RESUME_SECTION_WORK},
	    {"工作经历", RESUME_SECTION_WORK},
	    {"職務経歴", RESUME_SECTION_WORK},
	    {"Опыт работы", RESUME_SECTION_WORK},
	    {"تجربه کاری", RESUME_SECTION_WORK},
	    {"🎓 Education", RESUME_SECTION_EDUCATION},
	    {"Formation", RESUME_SECTION_EDUCATION},
	    {"Ausbildung", RESUME_SECTION_EDUCATION},
	    {"Formación", RESUME_SECTION_EDUCATION},
	    {"教育经历", RESUME_SECTION_EDUCATION},
	    {"学歴", RESUME_SECTION_EDUCATION},
	    {"Образование", RESUME_SECTION_EDUCATION},
	    {"تحصیلات", RESUME_SECTION_EDUCATION},
	    {"Compétences", RESUME_SECTION_SKILLS},
	    {"Kenntnisse", RESUME_SECTION_SKILLS},
	    {"Habilidades", RESUME_SECTION_SKILLS},
	    {"专业技能", RESUME_SECTION_SKILLS},
	    {"スキル", RESUME_SECTION_SKILLS},
	    {"Ключевые навыки", RESUME_SECTION_SKILLS},
	    {"مهارت‌ها", RESUME_SECTION_SKILLS},
	    {"Languages", RESUME_SECTION_LANGUAGES},
	    {"Langues", RESUME_SECTION_LANGUAGES},
	    {"Projects {#projects}", RESUME_SECTION_PROJECTS},
	    {"Summary:", RESUME_SECTION_SUMMARY},
	    {"Awards and Honors", RESUME_SECTION_AWARDS},
	    {"Publications", RESUME_SECTION_PUBLICATIONS},
	    {"Volunteering", RESUME_SECTION_VOLUNTEER},
	    {"Whatever I Want", RESUME_SECTION_CUSTOM}};
	char md[256];
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(*t); i++) {
		struct resume *r;

		snprintf(md, sizeof(md),
		    "# Jo Doe\n\njo@example.com\n\n## %s\n\nSome text.\n",
		    t[i].title);
		r = load(md);
		CHECK_INT(r->nsections, 1);
		if (sec(r, 0)->kind != t[i].kind)
			fprintf(stderr, "  section '%s'\n", t[i].title);
		CHECK_INT(sec(r, 0)->kind, t[i].kind);
		resume_free(r);
	}
}

static void
names_and_contacts(void)
{
	struct resume *r;

	/* setext headings, contacts on one line split by bullets */
	r = load("Jo Doe\n======\n\njo@example.com • +1 555 123 4567 • "
	         "github.com/jodoe\n\nExperience\n----------\n\ntext\n");
	CHECK_STR(r->basics.name, "Jo Doe");
	CHECK_INT(r->basics.ncontacts, 3);
	if (r->basics.ncontacts == 3) {
		CHECK_INT(r->basics.contacts[0].kind, RESUME_CONTACT_EMAIL);
		CHECK_STR(r->basics.contacts[0].href, "mailto:jo@example.com");
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_PHONE);
		CHECK_INT(r->basics.contacts[2].kind, RESUME_CONTACT_PROFILE);
		CHECK_STR(r->basics.contacts[2].network, "GitHub");
	}
	resume_free(r);

	/* front matter title when there is no H1; contacts as a list */
	r = load("---\ntitle: \"Curriculum Vitae - Ana Lima\"\nlayout: cv\n"
	         "---\n\n- <ana@example.org>\n- [ana.dev](https://ana.dev)\n"
	         "- Lisbon, Portugal\n\n## Skills\n\nC, Go\n");
	CHECK_STR(r->basics.name, "Ana Lima");
	CHECK_INT(r->basics.ncontacts, 3);
	if (r->basics.ncontacts == 3) {
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_URL);
		CHECK_INT(r->basics.contacts[2].kind, RESUME_CONTACT_LOCATION);
	}
	resume_free(r);

	/* a headline under the name; blockquote contacts with hard breaks
	 * and labels */
	r = load("# Max Muster\n## Backend Developer\n\n"
	         "> Email: max@example.de  \n> Tel: +49 30 1234567  \n"
	         "> Ort: Berlin\n\n## Berufserfahrung\n\nText\n");
	CHECK_STR(r->basics.label, "Backend Developer");
	CHECK_INT(r->basics.ncontacts, 3);
	if (r->basics.ncontacts == 3) {
		CHECK_STR(r->basics.contacts[0].label, "Email");
		CHECK_STR(r->basics.contacts[0].text, "max@example.de");
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_PHONE);
		CHECK_INT(r->basics.contacts[2].kind, RESUME_CONTACT_LOCATION);
	}
	resume_free(r);

	/* a place with personal details in one item ("浙江杭州，男，1989年"):
	 * the place a location, the details one free-text contact after it;
	 * so too the place as an item before the details (which count as
	 * contact items); an item with a part that is no personal detail is
	 * left whole */
	{
		static const struct {
			const char *line, *place, *rest;
		} t[] = {{"浙江杭州，男，1989年", "浙江杭州", "男，1989年"},
		    {"Hangzhou · male, born 1989", "Hangzhou",
		        "male, born 1989"},
		    {"北京、女、28岁", "北京", "女、28岁"},
		    {"浙江杭州，1989年夏", NULL, NULL}};
		size_t k;

		for (k = 0; k < sizeof(t) / sizeof(*t); k++) {
			char md[256];
			const struct resume_contact *c;

			snprintf(md, sizeof(md),
			    "# 杜少陵\n## 工程师\n\n> %s  \n> a@example.com\n\n"
			    "## 简介\n\nText\n",
			    t[k].line);
			r = load(md);
			c = r->basics.contacts;
			if (t[k].place == NULL) {
				/* not parted */
				CHECK_INT(r->basics.ncontacts, 2);
				CHECK_STR(c[0].text, t[k].line);
			} else if (r->basics.ncontacts == 3) {
				CHECK_INT(c[0].kind, RESUME_CONTACT_LOCATION);
				CHECK_STR(c[0].text, t[k].place);
				CHECK_INT(c[1].kind, RESUME_CONTACT_OTHER);
				CHECK_STR(c[1].text, t[k].rest);
			} else
				CHECK_INT(r->basics.ncontacts, 3);
			resume_free(r);
		}
	}

	/* a street address on the line before the contacts is a place, not
	 * the headline; a headline there stays one */
	{
		static const char *const addr[] = {
		    "1234 Abc Street, Example, EX 01234",
		    "Hauptstraße 5, 10115 Berlin"};
		size_t k;

		for (k = 0; k < 2; k++) {
			char md[256];

			snprintf(md, sizeof(md),
			    "# Jo Doe\n\n%s\n  : jo@example.com\n  : "
			    "+1 555 123 4567\n\n## Experience\n\nText\n",
			    addr[k]);
			r = load(md);
			CHECK(r->basics.label == NULL);
			CHECK_INT(r->basics.ncontacts, 3);
			if (r->basics.ncontacts == 3) {
				CHECK_INT(r->basics.contacts[0].kind,
				    RESUME_CONTACT_LOCATION);
				CHECK_STR(r->basics.contacts[0].text, addr[k]);
			}
			resume_free(r);
		}
		r = load("# Jo Doe\n\nStaff Engineer, Platform\n  : "
		         "jo@example.com\n  : +1 555 123 4567\n\n"
		         "## Experience\n\nText\n");
		CHECK_STR(r->basics.label, "Staff Engineer, Platform");
		resume_free(r);
	}

	/* contacts closing the résumé in a blockquote after a rule, none at
	 * its head: the contacts, out of the last section; an age is no
	 * place */
	r = load("# Jo Doe\n\n## Experience\n\n### Engineer, Acme (2019 – "
	         "2020)\n\n- Built things\n\n## Extra\n\n- A thing\n\n----\n\n"
	         "> <jo@example.com> • +1 555 123 4567 • 33 years old\\\n"
	         "> Mytown, Mycountry\n");
	CHECK_INT(r->basics.ncontacts, 4);
	if (r->basics.ncontacts == 4) {
		CHECK_INT(r->basics.contacts[0].kind, RESUME_CONTACT_EMAIL);
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_PHONE);
		CHECK_INT(r->basics.contacts[2].kind, RESUME_CONTACT_OTHER);
		CHECK_INT(r->basics.contacts[3].kind, RESUME_CONTACT_LOCATION);
	}
	CHECK_INT(r->nsections, 2);
	{
		const struct resume_section *x = sec(r, 1);
		const struct resume_entry *last = x->nentries
		    ? &x->entries[x->nentries - 1]
		    : NULL;
		size_t k, left = 0;

		for (k = 0; k < x->nintro; k++)
			left += x->intro[k].quote > 0 ||
			    x->intro[k].kind == RESUME_BLOCK_RULE;
		for (k = 0; last && k < last->nbody; k++)
			left += last->body[k].quote > 0 ||
			    last->body[k].kind == RESUME_BLOCK_RULE;
		CHECK_INT(left, 0);
	}
	resume_free(r);

	/* contacts in a table under the name, and in the front matter
	 * (after the contact line's, none twice) */
	r = load("# Ann Lee\n\n| | |\n|---|---|\n| Email | ann@example.com "
	         "|\n| Phone | +1 555 010 0199 |\n| GitHub | "
	         "[annlee](https://github.com/annlee) |\n\n## Experience\n\n"
	         "Text\n");
	CHECK_INT(r->basics.ncontacts, 3);
	if (r->basics.ncontacts == 3) {
		CHECK_INT(r->basics.contacts[0].kind, RESUME_CONTACT_EMAIL);
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_PHONE);
		CHECK_INT(r->basics.contacts[2].kind, RESUME_CONTACT_PROFILE);
	}
	CHECK_INT(r->basics.nsummary, 0);
	resume_free(r);
	r = load("---\nname: Ann Lee\nemail: ann@example.com\nphone: \"+1 "
	         "555 010 0199\"\ngithub: annlee\nwebsite: ann.example\n"
	         "layout: cv\n---\n\nann@example.com\n\n## Experience\n\n"
	         "Text\n");
	CHECK_STR(r->basics.name, "Ann Lee");
	CHECK_INT(r->basics.ncontacts, 4);
	if (r->basics.ncontacts == 4) {
		CHECK_INT(r->basics.contacts[0].kind, RESUME_CONTACT_EMAIL);
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_PHONE);
		CHECK_STR(r->basics.contacts[1].href, "tel:+15550100199");
		CHECK_INT(r->basics.contacts[2].kind, RESUME_CONTACT_PROFILE);
		CHECK_STR(
		    r->basics.contacts[2].href, "https://github.com/annlee");
		CHECK_STR(r->basics.contacts[3].href, "https://ann.example");
	}
	resume_free(r);

	/* contacts only in a contact section at the end, one of them a raw
	 * HTML link: the person's contacts, the section kept where it is */
	r = load("# Ann Lee\n\n## Experience\n\n### Eng, Acme\n\n2019 - "
	         "2020\n\n## Contact\n\n- Email: ann@example.com\n- Phone: "
	         "+1 555 010 0199\n- <a "
	         "href=\"https://github.com/annlee\">GitHub</a>\n");
	CHECK_INT(r->basics.ncontacts, 3);
	if (r->basics.ncontacts == 3) {
		CHECK_INT(r->basics.contacts[0].kind, RESUME_CONTACT_EMAIL);
		CHECK_INT(r->basics.contacts[1].kind, RESUME_CONTACT_PHONE);
		CHECK_STR(
		    r->basics.contacts[2].href, "https://github.com/annlee");
	}
	resume_free(r);

	/* a birth date, labelled or not, is never a phone number; a phone
	 * with dots stays one */
	{
		static const char *const lines[] = {
		    "Geburtsdatum: 12.03.1990 · +49 170 1234567",
		    "12.03.1990 · +49 170 1234567",
		    "Date of birth: 1990-03-12 · +49 170 1234567",
		    "出生日期：1990-03-12 · +49 170 1234567",
		    "3/12/1990 · +49 170 1234567"};
		size_t k, j, phones;

		for (k = 0; k < sizeof(lines) / sizeof(*lines); k++) {
			struct resume_buf b = {0};

			resume_buf_printf(&b,
			    "# Maria Schmidt\n\n%s\n\n## Experience\n\n"
			    "Text\n",
			    lines[k]);
			r = load(b.data);
			phones = 0;
			for (j = 0; j < r->basics.ncontacts; j++)
				if (r->basics.contacts[j].kind ==
				    RESUME_CONTACT_PHONE) {
					phones++;
					CHECK_STR(r->basics.contacts[j].text,
					    "+49 170 1234567");
				}
			CHECK_INT(phones, 1);
			resume_free(r);
			resume_buf_free(&b);
		}
		r = load("# Jo\n\n06.12.34.56.78 · 555.123.4567\n");
		CHECK_INT(r->basics.ncontacts, 2);
		for (j = 0; j < r->basics.ncontacts; j++)
			CHECK_INT(
			    r->basics.contacts[j].kind, RESUME_CONTACT_PHONE);
		resume_free(r);
	}

	/* "# Résumé" is the document's title, not a name */
	r = load(
	    "# 職務経歴書\n\n山田 太郎 | taro@example.jp | 090-1234-5678\n");
	CHECK_STR(r->basics.name, "山田 太郎");
	CHECK_INT(r->basics.ncontacts, 2);
	resume_free(r);
}

static void
entries(void)
{
	struct resume *r;
	const struct resume_entry *e;

	/* several roles under one employer: one entry a role, the employer
	 * its organisation, place and group; the employer's own line goes
	 * with its first role; an entry after them stands alone */
	r = load("# A\n\n## Experience\n\n### Acme Corp, Berlin\n\n"
	         "Payments for Europe.\n\n#### Senior Engineer\n\n"
	         "2020 – 2022\n\n- Led things\n\n#### Engineer\n\n"
	         "2018 – 2020\n\n- Built things\n\n"
	         "### Developer, Beta GmbH\n\n2015 – 2018\n");
	CHECK_INT(r->sections[0].nentries, 3);
	if (r->sections[0].nentries == 3) {
		const struct resume_entry *x = r->sections[0].entries;

		CHECK_STR(x[0].title, "Senior Engineer");
		CHECK_STR(x[0].org, "Acme Corp");
		CHECK_STR(x[0].location, "Berlin");
		CHECK_STR(x[0].group, "Acme Corp, Berlin");
		CHECK_INT(x[0].dates.start.year, 2020);
		CHECK_INT(x[0].nbody, 2);
		CHECK_STR(x[1].title, "Engineer");
		CHECK_STR(x[1].org, "Acme Corp");
		CHECK_STR(x[1].group, "Acme Corp, Berlin");
		CHECK_INT(x[1].dates.end.year, 2020);
		CHECK_INT(x[1].nbody, 1);
		CHECK_STR(x[2].org, "Beta GmbH");
		CHECK(x[2].group == NULL);
	}
	resume_free(r);
	/* roles as bullets under their employer, their descriptions nested;
	 * a single one is the entry's title and dates; a deed with its year
	 * is no role */
	r = load("# A\n\n## Experience\n\n- **Acme Corp**, Berlin\n"
	         "  - Senior Engineer, 2020 – 2022\n    - Led things\n"
	         "  - Engineer (2018 – 2020)\n- **Beta GmbH**, Munich\n"
	         "  - Developer, 2015 – 2018\n- **Gamma AG**\n"
	         "  - Shipped the app (2014)\n");
	CHECK_INT(r->sections[0].nentries, 4);
	if (r->sections[0].nentries == 4) {
		const struct resume_entry *x = r->sections[0].entries;

		CHECK_STR(x[0].title, "Senior Engineer");
		CHECK_STR(x[0].org, "Acme Corp");
		CHECK_STR(x[0].location, "Berlin");
		CHECK_STR(x[0].group, "Acme Corp, Berlin");
		CHECK_INT(x[0].dates.end.year, 2022);
		CHECK_INT(x[0].nbody, 1);
		CHECK_STR(x[1].title, "Engineer");
		CHECK_INT(x[1].dates.start.year, 2018);
		CHECK_STR(x[2].title, "Developer");
		CHECK_STR(x[2].org, "Beta GmbH");
		CHECK(x[2].group == NULL);
		CHECK_INT(x[3].nbody, 1);
		CHECK(x[3].dates.text == NULL);
	}
	resume_free(r);

	/* one dated sub-heading is the entry's title, as before */
	r = load("# A\n\n## Experience\n\n### Acme Corp\n\n"
	         "#### Senior Engineer\n\n2020 – 2022\n\n- Led things\n");
	CHECK_INT(r->sections[0].nentries, 1);
	if (r->sections[0].nentries == 1)
		CHECK(r->sections[0].entries[0].group == NULL);
	resume_free(r);

	/* heading entries: "Org – Title", "Title at Org", "Title | Org |
	 * City", "Title, Org (dates)" */
	r = load(
	    "# A\n\n## Experience\n\n"
	    "### Acme Corp – Senior Engineer\n\n2019 - Present\n\n- Did X\n"
	    "- Did Y\n\n"
	    "### Developer at Initech (2015–2018)\n\nBuilt things.\n\n"
	    "### Team Lead | Globex Inc | Berlin\n#### *May 2012 - Jan "
	    "2015*\n\n"
	    "### *Intern*, [Hooli](https://hooli.example) (Summer 2011)\n");
	CHECK_INT(sec(r, 0)->nentries, 4);
	e = ent(r, 0, 0);
	CHECK_STR(e->org, "Acme Corp");
	CHECK_STR(e->title, "Senior Engineer");
	CHECK_INT(e->dates.start.year, 2019);
	CHECK(e->dates.end.present);
	CHECK_INT(resume_entry_highlights(e), 2);
	e = ent(r, 0, 1);
	CHECK_STR(e->title, "Developer");
	CHECK_STR(e->org, "Initech");
	CHECK_INT(e->dates.end.year, 2018);
	CHECK_INT(e->nbody, 1);
	e = ent(r, 0, 2);
	CHECK_STR(e->title, "Team Lead");
	CHECK_STR(e->org, "Globex Inc");
	CHECK_STR(e->location, "Berlin");
	CHECK_INT(e->dates.start.month, 5);
	CHECK_INT(e->dates.end.year, 2015);
	e = ent(r, 0, 3);
	CHECK_STR(e->title, "Intern");
	CHECK_STR(e->org, "Hooli");
	CHECK_STR(e->url, "https://hooli.example");
	CHECK_INT(e->dates.start.season, 2);
	resume_free(r);

	/* a head split at a dash or a pipe: the organisation's place after
	 * its comma goes to the location, a part of its name does not */
	r = load("# A\n\n## Experience\n\n"
	         "### Backend Developer - Northwind Traders, Lisbon\n\n"
	         "2019 - 2021\n\n"
	         "### Engineer | Initech, New York, NY\n\n2017 - 2019\n\n"
	         "### Engineer – Acme, Inc.\n\n2015 - 2017\n\n"
	         "### Engineer – Smith, Jones & Partners\n\n2013 - 2015\n");
	CHECK_INT(sec(r, 0)->nentries, 4);
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "Backend Developer");
	CHECK_STR(e->org, "Northwind Traders");
	CHECK_STR(e->location, "Lisbon");
	e = ent(r, 0, 1);
	CHECK_STR(e->org, "Initech");
	CHECK_STR(e->location, "New York, NY");
	e = ent(r, 0, 2);
	CHECK_STR(e->org, "Acme, Inc.");
	CHECK(e->location == NULL);
	e = ent(r, 0, 3);
	CHECK_STR(e->org, "Smith, Jones & Partners");
	CHECK(e->location == NULL);
	resume_free(r);

	/* bold-line entries with "(dates, place)" */
	r = load("# A\n\n## Experience\n\n**Director, Example Foundation** "
	         "(2020-2023, Remote)\n\n- Led things\n\n"
	         "**Engineer, Widgets Ltd** (2018-2020, Paris)\n\n- Made "
	         "widgets\n");
	CHECK_INT(sec(r, 0)->nentries, 2);
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "Director");
	CHECK_STR(e->org, "Example Foundation");
	CHECK_STR(e->location, "Remote");
	CHECK_INT(e->dates.start.year, 2020);
	CHECK_INT(resume_entry_highlights(e), 1);
	resume_free(r);

	/* education led by a date line, degree and institution below */
	r = load("# A\n\n## Education\n\n2010 - 2014\n\nMaster of Science, "
	         "Physics  \nUniversity of Somewhere\n");
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "Master of Science");
	CHECK_STR(e->area, "Physics");
	CHECK_STR(e->org, "University of Somewhere");
	CHECK_INT(e->dates.end.year, 2014);
	resume_free(r);

	/* a degree with its dates, then its school with its place: one
	 * entry ("MA" after a city is a state, not a Master of Arts) */
	r = load("# A\n\n## Education\n\n**M.S. in Computer Science**\n"
	         "  : **Sep 2021 - Jan 2023**\n\nUniversity of Charles River\n"
	         "  : Boston, MA\n\n**B.Eng. in Software Engineering**\n"
	         "  : **Sep 2016 - Jul 2020**\n\nHuangdu Institute of "
	         "Technology\n  : Shanghai, China\n");
	CHECK_INT(sec(r, 0)->nentries, 2);
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "M.S.");
	CHECK_STR(e->area, "Computer Science");
	CHECK_STR(e->org, "University of Charles River");
	CHECK_STR(e->location, "Boston, MA");
	CHECK_INT(e->dates.end.year, 2023);
	e = ent(r, 0, 1);
	CHECK_STR(e->org, "Huangdu Institute of Technology");
	CHECK_STR(e->location, "Shanghai, China");
	resume_free(r);

	/* a prize won twice: its years are one date, not a place */
	r = load("# A\n\n## Awards\n\n**First Prize**, Example Foundation\n"
	         "  : 2017, 2018\n");
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "First Prize");
	CHECK_STR(e->org, "Example Foundation");
	CHECK_STR(e->dates.text, "2017, 2018");
	CHECK_INT(e->dates.start.year, 2017);
	CHECK(e->location == NULL);
	resume_free(r);

	/* definition-list style: term, then ": field" lines */
	r = load("# A\n\n## Experience\n\nInitrode\n: *Principal Developer*\n"
	         "  __2004-2005__\n  Transformed products.\n");
	e = ent(r, 0, 0);
	CHECK_STR(e->org, "Initrode");
	CHECK_STR(e->title, "Principal Developer");
	CHECK_INT(e->dates.start.year, 2004);
	CHECK_INT(e->nbody, 1);
	resume_free(r);

	/* Chinese: full-width brackets around the date */
	r = load(
	    "# 张三\n\n# 工作经历\n\n## ABC公司 （ 2012年9月 ~ 2014年9月 ）\n\n"
	    "负责后端开发。\n");
	e = ent(r, 0, 0);
	CHECK_STR(e->org, "ABC公司");
	CHECK_INT(e->dates.start.month, 9);
	CHECK_INT(e->dates.end.year, 2014);
	resume_free(r);
}

static void
skills_and_free_content(void)
{
	struct resume *r;
	const struct resume_entry *e;

	/* an interest's description on the item's next line (a lazy
	 * continuation) describes it, and is no interest of its own */
	r = load("# A\n\n## Interests\n\n- HIKING\nJane enjoys hiking, light "
	         "mountain climbing, and more!\n\n- YOGA\n- Chess\n");
	CHECK_INT(sec(r, 0)->nentries, 3);
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "HIKING");
	CHECK_INT(e->nbody, 1);
	CHECK_STR(ent(r, 0, 1)->title, "YOGA");
	resume_free(r);

	r = load("# A\n\n## Skills\n\n- **Languages:** C, Go, Rust\n"
	         "- Tools: Git, Make.\n\n## Extra\n\nA paragraph.\n\n"
	         "```\ncode stays\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
	CHECK_INT(sec(r, 0)->nentries, 2);
	e = ent(r, 0, 0);
	CHECK_STR(e->title, "Languages");
	CHECK_INT(e->nkeywords, 3);
	if (e->nkeywords == 3)
		CHECK_STR(e->keywords[2], "Rust");
	e = ent(r, 0, 1);
	CHECK_STR(e->title, "Tools");
	if (e->nkeywords == 2)
		CHECK_STR(e->keywords[1], "Make");
	CHECK_INT(sec(r, 1)->kind, RESUME_SECTION_CUSTOM);
	CHECK_INT(sec(r, 1)->nintro, 4);
	if (sec(r, 1)->nintro == 4) {
		CHECK_INT(sec(r, 1)->intro[1].kind, RESUME_BLOCK_CODE);
		CHECK_STR(sec(r, 1)->intro[1].literal, "code stays\n");
		CHECK_INT(sec(r, 1)->intro[2].kind, RESUME_BLOCK_TABLE_ROW);
		CHECK(sec(r, 1)->intro[2].header);
	}
	resume_free(r);

	/* raw HTML: comments vanish, tags go, text stays; links keep only
	 * safe schemes */
	r = load("# A\n\na@example.com\n\n## Links\n\n<!-- hidden -->\n"
	         "[bad](javascript:alert(1)) [ok](https://ok.example) "
	         "<span>kept</span>\n");
	CHECK_INT(sec(r, 0)->nintro, 1);
	if (sec(r, 0)->nintro == 1) {
		const struct resume_text *t = &sec(r, 0)->intro[0].text;
		char *p = resume_text_plain(r->arena, t);

		size_t k;

		CHECK_STR(p, "bad ok kept");
		CHECK(t->spans[0].href == NULL);
		CHECK(t->spans[0].flags & RESUME_SPAN_DROPPED_LINK);
		for (k = 0; k < t->nspans && strcmp(t->spans[k].text, "ok");
		     k++)
			;
		CHECK(k < t->nspans && t->spans[k].href &&
		    !strcmp(t->spans[k].href, "https://ok.example"));
	}
	resume_free(r);

	/* a project written "Role, Project" names the project, the role
	 * goes to its roles; a longer first part stays the project */
	r = load("# A\n\na@example.com\n\n## Projects\n\n"
	         "### *Co-creator*, [Lumen](https://lumen.example)\n\n"
	         "An app.\n\n"
	         "### Lead Generation Tool, Acme\n\nA tool.\n");
	CHECK_INT(sec(r, 0)->kind, RESUME_SECTION_PROJECTS);
	CHECK_INT(sec(r, 0)->nentries, 2);
	if (sec(r, 0)->nentries == 2) {
		e = ent(r, 0, 0);
		CHECK_STR(e->title, "Lumen");
		CHECK_STR(e->area, "Co-creator");
		CHECK(e->org == NULL);
		e = ent(r, 0, 1);
		CHECK_STR(e->title, "Lead Generation Tool");
		CHECK_STR(e->org, "Acme");
		CHECK(e->area == NULL);
	}
	resume_free(r);

	/* a series ("A, B, and C") and a title with a subtitle after its
	 * "at" are one title; a no-break space around a field is no part of
	 * it; "Engineer at Acme" and "Tool, Acme" still split */
	r = load("# A\n\na@example.com\n\n## Projects\n\n"
	         "**Trucks, Tubes, and Truth**&nbsp;\n(2022 essay)\n\n"
	         "**Democracy at Work: The Case Study**\n(2023 podcast)\n\n"
	         "**Lead Generation Tool, Acme**\n(a tool)\n\n"
	         "## Experience\n\n### Engineer at Acme\n\n- built\n");
	CHECK_INT(r->nsections, 2);
	if (r->nsections == 2 && sec(r, 0)->nentries == 3) {
		e = ent(r, 0, 0);
		CHECK_STR(e->title, "Trucks, Tubes, and Truth");
		CHECK(e->org == NULL && e->location == NULL);
		e = ent(r, 0, 1);
		CHECK_STR(e->title, "Democracy at Work: The Case Study");
		CHECK(e->org == NULL);
		e = ent(r, 0, 2);
		CHECK_STR(e->title, "Lead Generation Tool");
		CHECK_STR(e->org, "Acme");
		e = ent(r, 1, 0);
		CHECK_STR(e->title, "Engineer");
		CHECK_STR(e->org, "Acme");
	} else
		CHECK(false);
	resume_free(r);

	/* a plain list of certificates or awards: an entry per item, its
	 * date, its issuer after a comma, a level after a dash kept in the
	 * name; a list with a long item stays a list */
	r = load("# A\n\na@example.com\n\n## Certifications\n\n"
	         "- AWS Certified Solutions Architect – Associate (2021)\n"
	         "- CKA, Linux Foundation (2020)\n\n---\n\n## Awards\n\n"
	         "- Best paper award\n"
	         "- A long sentence about the award that goes on and on, far "
	         "past what a title of an award would ever be, to the end\n");
	CHECK_INT(r->nsections, 2);
	if (r->nsections == 2 && sec(r, 0)->nentries == 2) {
		e = ent(r, 0, 0);
		CHECK_STR(
		    e->title, "AWS Certified Solutions Architect – Associate");
		CHECK_STR(e->dates.text, "2021");
		CHECK(e->org == NULL);
		e = ent(r, 0, 1);
		CHECK_STR(e->title, "CKA");
		CHECK_STR(e->org, "Linux Foundation");
		CHECK_STR(e->dates.text, "2020");
		CHECK_INT(sec(r, 1)->nentries, 0);
		CHECK_INT(sec(r, 1)->nintro, 2);
	} else
		CHECK(false);
	resume_free(r);

	/* date lines over heads ("`2012`" then "President, *Royal
	 * Society*, London"): a paragraph after one, shaped as its head but
	 * with no date, is an entry of its own; prose with emphasis in it
	 * stays the entry's text */
	r = load("# A\n\na@example.com\n\n## Awards\n\n"
	         "`2012`\nPresident, *Royal Society*, London, UK\n\n"
	         "Associate, *French Academy of Science*, Paris, France\n\n"
	         "`2010`\nFellow, *Other Society*, Paris, France\n\n"
	         "A prize for a paper, with *emphasis* in it.\n");
	CHECK_INT(sec(r, 0)->nentries, 3);
	if (sec(r, 0)->nentries == 3) {
		e = ent(r, 0, 1);
		CHECK_STR(e->title, "Associate");
		CHECK_STR(e->org, "French Academy of Science");
		CHECK(e->dates.text == NULL);
		CHECK_INT(ent(r, 0, 0)->nbody, 0);
		CHECK_STR(ent(r, 0, 2)->dates.text, "2010");
		CHECK_INT(ent(r, 0, 2)->nbody, 1);
	}
	resume_free(r);

	/* a work or education table under a header row that names its
	 * columns: an entry per row ("From | To" one range, an unnamed
	 * column the entry's text); a table of other columns stays one */
	r = load(
	    "# A\n\na@example.com\n\n## Education\n\n"
	    "| Period | School | Degree |\n|---|---|---|\n"
	    "| 2015 – 2019 | MIT | B.S. Computer Science |\n\n"
	    "## Berufserfahrung\n\n"
	    "| Von | Bis | Firma | Position | Notiz |\n|---|---|---|---|---|\n"
	    "| 03/2019 | heute | Acme GmbH | Entwickler | Go |\n\n"
	    "## Projects\n\n| Name | Stars |\n|---|---|\n| x | 3 |\n");
	CHECK_INT(r->nsections, 3);
	if (r->nsections == 3 && sec(r, 0)->nentries == 1 &&
	    sec(r, 1)->nentries == 1) {
		e = ent(r, 0, 0);
		CHECK_STR(e->org, "MIT");
		CHECK_STR(e->title, "B.S.");
		CHECK_STR(e->area, "Computer Science");
		CHECK_INT(e->dates.start.year, 2015);
		CHECK_INT(e->dates.end.year, 2019);
		e = ent(r, 1, 0);
		CHECK_STR(e->org, "Acme GmbH");
		CHECK_STR(e->title, "Entwickler");
		CHECK_INT(e->dates.start.year, 2019);
		CHECK(e->dates.end.present);
		CHECK_INT(e->nbody, 1);
		CHECK_INT(sec(r, 2)->nentries, 0);
	} else
		CHECK(false);
	resume_free(r);

	/* a street address alone under the name is where one lives, never
	 * the headline, its parts read in the two forms most write; another
	 * form stays whole */
	{
		static const char *const in[] = {
		    "1234 Abc Street, Example, EX 01234",
		    "Hauptstraße 5, 10115 Berlin, DE",
		    "12 Rue de la Paix, 75002 Paris, France"};
		static const char *const want[][5] = {
		    {"1234 Abc Street", "01234", "Example", NULL, "EX"},
		    {"Hauptstraße 5", "10115", "Berlin", "DE", NULL}, {NULL}};
		size_t k;

		for (k = 0; k < 3; k++) {
			char md[256];
			const struct resume_contact *c;

			snprintf(md, sizeof(md),
			    "# Ann Lee\n\n%s\n\nann@example.com\n", in[k]);
			r = load(md);
			CHECK(r->basics.label == NULL);
			c = resume_contact_find(r, RESUME_CONTACT_LOCATION);
			CHECK(c != NULL);
			if (c && k < 2 && c->place) {
				CHECK_STR(c->text, in[k]);
				CHECK_STR(c->place->address, want[k][0]);
				CHECK_STR(c->place->postal_code, want[k][1]);
				CHECK_STR(c->place->city, want[k][2]);
				CHECK(want[k][3] == NULL ||
				    !strcmp(
				        c->place->country_code, want[k][3]));
				CHECK(want[k][4] == NULL ||
				    !strcmp(c->place->region, want[k][4]));
			} else
				CHECK(c && k == 2 && c->place == NULL);
			resume_free(r);
		}
	}

	/* a publication's head split at commas is one title, unless a part
	 * after the first names where it was published */
	r = load("# A\n\na@example.com\n\n## Publications\n\n"
	         "`2019`\nDoe J, Roe R, On widgets\n\n"
	         "`2020`\nFaster widgets, Journal of Widgetry\n");
	CHECK_INT(r->nsections, 1);
	if (r->nsections == 1 && sec(r, 0)->nentries == 2) {
		CHECK_STR(ent(r, 0, 0)->title, "Doe J, Roe R, On widgets");
		CHECK(ent(r, 0, 0)->org == NULL);
		CHECK_STR(ent(r, 0, 1)->title, "Faster widgets");
		CHECK_STR(ent(r, 0, 1)->org, "Journal of Widgetry");
	} else
		CHECK(false);
	resume_free(r);

	/* the front matter's name is known before the sections: a contact
	 * section that repeats it is no place; awards written as one-line
	 * paragraphs are entries */
	r = load("---\ntitle: Curriculum Vitae - Ann Lee\n---\n\n"
	         "## Contact information\n\nAnn Lee\\\n<ann@example.com>\n\n"
	         "## Awards\n\nPresident, _Royal Society_, London, UK\n\n"
	         "Associate, _French Academy_, Paris, France\n");
	CHECK_STR(r->basics.name, "Ann Lee");
	CHECK(resume_contact_find(r, RESUME_CONTACT_LOCATION) == NULL);
	CHECK_INT(r->nsections, 2);
	if (r->nsections == 2 && sec(r, 1)->nentries == 2) {
		CHECK_STR(ent(r, 1, 0)->title, "President");
		CHECK_STR(ent(r, 1, 0)->org, "Royal Society");
		CHECK_STR(ent(r, 1, 1)->org, "French Academy");
	} else
		CHECK(false);
	resume_free(r);

	/* a head wrapped after a word that cannot end it goes on on its next
	 * line */
	r = load("# A\n\na@example.com\n\n## Education\n\n2007-2010\n"
	         ":   **BSc, Computer Science**; University of\n"
	         "    HomeTown\n\n    *Minor: Awesomeology*\n");
	CHECK_INT(r->nsections, 1);
	if (r->nsections == 1 && sec(r, 0)->nentries == 1)
		CHECK_STR(ent(r, 0, 0)->org, "University of HomeTown");
	else
		CHECK(false);
	resume_free(r);

	/* the words of a link whose target is not kept ("resume.pdf") are
	 * neither the headline nor a place */
	r = load("# Craig Davis\n\n> [Download PDF](resume.pdf)  \n"
	         "> [craig@x.com](craig@x.com)  \n> (999) 888-7777\n");
	CHECK(r->basics.label == NULL);
	CHECK(resume_contact_find(r, RESUME_CONTACT_LOCATION) == NULL);
	CHECK(resume_contact_find(r, RESUME_CONTACT_PHONE) != NULL);
	resume_free(r);

	/* where neither part of a work head names a job, a city is the
	 * organisation's place; a job still makes a title */
	r = load("# A\n\na@example.com\n\n## Experience\n\n`1696`\n"
	         "__Royal Mint__, London\n\n`1669`\n"
	         "__Lucasian Professor__, Cambridge University\n");
	CHECK_INT(r->nsections, 1);
	if (r->nsections == 1 && sec(r, 0)->nentries == 2) {
		CHECK_STR(ent(r, 0, 0)->org, "Royal Mint");
		CHECK_STR(ent(r, 0, 0)->location, "London");
		CHECK(ent(r, 0, 0)->title == NULL);
		CHECK_STR(ent(r, 0, 1)->title, "Lucasian Professor");
		CHECK_STR(ent(r, 0, 1)->org, "Cambridge University");
	} else
		CHECK(false);
	resume_free(r);

	/* a place's parts as addresses are written */
	{
		struct resume_arena *a = resume_arena_new();
		struct resume_place us = {.address = "123 Tech Street",
		    .city = "San Francisco",
		    .region = "California",
		    .postal_code = "94102",
		    .country_code = "US"};
		struct resume_place de = {.address = "Hauptstraße 5",
		    .city = "Berlin",
		    .postal_code = "10115"};
		struct resume_place code = {.city = "San Francisco",
		    .region = "California",
		    .postal_code = "CA 94115"};
		struct resume_place jp = {.city = "Tokyo",
		    .region = "Tokyo",
		    .postal_code = "155-0033"};

		CHECK_STR(resume_place_text(a, &us),
		    "123 Tech Street, San Francisco, California 94102, US");
		CHECK_STR(
		    resume_place_text(a, &de), "Hauptstraße 5, 10115 Berlin");
		CHECK_STR(resume_place_text(a, &code),
		    "San Francisco, California, CA 94115");
		CHECK_STR(resume_place_text(a, &jp), "Tokyo, 155-0033");
		resume_arena_free(a);
	}

	/* a list of links within the document is its navigation: left
	 * out; a list where such a link sits among words stays */
	r = load("## Language\n\n- [English](#en)\n- [Deutsch](#de)\n\n"
	         "---\n\n# Ann Lee\n\na@example.com\n\n## Skills\n\n"
	         "- see [below](#more) for Go\n");
	CHECK_STR(r->basics.name, "Ann Lee");
	CHECK_INT(r->nsections, 1);
	if (r->nsections == 1)
		CHECK_STR(sec(r, 0)->title, "Skills");
	resume_free(r);
}

int
main(void)
{
	section_words();
	names_and_contacts();
	entries();
	skills_and_free_content();
	return check_done("recognize");
}
