/*
 * Vocabulary for recognizing free-form résumés: words that mark job
 * titles, organisations and degrees.  Entries starting with '~' (and CJK
 * entries) match anywhere; the others match whole words.  Section titles
 * come from the language tables (core/lang.c) and match exactly, or by a
 * phrase inside a short title (a CJK phrase only at its start or end).
 */
#include <ctype.h>
#include <string.h>

#include "../core/lang.h"
#include "../core/utf8.h"
#include "loader.h"

static const char *const title_words[] = {"engineer", "developer", "programmer",
    "manager", "director", "lead", "leader", "head", "chief", "officer", "ceo",
    "cto", "cfo", "coo", "vp", "president", "founder", "co-founder",
    "cofounder", "consultant", "architect", "scientist", "analyst", "designer",
    "intern", "assistant", "associate", "administrator", "specialist",
    "coordinator", "teacher", "professor", "lecturer", "researcher", "fellow",
    "member", "contributor", "creator", "co-creator", "owner", "partner",
    "editor", "writer", "technician", "sre", "devops", "principal", "senior",
    "junior", "staff", "expert", "advisor", "adviser", "tutor", "volunteer",
    "instructor", "trainer", "nco", "subscriber", "sizar", "warden", "ninja",
    "maintainer", "student", "ingénieur", "développeur", "directeur",
    "stagiaire", "chef", "entwickler", "ingenieur", "leiter", "berater",
    "praktikant", "ingeniero", "desarrollador", "gerente", "becario",
    "~разработ", "~руковод", "~инженер", "~эксперт", "~техник", "~стажер",
    "~аналитик", "~менеджер", "~директор", "~архитект", "~лид", "工程师",
    "经理", "总监", "实习", "开发", "架构师", "主管", "负责人", "程序员",
    "エンジニア", "マネージャー", "開発", "~مهندس", "~توسعه", "~سرپرست",
    "~مدیر"};

static const char *const org_words[] = {"inc", "llc", "ltd", "gmbh", "corp",
    "corporation", "company", "co", "group", "university", "college", "school",
    "institute", "foundation", "bank", "labs", "lab", "laboratory",
    "technologies", "technology", "software", "systems", "services",
    "solutions", "consulting", "agency", "studio", "industries", "society",
    "academy", "association", "network", "networks", "amazon", "google",
    "microsoft", "aws", "apple", "meta", "facebook", "ibm", "intel", "oracle",
    "reserves", "army", "polytechnique", "polytechnic", "université",
    "universität", "universidad", "hochschule", "école", "ecole", "sa", "ag",
    "plc", "pty", "ventures", "capital", "partners", "公司", "集团", "大学",
    "学院", "株式会社", "有限会社", "科技", "~университет", "~институт",
    "~лаборатор", "~банк", "ао", "ооо", "пао", "зао", "нпп", "~دانشگاه",
    "~شرکت"};

static const char *const degree_words[] = {"bachelor", "bachelors",
    "bachelor's", "master", "masters", "master's", "phd", "ph.d", "ph.d.",
    "doctor", "doctorate", "associate", "associates", "associate's", "ba", "bs",
    "bsc", "b.sc", "b.sc.", "b.s.", "b.a.", "msc", "m.sc", "m.sc.", "m.s.",
    "ms", "ma", "m.a.", "mba", "meng", "beng", "b.eng", "b.eng.", "m.eng",
    "m.eng.", "m.s", "b.s", "diploma", "degree", "licence", "licenciatura",
    "diplom", "diplôme", "maîtrise", "doctorat", "máster", "grado", "bts",
    "dut", "mphil", "jd", "md", "~b.sc", "本科", "硕士", "博士", "学士",
    "研究生", "专科", "~бакалавр", "~магистр", "~специалист", "~аспирант",
    "~کارشناسی", "~دکتر"};

static const char *const doc_titles[] = {"resume", "résumé", "cv",
    "curriculum vitae", "curriculum", "lebenslauf", "currículum",
    "curriculum vitæ", "简历", "履歴書", "職務経歴書", "履历", "резюме",
    "رزومه"};

static const char *const location_labels[] = {"location", "address", "city",
    "adresse", "ville", "ort", "wohnort", "dirección", "ciudad", "地址", "住所",
    "所在地", "城市", "所在城市", "居住地", "现居", "город", "адрес", "آدرس",
    "شهر"};

/* Cities a head may name as a place ("Royal Mint, London"), in English
 * and as written locally: the capitals and the largest cities, where
 * most of the world's résumés are written.  Lowercase, as normalised. */
