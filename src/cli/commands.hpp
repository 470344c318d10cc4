#pragma once
// The CLI is a thin layer: each command parses its options and calls the library.

#include <CLI/CLI.hpp>

namespace baocao::cli {

// Exit codes, documented in --help and the README.
enum Exit : int { kOk = 0, kDataError = 1, kUsage = 2, kOutputError = 3 };

// CLI11's own words (help labels and groups, the help flag, usage errors) in the language of
// the messages; called on the main app before its subcommands are added, which inherit them.
void speak_users_language(CLI::App& app);

// `check` without its description: the option's type name (set in the user's language) already
// says what the value is, and CLI11 would print the English description after it.
CLI::Validator unnamed(CLI::Validator check);

// An option `name` holding a folder, with its default shown in --help.
CLI::Option* add_folder_option(CLI::App* cmd, const std::string& name, std::string& folder,
                               const std::string& description);

// Each adds a subcommand to `app`; when it runs, it stores its exit code in `exit_code`.
void add_check_command(CLI::App& app, int& exit_code);
void add_build_command(CLI::App& app, int& exit_code);
void add_seal_command(CLI::App& app, int& exit_code);
void add_verify_command(CLI::App& app, int& exit_code);
void add_summary_command(CLI::App& app, int& exit_code);
void add_render_text_command(CLI::App& app, int& exit_code);
void add_collect_command(CLI::App& app, int& exit_code);

}  // namespace baocao::cli
