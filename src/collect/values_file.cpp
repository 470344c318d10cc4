#include "collect/values_file.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "archive/atomic_file.hpp"
#include "core/i18n.hpp"
#include "core/sha256.hpp"
#include "load/csv_reader.hpp"

namespace baocao::collect {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kHistoryName = "values.csv.";

// The physical lines of the file: [begin, end) offsets, each with its line break.
std::vector<std::pair<std::size_t, std::size_t>> physical_lines(std::string_view bytes) {
  std::vector<std::pair<std::size_t, std::size_t>> lines;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\n' || bytes[i] == '\r') {
      if (bytes[i] == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      lines.emplace_back(begin, i + 1);
      begin = i + 1;
    }
  }
  if (begin < bytes.size()) lines.emplace_back(begin, bytes.size());
  return lines;
}

struct Layout {
  std::vector<std::string> columns;  // header names, in order
  bool quote_all = false;
  std::string eol = "\n";
  std::vector<std::uint32_t> record_lines;  // the line each record starts on, in order
};

Layout read_layout(std::string_view bytes) {
  Layout layout;
  std::size_t pos = 0;
  CsvReader reader([&](char* buffer, std::size_t n) {
    std::size_t k = std::min(n, bytes.size() - pos);
    std::memcpy(buffer, bytes.data() + pos, k);
    pos += k;
    return k;
  });
  CsvRecord record;
  bool header = true;
  while (reader.next(record)) {
    layout.record_lines.push_back(record.line);
    if (header && !record.blank()) {
      header = false;
      layout.quote_all = !record.fields.empty();
      for (const auto& f : record.fields) {
        layout.columns.emplace_back(f.text);
        layout.quote_all = layout.quote_all && f.quoted;
      }
    }
  }
  auto first_break = bytes.find_first_of("\r\n");
  if (first_break != std::string_view::npos && bytes[first_break] == '\r')
    layout.eol = first_break + 1 < bytes.size() && bytes[first_break + 1] == '\n' ? "\r\n" : "\r";
  return layout;
}

std::string number_text(double v) {
  return fmt::format("{}", v);  // the shortest form that reads back the same (returned.cpp
                                // checks that it parses)
}

std::string field(std::string_view text, bool quote_all) {
  bool quote = quote_all || text.find_first_of(",\"\r\n") != std::string_view::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' ' ||
                                  text.front() == '\t' || text.back() == '\t'));
  if (!quote) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string row_text(const Layout& layout, const Dataset& data, const CollectedRow& row) {
  std::string out;
  for (std::size_t i = 0; i < layout.columns.size(); ++i) {
    const std::string& name = layout.columns[i];
    std::string value;
    if (name == "code") value = data.indicators[row.indicator].code;
    if (name == "area") value = data.areas[row.area].code;
    if (name == "period") value = row.period.to_string();
    if (name == "basis") value = std::string(to_string(row.basis));
    if (name == "value") value = number_text(row.value);
    if (name == "note") value = row.note;
    if (name == "source") value = row.source;
    if (i > 0) out += ',';
    out += field(value, layout.quote_all);
  }
  return out;
}

std::string errno_text() {
  return std::strerror(errno);
}

// An exclusive lock on the data folder while values.csv is checked and replaced: two collects
// at once would otherwise both start from the same file and the second would drop the first's
// rows. Released when the process ends, however it ends.
class FolderLock {
 public:
  explicit FolderLock(const std::string& dir) : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY)) {
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

}  // namespace

