/* The word scanner the text-comparing test tools share; each tool says
 * which code points are word characters for it. */
#ifndef TESTS_TOOLS_WORDS_H
#define TESTS_TOOLS_WORDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/utf8.h"

/* Finds the next run of word characters in s[*i, len): sets *start to its
 * first byte and *i past its last.  Returns false when none is left. */
static inline bool
next_word(const char *s, size_t len, size_t *i, size_t *start,
    int (*is_word)(uint32_t))
{
	uint32_t cp;
	size_t k;

	while (*i < len) {
		k = utf8_decode(s + *i, len - *i, &cp);
		if (is_word(cp))
			break;
		*i += k;
	}
	if (*i >= len)
		return false;
	*start = *i;
	while (*i < len) {
		k = utf8_decode(s + *i, len - *i, &cp);
		if (!is_word(cp))
			break;
		*i += k;
	}
	return true;
}

#endif
