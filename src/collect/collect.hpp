#pragma once
// `baocao collect`: returned department workbooks read, checked and (with apply) written into
// values.csv. The command line only prints what this returns.

#include <string>
#include <vector>

#include "collect/changes.hpp"
#include "collect/returned.hpp"
#include "collect/values_file.hpp"
#include "collect/zip_package.hpp"
#include "core/diagnostic.hpp"

namespace baocao::collect {

struct CollectOptions {
  std::vector<std::string> paths;  // files, or folders whose *.xlsx are collected
  std::string data = "data";
  bool apply = false;
  bool replace = false;
  ReadLimits limits;
};

struct CollectReport {
  Diagnostics diagnostics;  // the dataset's, then every workbook's, then the write's
  bool io_failure = false;  // the write failed (exit 3), as opposed to bad data (exit 1)
  std::vector<ReturnedWorkbook> workbooks;
  CollectPlan plan;
  bool refused_conflicts = false;  // --apply without --replace met conflicts: nothing written
  Applied applied;
};

// The workbook files `paths` name: files as given, folders' *.xlsx (not Excel's "~$" lock
// files), sorted and without repeats. Missing paths are errors.
std::vector<std::string> workbook_files(const std::vector<std::string>& paths,
                                        Diagnostics& diagnostics);

CollectReport run_collect(const CollectOptions& options);

}  // namespace baocao::collect
