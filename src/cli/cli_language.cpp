#include <string>
#include <string_view>
#include <utility>

#include "cli/commands.hpp"
#include "core/i18n.hpp"

namespace baocao::cli {
namespace {

// CLI11's most frequent usage errors and its closing line, which it writes in English: each is
// replaced by its translation (nothing changes when messages are English).
std::string translate_failure(std::string text) {
  const std::pair<std::string_view, std::string> words[] = {
      {"The following argument was not expected: ",
       tr("The following argument was not expected: ")},
      {"The following arguments were not expected: ",
       tr("The following arguments were not expected: ")},
      {"A subcommand is required", tr("A subcommand is required")},
      {"Run with --help for more information.", tr("Run with --help for more information.")},
  };
  for (const auto& [english, translated] : words)
    if (auto at = text.find(english); at != std::string::npos)
      text.replace(at, english.size(), translated);
  return text;
}

// A subcommand makes its help flag before it inherits the group of options: moved there once
// every subcommand is added, that is when parsing starts.
void group_subcommand_help_flags(CLI::App& app) {
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; }))
    if (CLI::Option* help = sub->get_help_ptr(); help != nullptr) help->group(tr("Options"));
}

}  // namespace

void speak_users_language(CLI::App& app) {
  auto formatter = app.get_formatter();
  formatter->label("Usage", tr("Usage"));
  formatter->label("OPTIONS", tr("OPTIONS"));
  formatter->label("SUBCOMMAND", tr("SUBCOMMAND"));
  formatter->label("SUBCOMMANDS", tr("SUBCOMMANDS"));
  formatter->label("REQUIRED", tr("REQUIRED"));
  formatter->label("Positionals", tr("Positionals"));
  app.group(tr("Subcommands"));
  // The help flag is made again so that it lands in the renamed group of options.
  app.option_defaults()->group(tr("Options"));
  app.set_help_flag("-h,--help", tr("Print this help message and exit"));
  app.preparse_callback([&app](std::size_t) { group_subcommand_help_flags(app); });
  app.failure_message([](const CLI::App* failed, const CLI::Error& e) {
    return translate_failure(CLI::FailureMessage::simple(failed, e));
  });
}

}  // namespace baocao::cli