static const char *const cities[] = {"london", "paris", "berlin", "madrid",
    "rome", "roma", "milan", "milano", "vienna", "wien", "zurich", "zürich",
    "geneva", "genève", "amsterdam", "brussels", "bruxelles", "lisbon",
    "lisboa", "dublin", "edinburgh", "manchester", "cambridge", "oxford",
    "munich", "münchen", "hamburg", "frankfurt", "cologne", "köln", "stockholm",
    "oslo", "copenhagen", "helsinki", "warsaw", "warszawa", "krakow", "kraków",
    "prague", "praha", "budapest", "bucharest", "athens", "istanbul", "ankara",
    "moscow", "москва", "saint petersburg", "санкт-петербург", "kyiv", "kiev",
    "київ", "киев", "minsk", "new york", "san francisco", "los angeles",
    "seattle", "boston", "chicago", "austin", "toronto", "montreal", "montréal",
    "vancouver", "ottawa", "washington", "mexico city", "ciudad de méxico",
    "são paulo", "rio de janeiro", "buenos aires", "santiago", "bogotá", "lima",
    "beijing", "北京", "shanghai", "上海", "shenzhen", "深圳", "guangzhou",
    "广州", "hangzhou", "杭州", "hong kong", "香港", "taipei", "台北", "tokyo",
    "東京", "osaka", "大阪", "seoul", "서울", "singapore", "bangalore",
    "bengaluru", "mumbai", "delhi", "new delhi", "hyderabad", "pune", "chennai",
    "dubai", "abu dhabi", "tel aviv", "cairo", "القاهرة", "tehran", "تهران",
    "riyadh", "الرياض", "lagos", "nairobi", "cape town", "johannesburg",
    "sydney", "melbourne", "auckland", "hanoi", "hà nội", "ho chi minh city",
    "bangkok", "jakarta", "kuala lumpur", "manila"};

/* Words that name a link rather than a place ("Download PDF", "My CV",
 * "Portfolio"): the words of a link whose target is gone, or that --md
 * wrote back as text. */
static const char *const link_words[] = {"download", "pdf", "resume", "résumé",
    "cv", "print", "version", "click", "here", "website", "portfolio",
    "homepage", "blog", "lebenslauf", "télécharger", "descargar", "скачать",
    "下载"};

static const char *const phone_labels[] = {"phone", "telephone", "tel",
    "mobile", "cell", "téléphone", "telefon", "teléfono", "telefone", "телефон",
    "电话", "手机", "電話", "携帯"};

/* A birth date's or an age's label, never a phone's: "Geburtsdatum:
 * 12.03.1990" */
static const char *const birth_labels[] = {"born", "birth", "birthday",
    "date of birth", "dob", "d.o.b", "age", "né le", "née le",
    "date de naissance", "âge", "geboren", "geburtsdatum", "geburtstag",
    "alter", "fecha de nacimiento", "nacimiento", "edad", "data di nascita",
    "nato il", "nata il", "età", "data de nascimento", "nascimento", "idade",
    "geboortedatum", "geboren op", "leeftijd", "data urodzenia", "wiek",
    "дата рождения", "возраст", "дата народження", "вік", "doğum tarihi", "yaş",
    "出生日期", "出生年月", "年龄", "生年月日", "年齢", "생년월일", "나이",
    "تاریخ تولد", "سن", "تاريخ الميلاد", "العمر", "ngày sinh", "tuổi"};

static bool
word_char(unsigned char c)
{
	return isalnum(c) || c >= 0x80 || c == '\'' || c == '-';
}

/* Returns true when w occurs in s as a word (or anywhere, for '~' and CJK
 * entries). */
static bool
contains_word(const char *s, const char *w)
{
	bool anywhere = false;
	const char *p;
	size_t n;
	uint32_t cp;

	if (*w == '~') {
		anywhere = true;
		w++;
	}
	n = strlen(w);
	utf8_decode(w, n, &cp);
	if (utf8_is_cjk(cp))
		anywhere = true;
	for (p = strstr(s, w); p != NULL; p = strstr(p + 1, w)) {
		if (anywhere)
			return true;
		if ((p == s || !word_char((unsigned char)p[-1])) &&
		    !word_char((unsigned char)p[n]))
			return true;
		/* "b.sc." ends in punctuation: the next byte may be a letter */
		if ((p == s || !word_char((unsigned char)p[-1])) &&
		    w[n - 1] == '.')
			return true;
	}
	return false;
}

static bool
is_cjk_word(const char *w)
{
	uint32_t cp;

	utf8_decode(w, strlen(w), &cp);
	return utf8_is_cjk(cp);
}

/* A CJK phrase at the start or end of a title: "开源项目和作品". */
static bool
cjk_edge(const char *t, const char *w)
{
	size_t tl = strlen(t), wl = strlen(w);

	if (!is_cjk_word(w) || wl > tl)
		return false;
	return strncmp(t, w, wl) == 0 || strcmp(t + tl - wl, w) == 0;
}

