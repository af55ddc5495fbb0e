/* Wrapping by display width. */
#include <stdlib.h>

#include "check.h"
#include "render/textwrap.h"

static char *
wrapped(const char *s, size_t width, const char *first, const char *indent)
{
	struct resume_buf b = {0};

	textwrap(&b, s, width, first, strlen(first), indent, strlen(indent));
	return b.data;
}

int
main(void)
{
	char *w;

	w = wrapped("one two three four five six", 10, "", "");
	CHECK_STR(w, "one two\nthree four\nfive six\n");
	free(w);

	/* hanging indent after a bullet */
	w = wrapped("alpha beta gamma delta", 14, "• ", "  ");
	CHECK_STR(w, "• alpha beta\n  gamma delta\n");
	free(w);

	/* CJK breaks between characters, two columns each */
	w = wrapped("我在此项目负责了哪些工作", 10, "", "");
	CHECK_STR(w, "我在此项目\n负责了哪些\n工作\n");
	free(w);

	/* closing punctuation never starts a line */
	w = wrapped("一二三四，五六", 8, "", "");
	CHECK_STR(w, "一二三\n四，五六\n");
	free(w);

	/* tokens such as C++ and e-mail addresses stay whole */
	w = wrapped("in C/C++ and me@example.com", 14, "", "");
	CHECK_STR(w, "in C/C++ and\nme@example.com\n");
	free(w);

	/* a word longer than the line is cut, only then, and after a "/"
	 * rather than at a "." */
	w = wrapped("see https://example.com/a/very/long/path", 16, "", "");
	CHECK_STR(w, "see\nhttps://\nexample.com/a/\nvery/long/path\n");
	free(w);

	/* after a "/" rather than inside a query */
	w = wrapped(
	    "https://sam.example.net/work?tab=all&sort=new", 38, "", "");
	CHECK_STR(w, "https://sam.example.net/\nwork?tab=all&sort=new\n");
	free(w);

	/* before a query when there is no "/" */
	w = wrapped("mailto:sam?subject=hello&body=world", 24, "", "");
	CHECK_STR(w, "mailto:sam?subject=hello\n&body=world\n");
	free(w);

	/* with no place to break well, as many characters as fit */
	w = wrapped("abcdefghijklmnopqrstuvwxyz", 10, "", "");
	CHECK_STR(w, "abcdefghij\nklmnopqrst\nuvwxyz\n");
	free(w);

	/* a word too long for a hanging item never passes the edge */
	w = wrapped("xxxxxxxxxxxxxxxxxxxxxxxxx", 12, "* ", "  ");
	CHECK_STR(w, "* xxxxxxxxxx\n  xxxxxxxxxx\n  xxxxx\n");
	free(w);

	/* a hard break */
	w = wrapped("a\nb", 10, "", "");
	CHECK_STR(w, "a\nb\n");
	free(w);

	/* combining marks take no column */
	w = wrapped("e\xcc\x81t\xc3\xa9 e\xcc\x81t\xc3\xa9", 7, "", "");
	CHECK_STR(w, "e\xcc\x81t\xc3\xa9 e\xcc\x81t\xc3\xa9\n");
	free(w);
	return check_done("wrap");
}
