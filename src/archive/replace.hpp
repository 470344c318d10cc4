#pragma once
// A bundle is replaced as a whole: the new one is put together in a folder beside it
// ("output/.2023.tmp-PID-N"), complete with its manifest, and the two folders are exchanged in
// one step (renameat2 RENAME_EXCHANGE); the old one is then removed. At every instant
// output/2023 is the complete old bundle or the complete new one. A run killed before the
// exchange leaves the old bundle as it was and a folder that verify reports as incomplete and
// the next build removes.

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostic.hpp"

namespace baocao {

// Told about each step that changes a folder (a rename, a link, the exchange, the removal of
// the old bundle), with the path it changes, before it is taken.
using StepHook = std::function<void(const std::string& path)>;

class NewBundleFolder {
 public:
  // Creates the folder beside `bundle_dir` (whose parent must exist).
  static std::optional<NewBundleFolder> create(const std::string& bundle_dir,
                                               Diagnostics& diagnostics);
  NewBundleFolder(NewBundleFolder&& other) noexcept;
  NewBundleFolder& operator=(NewBundleFolder&&) = delete;
  NewBundleFolder(const NewBundleFolder&) = delete;
  NewBundleFolder& operator=(const NewBundleFolder&) = delete;
  // Removes the folder (and whatever it holds then) unless it was put in place.
  ~NewBundleFolder();

  const std::string& path() const { return path_; }

  // Exchanges the folder with `bundle_dir` (or renames it there when there is none yet), then
  // removes the old bundle. First checks that the old bundle's folders can be emptied, so that a
  // path that cannot be written stops the build before anything is replaced. Once the exchange
  // is done the new bundle is in place: a failure to remove the old one is only a warning.
  bool put_in_place(const StepHook& before_step, Diagnostics& diagnostics);

 private:
  NewBundleFolder(std::string bundle_dir, std::string path)
      : bundle_dir_(std::move(bundle_dir)), path_(std::move(path)) {}
  std::string bundle_dir_;
  std::string path_;
  bool placed_ = false;
};

// Removes the folders beside `bundle_dir` that interrupted builds of it left (their process is
// gone). Returns their paths.
std::vector<std::string> remove_stale_bundle_folders(const std::string& bundle_dir);

// Puts the regular file `relative` of the folder `from_dir` at `to_path` with the same bytes,
// times and mode: as a hard link when it can, else as a copy. `writable`: the result has the
// owner's write permission (an unsealed copy of a sealed file is then a copy, never a link that
// would change the sealed file too). Links are never followed.
bool carry_over(const std::string& from_dir, const std::string& relative,
                const std::string& to_path, bool writable, std::string& error);

}  // namespace baocao
