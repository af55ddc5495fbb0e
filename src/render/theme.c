#include "resume/theme.h"

/* The default: a quiet sans-serif résumé after LaTeX's moderncv, in Lato
 * with a blue accent; other scripts fall back through fontconfig to Noto. */
static const struct resume_theme classic = {.name = "classic",
    .font_body = "Lato, Noto Sans, Noto Sans Arabic",
    .font_heading = "Lato, Noto Sans, Noto Sans Arabic",
    .font_mono = "DejaVu Sans Mono",
    .weight_name = 300,
    .weight_heading = 600,
    .weight_title = 700,
    .size_body = 10.2,
    .size_small = 9.2,
    .size_name = 26,
    .size_label = 12,
    .size_section = 13,
    .size_group = 10.5,
    .size_mono = 8.5,
    .size_footer = 8.2,
    .line_height = 1.12,
    .text = {0.13, 0.13, 0.13},
    .muted = {0.38, 0.38, 0.40},
    .accent = {0.20, 0.42, 0.66},
    .rule = {0.20, 0.42, 0.66},
    .link = {0.20, 0.42, 0.66},
    .margin_top = 46,
    .margin_bottom = 46,
    .margin_side = 54,
    .gap_header = 10,
    .gap_section = 18,
    .gap_title = 5,
    .gap_entry = 9,
    .gap_block = 4,
    .gap_item = 1.2,
    .indent_item = 11,
    .indent_level = 12,
    .gap_date = 14,
    .gap_column = 12,
    .gap_rule = 8,
    .rule_width = 0.8,
    .rule_rise = 0.32,
    .rule_alpha = 0.55,
    .bullet = "•",
    .contact_sep = "·"};

const struct resume_theme *
resume_theme_default(void)
{
	return &classic;
}
