#pragma once
// `baocao build`: the whole bundle of a period, written so that an archive can trust it.
// The only place that sequences the stages: load -> compute -> briefings -> files.

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "archive/atomic_file.hpp"
#include "core/dataset.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/period.hpp"
#include "pdf/render.hpp"

namespace baocao {

enum class OutputSelection { all, workbooks, briefings };

struct BuildOptions {
  std::string data_dir = "data";
  std::string templates_dir = "templates";
  std::string out_dir = "output";  // the bundle goes to <out_dir>/<period>/
  std::optional<Period> period;    // empty: the contract's default period
  Date report_date;                // given by the caller: the library never reads the clock
  std::map<std::string, std::string> numbers;  // template name -> document number
  Collection collection;  // --deadline, --return-to: over unit.toml's [collection] where set
  OutputSelection only = OutputSelection::all;
  unsigned jobs = 1;  // files written at the same time
  // Rebuild a sealed bundle, one whose manifest is unreadable, or a folder of files without a
  // manifest (possibly an issued bundle that lost it).
  bool force = false;
  // Refuse (a data error, nothing written) while a briefing is a draft: it lacks its document
  // number or its signer's name (briefing/draft.hpp).
  bool final = false;
  PdfOptions pdf;
  // The user's TMPDIR, as the caller read it (the library never reads the environment). Set, it
  // is where the workbooks' temporary parts go: scratch.hpp.
  std::string tmpdir;
  // Set (e.g. by a signal handler) to stop: no new file is started, nothing is put in place.
  const std::atomic<bool>* cancel = nullptr;
  // A workbook holding more values rows than this is written in libxlsxwriter's streaming mode
  // (each workbook on its own: a province's master streams, its department workbooks need not).
  // Below it the workbook is kept in memory, about 1 KB a row, and its charts get caches.
  std::size_t constant_memory_rows = 10'000;
  // Told about each step that changes the output folder once the files are written (each
  // rename or link into the new bundle's folder, the exchange, the removal of the old bundle),
  // before it is taken. For tests of a kill at each step: the CLI sets it only from
  // BAOCAO_TEST_KILL_AT_STEP.
  std::function<void(const std::string& path)> before_step;
};

// Told about each output while the files are written. Called from worker threads, possibly
// at the same time: implementations synchronise themselves.
class Reporter {
 public:
  virtual ~Reporter() = default;
  // Before the first file: the bundle folder and how many outputs will be written.
  virtual void outputs_planned(const std::string& bundle_dir, std::size_t count) {
    (void)bundle_dir;
    (void)count;
  }
  virtual void output_started(const std::string& path) { (void)path; }  // relative to bundle
  // `digest` is null when the file could not be written.
  virtual void output_finished(const std::string& path, const FileDigest* digest) {
    (void)path;
    (void)digest;
  }
};

class SilentReporter : public Reporter {};

enum class FileChange { added, changed, unchanged, removed, kept };
// "new", "changed", "unchanged", "removed", "kept"
std::string_view to_string(FileChange change);

struct FileOutcome {
  std::string path;  // relative to the bundle
  std::uint64_t size = 0;
  FileChange change = FileChange::added;
};

enum class BuildStatus {
  ok,
  data_error,      // the dataset or a template has errors: nothing was written
  usage_error,     // options that cannot be honoured (a span period, an unknown template)
  output_error,    // a file or folder could not be written
  sealed_refused,  // the bundle is sealed and would change; see `would_change`
  interrupted,     // `cancel` was set: nothing was put in place
};

// A briefing of the bundle as a draft or a final, for the closing summary.
struct BriefingState {
  std::string name;     // the template: "hdnd"
  std::string missing;  // what a final needs and how to give it (briefing/draft.hpp); empty: final
};

struct BuildResult {
  BuildStatus status = BuildStatus::ok;
  Diagnostics diagnostics;  // errors and warnings of every stage, located
  std::string bundle_dir;   // <out_dir>/<period>, once known
  std::string period;
  std::vector<FileOutcome> files;          // every output by path, then manifest.json
  std::vector<BriefingState> briefings;    // by template name, when briefings were built
  std::vector<FileOutcome> would_change;   // sealed_refused: what a forced build would change
  std::optional<std::string> sealed_date;  // the bundle is (still) sealed
  // Left by interrupted runs: temporaries and new bundles' folders.
  std::vector<std::string> removed_temporaries;
  // An error leaves the bundle folder as it was: the new bundle replaces it as a whole or not
  // at all (replace.hpp).
};

BuildResult run_build(const BuildOptions& options, Reporter& reporter);

}  // namespace baocao
