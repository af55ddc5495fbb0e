/* The names libresume shares with its own backend modules and the resume
 * executable, which are not part of its public API.  libresume.so exports
 * nothing but resume_* symbols (src/libresume.map), so each of these is
 * given the link name resume_priv_NAME while the code keeps calling it
 * NAME.  A name missing here fails the build: the modules and the
 * executable are linked with --no-undefined.  Every header that declares
 * one of them includes this file first. */
#ifndef RESUME_PRIVATE_H
#define RESUME_PRIVATE_H

#pragma redefine_extname backend_prepared resume_priv_backend_prepared
#pragma redefine_extname compose_colon resume_priv_compose_colon
#pragma redefine_extname compose_contact_icon resume_priv_compose_contact_icon
#pragma redefine_extname compose_contacts resume_priv_compose_contacts
#pragma redefine_extname compose_head resume_priv_compose_head
#pragma redefine_extname compose_head_free resume_priv_compose_head_free
#pragma redefine_extname compose_is_role resume_priv_compose_is_role
#pragma redefine_extname compose_keywords resume_priv_compose_keywords
#pragma redefine_extname compose_keywords_free resume_priv_compose_keywords_free
#pragma redefine_extname compose_page resume_priv_compose_page
#pragma redefine_extname compose_section_title resume_priv_compose_section_title
#pragma redefine_extname lang_date resume_priv_lang_date
#pragma redefine_extname lang_find resume_priv_lang_find
#pragma redefine_extname lang_get resume_priv_lang_get
#pragma redefine_extname lang_label resume_priv_lang_label
#pragma redefine_extname lang_page resume_priv_lang_page
#pragma redefine_extname lang_present resume_priv_lang_present
#pragma redefine_extname lang_rtl resume_priv_lang_rtl
#pragma redefine_extname link_allowed resume_priv_link_allowed
#pragma redefine_extname link_is_local_image resume_priv_link_is_local_image
#pragma redefine_extname link_uri_encode resume_priv_link_uri_encode
#pragma redefine_extname module_beside resume_priv_module_beside
#pragma redefine_extname module_dir resume_priv_module_dir
#pragma redefine_extname render_base64 resume_priv_render_base64
#pragma redefine_extname render_css_string resume_priv_render_css_string
#pragma redefine_extname render_link_run resume_priv_render_link_run
#pragma redefine_extname render_links_free resume_priv_render_links_free
#pragma redefine_extname render_links_note resume_priv_render_links_note
#pragma redefine_extname render_name_weight resume_priv_render_name_weight
#pragma redefine_extname render_next_family resume_priv_render_next_family
#pragma redefine_extname render_sidebar resume_priv_render_sidebar
#pragma redefine_extname render_turn resume_priv_render_turn
#pragma redefine_extname render_widest_date resume_priv_render_widest_date
#pragma redefine_extname utf8_add_clean resume_priv_utf8_add_clean
#pragma redefine_extname utf8_decode resume_priv_utf8_decode
#pragma redefine_extname utf8_encode resume_priv_utf8_encode
#pragma redefine_extname utf8_is_cjk resume_priv_utf8_is_cjk
#pragma redefine_extname utf8_is_icon resume_priv_utf8_is_icon
#pragma redefine_extname utf8_validate resume_priv_utf8_validate
#pragma redefine_extname xcalloc resume_priv_xcalloc
#pragma redefine_extname xmalloc resume_priv_xmalloc
#pragma redefine_extname xrealloc resume_priv_xrealloc
#pragma redefine_extname xstrdup resume_priv_xstrdup

#endif
