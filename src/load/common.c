/* What both loaders share: the refusal of an input with no résumé in it,
 * the author's words, and the guess of a text's language.  Neither loader
 * includes the other's file, nor the dispatch in load.c. */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "../core/utf8.h"
#include "loader.h"
#include "resume/resume.h"

struct resume *
loader_refuse_empty(struct resume *r, size_t len, struct resume_diag *diag)
{
	if (r == NULL || !resume_is_empty(r))
		return r;
	resume_diag_add(diag, RESUME_ERROR, r->file, 1, 1,
	    len == 0 ? "the file is empty: there is no résumé to render"
	             : "there is no résumé here: no name, contact, text or "
	               "section");
	resume_free(r);
	return NULL;
}

void
loader_word(struct resume *r, const char *key, const char *text,
    const struct resume_pos *pos, struct resume_diag *diag)
{
	struct resume_meta *m;
	const char *why = resume_word_problem(key, text);

	if (why) {
		char *k = resume_diag_escape(key, 60);

		resume_diag_add_code(diag, RESUME_WARNING, r->file, pos->line,
		    pos->col, pos->pointer, "words",
		    "the word '%s' is left out: %s", k, why);
		free(k);
		return;
	}
	m = RESUME_PUSH(r->arena, r->words, &r->nwords);
	m->key = resume_arena_strdup(r->arena, key);
	m->value = resume_arena_strdup(r->arena, text);
}

const char *
guess_lang(const char *s, size_t len)
{
	size_t i = 0, n, latin = 0, han = 0, kana = 0, hangul = 0, cyr = 0,
	       arab = 0, persian = 0;
	uint32_t cp;

	while (i < len) {
		n = utf8_decode(s + i, len - i, &cp);
		i += n;
		if (cp < 0x80 ? isalpha((int)cp) : (cp >= 0xc0 && cp < 0x250))
			latin++;
		else if (cp >= 0x3040 && cp <= 0x30ff)
			kana++;
		else if (cp >= 0x4e00 && cp <= 0x9fff)
			han++;
		else if (cp >= 0xac00 && cp <= 0xd7a3)
			hangul++;
		else if (cp >= 0x400 && cp <= 0x4ff)
			cyr++;
		else if (cp >= 0x600 && cp <= 0x6ff) {
			arab++;
			if (cp == 0x67e || cp == 0x686 || cp == 0x698 ||
			    cp == 0x6af || cp == 0x6cc || cp == 0x6a9)
				persian++;
		}
	}
	/* A CJK character carries about a word; weigh it against letters. */
	if (kana * 4 + han * 4 > latin && kana * 10 > han / 10 + 1 && kana)
		return "ja";
	if (han * 4 > latin)
		return "zh";
	if (hangul * 4 > latin)
		return "ko";
	if (cyr > latin)
		return "ru";
	if (arab > latin)
		return persian ? "fa" : "ar";
	return "en";
}
