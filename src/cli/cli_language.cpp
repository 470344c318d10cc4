#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "cli/commands.hpp"
#include "core/i18n.hpp"
#include "core/unicode.hpp"

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

// CLI11 pads the left column of the help with std::setw, which counts bytes: a Vietnamese name
// (THƯ_MỤC, BẮT_BUỘC) came out two or four columns short. This one counts code points, which is
// the width of NFC Vietnamese on a terminal.
class HelpFormatter : public CLI::Formatter {
 public:
  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    return row(make_option_name(opt, is_positional) + make_option_opts(opt), make_option_desc(opt));
  }
  std::string make_subcommand(const CLI::App* sub) const override {
    return row(sub->get_display_name(true), sub->get_description());
  }

 private:
  // The name, padded to the column, then the description; on a line of its own below the name
  // when the name reaches the column (as CLI11 does).
  std::string row(const std::string& name, const std::string& description) const {
    std::string out = "  " + name;
    std::size_t width = count_code_points(out);
    if (!description.empty()) {
      if (width >= column_width_) {
        out += '\n';
        width = 0;
      }
      out.append(column_width_ - width, ' ');
      for (char c : description) {
        out += c;
        if (c == '\n') out.append(column_width_, ' ');
      }
    }
    return out + '\n';
  }
};

}  // namespace

CLI::Validator unnamed(CLI::Validator check) {
  check.description("");
  return check;
}

CLI::Option* add_folder_option(CLI::App* cmd, const std::string& name, std::string& folder,
                               const std::string& description) {
  return cmd->add_option(name, folder, description)->type_name(tr("FOLDER"))->capture_default_str();
}

void speak_users_language(CLI::App& app) {
  auto formatter = std::make_shared<HelpFormatter>();
  app.formatter(formatter);
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
