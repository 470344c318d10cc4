#pragma once
// Messages in the user's language through GNU gettext (glibc's libintl): English msgids in the
// code, po/vi.po compiled into <build>/locale and <prefix>/share/locale.
//
// `tr("…")` and `trf("… {} …", args…)` are the keywords xgettext extracts (tests/core/
// check_translations.py). A message with placeholders is one whole sentence: the Vietnamese
// one may reorder them with fmt's positional `{0}`, `{1}`.

#include <string>

#include <fmt/format.h>

namespace baocao {

// Chooses the language of messages from LANGUAGE, LC_ALL, LC_MESSAGES and LANG as any GNU
// program, and binds the catalogue found next to the executable (build tree), in its
// ../share/locale or in the install prefix. Call once from main, before any thread; without it
// (as in the unit tests) every message stays English.
void init_messages();

// The translation of `msgid`, or `msgid` itself.
const char* tr(const char* msgid);

namespace detail {
// The translation of `msgid` formatted with `args`; `english` when there is no translation or
// the translation's placeholders do not fit the arguments (a broken catalogue must not lose a
// message).
std::string format_translated(fmt::string_view english, fmt::format_args args);
std::string format_translated(fmt::string_view one, fmt::string_view many, unsigned long n,
                              fmt::format_args args);
}  // namespace detail

// fmt::format of the translation of `msgid`; the English msgid is checked at compile time.
template <typename... Args>
std::string trf(fmt::format_string<Args...> msgid, const Args&... args) {
  return detail::format_translated(fmt::string_view(msgid), fmt::make_format_args(args...));
}

// trf for a message about `n` things: `one` (n == 1) or `many` in English, the catalogue's
// plural form of the language otherwise (Vietnamese has one). `n` is not formatted by itself:
// pass it among `args` where the sentence shows it.
template <typename... Args>
std::string trn(fmt::format_string<Args...> one, fmt::format_string<Args...> many, unsigned long n,
                const Args&... args) {
  return detail::format_translated(fmt::string_view(one), fmt::string_view(many), n,
                                   fmt::make_format_args(args...));
}

}  // namespace baocao
