#include "pdf/pdf_tools.hpp"

#include <gtest/gtest.h>

#include <regex>

#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

std::string unescape_html(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities) {
    std::string::size_type at = 0;
    while ((at = s.find(from, at)) != std::string::npos) {
      s.replace(at, std::string(from).size(), to);
      at += std::string(to).size();
    }
  }
  return s;
}

bool is_space(char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
}

}  // namespace

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string pdf_text(const std::filesystem::path& pdf, const std::string& options) {
  auto result = run("pdftotext " + options + " " + shell_quote(pdf.string()) + " -");
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return result.out;
}

std::vector<BoxPage> word_boxes(const std::filesystem::path& pdf) {
  std::string html = pdf_text(pdf, "-bbox");
  static const std::regex page_re(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
  static const std::regex word_re(
      R"re(<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" xMax="([0-9.-]+)" yMax="([0-9.-]+)">([^<]*)</word>)re");
  std::vector<BoxPage> pages;
  std::string::size_type start = 0;
  while (start < html.size()) {
    auto end = html.find('\n', start);
    if (end == std::string::npos) end = html.size();
    std::string line = html.substr(start, end - start);
    start = end + 1;
    std::smatch m;
    if (std::regex_search(line, m, page_re)) {
      pages.push_back({std::stod(m[1]), std::stod(m[2]), {}});
    } else if (std::regex_search(line, m, word_re) && !pages.empty()) {
      pages.back().words.push_back({unescape_html(m[5]), std::stod(m[1]), std::stod(m[2]),
                                    std::stod(m[3]), std::stod(m[4])});
    }
  }
  return pages;
}

std::string normalise_space(const std::string& text) {
  std::string out;
  bool pending = false;
  for (char c : text) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
  }
  return out;
}

std::string without_space(const std::string& text) {
  std::string out;
  for (char c : text)
    if (!is_space(c)) out += c;
  return out;
}

std::vector<BoxWord> find_words(const BoxPage& page, const std::string& text) {
  std::vector<BoxWord> found;
  for (const auto& word : page.words)
    if (word.text == text) found.push_back(word);
  return found;
}

}  // namespace baocao::testing