void
vocab_normalize(const char *s, struct resume_buf *out)
{
	struct resume_buf low = {0};
	size_t i = 0, n, len;
	uint32_t cp;
	const char *p;
	bool space = false;

	utf8_lower(&low, s, strlen(s));
	p = resume_buf_str(&low);
	len = low.len;
	/* Drop a trailing pandoc attribute: "{#id}" or "{.class}". */
	{
		const char *br = strrchr(p, '{');

		if (br && (br[1] == '#' || br[1] == '.') && strchr(br, '}'))
			len = (size_t)(br - p);
	}
	while (i < len) {
		n = utf8_decode(p + i, len - i, &cp);
		if (utf8_is_icon(cp) || (cp >= 0x200b && cp <= 0x200f) ||
		    cp == 0xfe0f) {
			i += n;
			continue;
		}
		/* a plural or feminine ending in brackets after a letter:
		 * "Expérience(s) professionnelle(s)" */
		if (cp == '(' && i > 0 && isalpha((unsigned char)p[i - 1]) &&
		    i + 2 < len && isalpha((unsigned char)p[i + 1]) &&
		    (p[i + 2] == ')' ||
		        (i + 3 < len && isalpha((unsigned char)p[i + 2]) &&
		            p[i + 3] == ')'))) {
			i += p[i + 2] == ')' ? 3 : 4;
			continue;
		}
		if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xa0 ||
		    cp == 0x3000 || cp == 0x1f) {
			space = out->len > 0;
			i += n;
			continue;
		}
		if (space)
			resume_buf_putc(out, ' ');
		space = false;
		resume_buf_add(out, p + i, n);
		i += n;
	}
	/* Trim edge punctuation such as ':' '：' '.' '#'. */
	while (out->len && strchr(":.#*-_|", out->data[out->len - 1]))
		out->data[--out->len] = '\0';
	while (
	    out->len >= 3 && (memcmp(out->data + out->len - 3, "：", 3) == 0))
		out->len -= 3, out->data[out->len] = '\0';
	while (out->len && strchr(":.#*-_| ", out->data[0])) {
		memmove(out->data, out->data + 1, out->len);
		out->len--;
	}
	resume_buf_free(&low);
}

int
vocab_section_exact(const char *title)
{
	struct resume_buf b = {0};
	int kind;

	vocab_normalize(title, &b);
	kind = lang_read_section(resume_buf_str(&b));
	resume_buf_free(&b);
	return kind;
}

/* The pairs of adjacent bytes of a text, as bits: a phrase whose first
 * two bytes are not a pair of the text is not in it, which rules most of
 * a long list of phrases out at once. */
struct pairs {
	uint64_t bits[4096 / 64];
};

/* A pair of bytes as a number below 4096. */
static unsigned
pair(char a, char b)
{
	return (((unsigned)(unsigned char)a * 31u) ^ (unsigned char)b) % 4096u;
}

static void
pairs_of(const char *t, struct pairs *p)
{
	size_t i;

	memset(p, 0, sizeof(*p));
	for (i = 0; t[i] && t[i + 1]; i++)
		p->bits[pair(t[i], t[i + 1]) / 64] |= 1ull
		    << pair(t[i], t[i + 1]) % 64;
}

/* May phrase w (a leading '~' aside) be in the text of p? */
static bool
pairs_may(const struct pairs *p, const char *w)
{
	if (*w == '~')
		w++;
	return !w[0] || !w[1] ||
	    (p->bits[pair(w[0], w[1]) / 64] & 1ull << pair(w[0], w[1]) % 64);
}

int
vocab_section(const char *title)
{
	const struct lang_form *phrases;
	struct pairs pairs;
	struct resume_buf b = {0};
	const char *t, *w;
	size_t i, n;
	int kind = -1;

	vocab_normalize(title, &b);
	t = resume_buf_str(&b);
	if (*t == '\0' || b.len > 80)
		goto out;
	if ((kind = lang_read_section(t)) >= 0)
		goto out;
	/* A longer title that contains a vocabulary phrase: "Relevant
	 * skills", "Work Experience & Internships".  Short titles only, so
	 * that a sentence mentioning "experience" is no section. */
	if (utf8_swidth(t) > 48)
		goto out;
	pairs_of(t, &pairs);
	phrases = lang_section_phrases(&n);
	for (i = 0; i < n; i++) {
		w = phrases[i].w;
		if (!pairs_may(&pairs, w))
			continue;
		if (cjk_edge(t, w) ||
		    (!is_cjk_word(w) && contains_word(t, w))) {
			kind = phrases[i].v;
			goto out;
		}
	}
out:
	resume_buf_free(&b);
	return kind;
}

