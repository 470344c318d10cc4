#pragma once
// Reading PDFs back with poppler's command-line clients, for the PDF tests.

#include <filesystem>
#include <string>
#include <vector>

namespace baocao::testing {

struct BoxWord {
  std::string text;
  double x_min = 0;
  double y_min = 0;  // from the page's top
  double x_max = 0;
  double y_max = 0;
};

struct BoxPage {
  double width = 0;
  double height = 0;
  std::vector<BoxWord> words;
};

// `pdftotext -bbox`: every word with its box, page by page.
std::vector<BoxPage> word_boxes(const std::filesystem::path& pdf);

// `pdftotext [options] pdf -`; fails the test if pdftotext does.
std::string pdf_text(const std::filesystem::path& pdf, const std::string& options = "");

// Runs of whitespace become one space; leading and trailing whitespace go.
std::string normalise_space(const std::string& text);
// Every whitespace character removed.
std::string without_space(const std::string& text);

// Words of `page` equal to `text`.
std::vector<BoxWord> find_words(const BoxPage& page, const std::string& text);

std::string shell_quote(const std::string& s);

constexpr double mm_to_pt(double mm) {
  return mm * 72.0 / 25.4;
}

}  // namespace baocao::testing
