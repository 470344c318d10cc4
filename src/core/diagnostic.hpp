#pragma once
// Errors and warnings as values: every stage collects them and the CLI reports them together.

#include <cstddef>
#include <string>
#include <vector>

namespace baocao {

enum class Severity { error, warning };

// A located message. For CSV files `line` is the physical line where the offending field starts
// and `column` the 1-based field number; 0 means "not known" and is left out when printed.
struct Diagnostic {
  std::string file;
  int line = 0;
  int column = 0;
  Severity severity = Severity::error;
  std::string message;
  std::string hint;  // what to do; may be empty
};

// "FILE:LINE:FIELD: error: MESSAGE" followed, when there is a hint, by "\n  hint: HINT".
std::string to_string(const Diagnostic& d);

class Diagnostics {
 public:
  // Errors past this many are counted but not kept: a file with a systematic mistake on every
  // line would otherwise drown the first, most useful messages.
  static constexpr std::size_t kMaxErrors = 100;

  void add(Diagnostic d);
  void error(std::string file, int line, int column, std::string message, std::string hint = {});
  void warning(std::string file, int line, int column, std::string message, std::string hint = {});
  void append(const Diagnostics& other);

  bool has_errors() const { return error_count_ > 0; }
  std::size_t error_count() const { return error_count_; }
  std::size_t warning_count() const { return warning_count_; }
  bool full() const { return error_count_ >= kMaxErrors; }
  const std::vector<Diagnostic>& items() const { return items_; }
  std::vector<Diagnostic> errors() const;
  std::vector<Diagnostic> warnings() const;

 private:
  std::vector<Diagnostic> items_;
  std::size_t error_count_ = 0;
  std::size_t warning_count_ = 0;
};

}  // namespace baocao
