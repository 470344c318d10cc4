#include <clocale>
#include <cstdio>

#include <fmt/format.h>

#include "baocao/version.hpp"
#include "cli/commands.hpp"
#include "core/i18n.hpp"
#include "xlsx/quiet.hpp"

int main(int argc, char** argv) {
  // Number formatting in the libraries follows LC_NUMERIC: keep it "C" (a `vi_VN` locale would
  // write "1234,5" into workbook XML).
  std::setlocale(LC_ALL, "C");
  // Messages follow the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), Vietnamese or not.
  baocao::init_messages();
  // Before any thread: libxlsxwriter's own lines are not shown raw (its failures come back as
  // diagnostics naming the file and the system's reason).
  baocao::xlsx::quiet_libxlsxwriter();
  CLI::App app{
      baocao::tr("baocao: indicator dataset -> summary tables, Excel workbooks and PDF briefings"),
      "baocao"};
  baocao::cli::speak_users_language(app);
  app.set_version_flag("--version", fmt::format("baocao {}", baocao::kVersion),
                       baocao::tr("Display program version information and exit"));
  app.require_subcommand(1);
  app.footer(baocao::tr(
      "Exit codes: 0 ok, 1 data or template errors, 2 usage error, 3 output or I/O failure."));
  int exit_code = baocao::cli::kOk;
  baocao::cli::add_check_command(app, exit_code);
  baocao::cli::add_build_command(app, exit_code);
  baocao::cli::add_seal_command(app, exit_code);
  baocao::cli::add_verify_command(app, exit_code);
  baocao::cli::add_summary_command(app, exit_code);
  baocao::cli::add_render_text_command(app, exit_code);
  baocao::cli::add_collect_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? baocao::cli::kOk : baocao::cli::kUsage;
  }
  return exit_code;
}