std::string rewrite_values(std::string_view old_bytes, const Dataset& data, const CollectPlan& plan,
                           bool replace) {
  Layout layout = read_layout(old_bytes);
  auto lines = physical_lines(old_bytes);
  // Rows rewritten in place, by the line their record starts on (1-based).
  std::map<std::uint32_t, const CollectedRow*> in_place;
  std::vector<const CollectedRow*> appended;
  for (const auto& p : plan.rows) {
    if (p.change == Change::added) appended.push_back(&p.row);
    if (p.change == Change::changed || (replace && p.change == Change::conflict))
      in_place[data.observations[*p.existing].line] = &p.row;
  }

  std::string out;
  out.reserve(old_bytes.size() + appended.size() * 96);
  std::size_t next_line = 1;  // the next physical line (1-based) to copy
  for (std::size_t r = 0; r < layout.record_lines.size(); ++r) {
    std::uint32_t line = layout.record_lines[r];
    auto it = in_place.find(line);
    if (it == in_place.end()) continue;
    std::size_t end_line =
        r + 1 < layout.record_lines.size() ? layout.record_lines[r + 1] : lines.size() + 1;
    for (; next_line < line; ++next_line) {
      auto [b, e] = lines[next_line - 1];
      out.append(old_bytes.substr(b, e - b));
    }
    // The record's own line break is kept (none on a last line without one).
    auto [last_b, last_e] = lines[end_line - 2];
    std::string_view last = old_bytes.substr(last_b, last_e - last_b);
    std::size_t brk = last.find_last_not_of("\r\n");
    std::string_view eol = brk == std::string_view::npos ? last : last.substr(brk + 1);
    out += row_text(layout, data, *it->second);
    out.append(eol);
    next_line = end_line;
  }
  for (; next_line <= lines.size(); ++next_line) {
    auto [b, e] = lines[next_line - 1];
    out.append(old_bytes.substr(b, e - b));
  }
  if (!appended.empty() && !out.empty() && out.back() != '\n' && out.back() != '\r')
    out += layout.eol;
  for (const CollectedRow* row : appended) {
    out += row_text(layout, data, *row);
    out += layout.eol;
  }
  return out;
}

std::string history_dir(const std::string& data_dir) {
  return (fs::path(data_dir) / ".history").string();
}

std::string next_history_path(const std::string& data_dir) {
  unsigned long highest = 0;
  std::error_code ec;
  for (auto it = fs::directory_iterator(history_dir(data_dir), ec);
       !ec && it != fs::directory_iterator(); it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!name.starts_with(kHistoryName)) continue;
    std::string_view digits = std::string_view(name).substr(kHistoryName.size());
    unsigned long n = 0;
    auto [end, err] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (err == std::errc() && end == digits.data() + digits.size()) highest = std::max(highest, n);
  }
  return (fs::path(history_dir(data_dir)) / fmt::format("{}{}", kHistoryName, highest + 1))
      .string();
}

Applied apply_plan(const std::string& data_dir, const Dataset& data, const CollectPlan& plan,
                   bool replace, Diagnostics& diagnostics) {
  Applied applied;
  FolderLock lock(data_dir);
  // Read again under the lock: what the plan was made from must still be there.
  std::string path = (fs::path(data_dir) / "values.csv").string();
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (!in) {
    diagnostics.error(path, 0, 0, trf("cannot read values.csv again: {}", errno_text()),
                      tr("check the data folder"));
    return applied;
  }
  std::string old_bytes = std::move(buffer).str();
  for (const SourceFile& f : data.files)
    if (fs::path(f.path).filename() == "values.csv" && f.sha256 != sha256_hex(old_bytes)) {
      diagnostics.error(path, 0, 0,
                        tr("values.csv changed while collect was reading the workbooks "
                           "(another collect, or an editor)"),
                        tr("run collect again"));
      return applied;
    }
  std::string new_bytes = rewrite_values(old_bytes, data, plan, replace);
  if (new_bytes == old_bytes) return applied;

  // The previous file first: if the run is killed after this, values.csv is still the old one.
  std::error_code ec;
  fs::create_directories(history_dir(data_dir), ec);
  if (ec) {
    diagnostics.error(history_dir(data_dir), 0, 0,
                      trf("cannot create the history folder: {}", ec.message()),
                      tr("ask for write permission on the data folder"));
    return applied;
  }
  applied.history = next_history_path(data_dir);
  if (!write_file_atomically(applied.history, old_bytes, diagnostics) || !sync_directory(data_dir))
    return applied;
  if (!write_file_atomically(path, new_bytes, diagnostics)) return applied;
  applied.written = true;
  return applied;
}

}  // namespace baocao::collect
