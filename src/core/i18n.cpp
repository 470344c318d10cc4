#include "core/i18n.hpp"

#include <libintl.h>
#include <unistd.h>

#include <clocale>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace baocao {
namespace {

constexpr const char* kDomain = "baocao";

#ifndef BAOCAO_LOCALEDIR
#define BAOCAO_LOCALEDIR "/usr/local/share/locale"
#endif

bool has_catalogue(const std::filesystem::path& dir) {
  std::error_code ec;
  return std::filesystem::is_directory(dir, ec);
}

// The folder of the running executable's catalogues: <exe dir>/locale when run from the build
// tree (no install step needed), <exe dir>/../share/locale for an installed or moved prefix,
// else the configured install prefix.
std::string locale_dir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto dir = exe.parent_path();
    if (has_catalogue(dir / "locale")) return (dir / "locale").string();
    if (has_catalogue(dir / ".." / "share" / "locale"))
      return (dir / ".." / "share" / "locale").lexically_normal().string();
  }
  return BAOCAO_LOCALEDIR;
}

// The locale the user asked for messages, by POSIX precedence; empty when none is set.
std::string asked_locale() {
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(name);
    if (v != nullptr && *v != '\0') return v;
  }
  return {};
}

}  // namespace

void init_messages() {
  // Only LC_MESSAGES follows the user: the rest stays "C" (main), so numbers in workbook XML
  // keep their dot.
  if (std::setlocale(LC_MESSAGES, "") == nullptr) {
    // The asked locale is not generated on this machine (a fresh Debian has only C.UTF-8).
    // glibc's gettext honours LANGUAGE for any messages locale but plain "C": run under
    // C.UTF-8 and name the asked language there, so the catalogue is found anyway.
    std::string asked = asked_locale();
    if (!asked.empty() && asked != "C" && asked != "POSIX" &&
        std::setlocale(LC_MESSAGES, "C.UTF-8") != nullptr) {
      const char* language = std::getenv("LANGUAGE");
      if (language == nullptr || *language == '\0') setenv("LANGUAGE", asked.c_str(), 1);
    }
  }
  bindtextdomain(kDomain, locale_dir().c_str());
  // Translations come as UTF-8 whatever LC_CTYPE says (it stays "C").
  bind_textdomain_codeset(kDomain, "UTF-8");
  textdomain(kDomain);
}

const char* tr(const char* msgid) {
  return dgettext(kDomain, msgid);
}

namespace detail {

namespace {

// `translated` formatted, or `english` when there is no translation (gettext handed back the
// msgid) or its placeholders do not fit the arguments: a broken catalogue must not lose a
// message.
std::string format_or_english(const char* translated, bool has_translation,
                              fmt::string_view english, fmt::format_args args) {
  if (has_translation) {
    try {
      return fmt::vformat(translated, args);
    } catch (const fmt::format_error&) {
    }
  }
  return fmt::vformat(english, args);
}

}  // namespace

std::string format_translated(fmt::string_view english, fmt::format_args args) {
  // The msgid is a string literal (fmt::format_string of one), so it ends in a NUL.
  const char* translated = tr(english.data());
  return format_or_english(translated, translated != english.data(), english, args);
}

std::string format_translated(fmt::string_view one, fmt::string_view many, unsigned long n,
                              fmt::format_args args) {
  const char* translated = dngettext(kDomain, one.data(), many.data(), n);
  return format_or_english(translated, translated != one.data() && translated != many.data(),
                           n == 1 ? one : many, args);
}

}  // namespace detail
}  // namespace baocao
