#include "core/diagnostic.hpp"

#include <fmt/format.h>

#include "core/i18n.hpp"
#include "core/unicode.hpp"

namespace baocao {

// A message quotes file names and values as they came: printed as they are, an escape
// sequence among them would drive the terminal.
std::string to_string(const Diagnostic& d) {
  std::string out = terminal_safe(d.file);
  if (d.line > 0) out += fmt::format(":{}", d.line);
  if (d.column > 0) out += fmt::format(":{}", d.column);
  out += fmt::format(": {}: ", d.severity == Severity::error ? tr("error") : tr("warning"));
  out += terminal_safe(d.message);
  if (!d.hint.empty()) out += fmt::format("\n  {}: {}", tr("hint"), terminal_safe(d.hint));
  return out;
}

void Diagnostics::add(Diagnostic d) {
  if (d.severity == Severity::error) {
    ++error_count_;
    if (error_count_ > kMaxErrors) return;
  } else {
    ++warning_count_;
  }
  items_.push_back(std::move(d));
}

void Diagnostics::error(std::string file, int line, int column, std::string message,
                        std::string hint) {
  add({std::move(file), line, column, Severity::error, std::move(message), std::move(hint)});
}

void Diagnostics::warning(std::string file, int line, int column, std::string message,
                          std::string hint) {
  add({std::move(file), line, column, Severity::warning, std::move(message), std::move(hint)});
}

void Diagnostics::append(const Diagnostics& other) {
  for (const auto& d : other.items_) add(d);
  // Errors the other collection counted but did not keep still count here.
  if (other.error_count_ > other.kMaxErrors) error_count_ += other.error_count_ - kMaxErrors;
}

std::vector<Diagnostic> Diagnostics::errors() const {
  std::vector<Diagnostic> out;
  for (const auto& d : items_)
    if (d.severity == Severity::error) out.push_back(d);
  return out;
}

std::vector<Diagnostic> Diagnostics::warnings() const {
  std::vector<Diagnostic> out;
  for (const auto& d : items_)
    if (d.severity == Severity::warning) out.push_back(d);
  return out;
}

}  // namespace baocao