static int
count(const char *s, const char *const *words, size_t n)
{
	struct resume_buf b = {0};
	struct pairs pairs;
	size_t i;
	int c = 0;

	utf8_lower(&b, s, strlen(s));
	pairs_of(resume_buf_str(&b), &pairs);
	for (i = 0; i < n; i++)
		if (pairs_may(&pairs, words[i]) &&
		    contains_word(resume_buf_str(&b), words[i]))
			c++;
	resume_buf_free(&b);
	return c;
}

#define COUNT(s, t) count((s), (t), sizeof(t) / sizeof(*(t)))

bool
vocab_names_link(const char *s)
{
	return COUNT(s, link_words) > 0;
}

int
vocab_title_score(const char *s)
{
	return COUNT(s, title_words);
}

int
vocab_org_score(const char *s)
{
	return COUNT(s, org_words);
}

int
vocab_degree_score(const char *s)
{
	return COUNT(s, degree_words);
}

bool
vocab_is_doc_title(const char *s)
{
	struct resume_buf b = {0};
	bool r;

	vocab_normalize(s, &b);
	r = COUNT(resume_buf_str(&b), doc_titles) > 0;
	resume_buf_free(&b);
	return r;
}

static bool
in_list(const char *s, const char *const *list, size_t n)
{
	struct resume_buf b = {0};
	size_t i;
	bool r = false;

	vocab_normalize(s, &b);
	for (i = 0; i < n && !r; i++)
		r = strcmp(resume_buf_str(&b), list[i]) == 0;
	resume_buf_free(&b);
	return r;
}

bool
vocab_is_birth_label(const char *s)
{
	return in_list(
	    s, birth_labels, sizeof(birth_labels) / sizeof(*birth_labels));
}

bool
vocab_is_city(const char *s)
{
	return in_list(s, cities, sizeof(cities) / sizeof(*cities));
}

bool
vocab_is_location_label(const char *s)
{
	return in_list(s, location_labels,
	    sizeof(location_labels) / sizeof(*location_labels));
}

bool
vocab_is_phone_label(const char *s)
{
	return in_list(
	    s, phone_labels, sizeof(phone_labels) / sizeof(*phone_labels));
}

static const struct {
	const char *host, *name;
} nets[] = {{"github.com", "GitHub"}, {"gitlab.com", "GitLab"},
    {"linkedin.com", "LinkedIn"}, {"twitter.com", "Twitter"}, {"x.com", "X"},
    {"stackoverflow.com", "Stack Overflow"}, {"medium.com", "Medium"},
    {"mastodon.social", "Mastodon"}, {"bitbucket.org", "Bitbucket"},
    {"dribbble.com", "Dribbble"}, {"behance.net", "Behance"},
    {"youtube.com", "YouTube"}, {"facebook.com", "Facebook"},
    {"instagram.com", "Instagram"}, {"weibo.com", "Weibo"},
    {"zhihu.com", "Zhihu"}, {"t.me", "Telegram"}, {"codeberg.org", "Codeberg"},
    {"scholar.google.com", "Google Scholar"}, {"orcid.org", "ORCID"},
    {"keybase.io", "Keybase"}};

const char *
vocab_network(const char *url)
{
	const char *h = strstr(url, "://");
	size_t i, n;

	h = h ? h + 3 : url;
	if (strncmp(h, "www.", 4) == 0)
		h += 4;
	for (i = 0; i < sizeof(nets) / sizeof(*nets); i++) {
		n = strlen(nets[i].host);
		if (strncasecmp(h, nets[i].host, n) == 0 &&
		    (h[n] == '/' || h[n] == '\0'))
			return nets[i].name;
	}
	return NULL;
}

const char *
vocab_network_host(const char *name, const char **proper)
{
	size_t i;

	for (i = 0; i < sizeof(nets) / sizeof(*nets); i++)
		if (strcasecmp(name, nets[i].name) == 0 ||
		    (strchr(nets[i].name, ' ') == NULL &&
		        strncasecmp(name, nets[i].name, strlen(nets[i].name)) ==
		            0 &&
		        name[strlen(nets[i].name)] == '\0')) {
			*proper = nets[i].name;
			return nets[i].host;
		}
	/* "stackoverflow", "google_scholar": the name without its space */
	for (i = 0; i < sizeof(nets) / sizeof(*nets); i++) {
		const char *a = nets[i].name, *b = name;

		while (*a && *b) {
			if (*a == ' ') {
				a++;
				if (*b == '_' || *b == '-')
					b++;
				continue;
			}
			if (tolower((unsigned char)*a) !=
			    tolower((unsigned char)*b))
				break;
			a++, b++;
		}
		if (*a == '\0' && *b == '\0') {
			*proper = nets[i].name;
			return nets[i].host;
		}
	}
	return NULL;
}

bool
vocab_is_network(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(nets) / sizeof(*nets); i++)
		if (strcasecmp(name, nets[i].name) == 0)
			return true;
	return false;
}
