#include "pdf/pdf_dump.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <regex>
#include <vector>

#include "pdf/pdf_tools.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {
namespace {

namespace fs = std::filesystem;

// The data of the first stream after `from` in a QDF file ("" when there is none).
std::string stream_after(const std::string& qdf, std::size_t from) {
  const std::string open = "\nstream\n", close = "endstream\n";
  std::size_t start = qdf.find(open, from);
  if (start == std::string::npos) return {};
  start += open.size();
  std::size_t end = qdf.find(close, start);
  // QDF ends every stream with a newline of its own before "endstream".
  if (end > start && qdf[end - 1] == '\n') --end;
  return qdf.substr(start, end - start);
}

// Where object `number` starts in a QDF file (npos when it is not there).
std::size_t object_at(const std::string& qdf, const std::string& number) {
  return qdf.find("\n" + number + " 0 obj\n");
}

std::string qdf_of(const fs::path& pdf) {
  TempDir dir;
  auto result = run("qpdf --qdf --object-streams=disable " + shell_quote(pdf.string()) + " " +
                    shell_quote((dir / "qdf.pdf").string()));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  return read_file(dir / "qdf.pdf");
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// The hex of a ToUnicode destination: UTF-16BE, surrogate pairs included.
std::string utf16be_hex_to_utf8(const std::string& hex) {
  std::string out;
  for (std::size_t i = 0; i + 4 <= hex.size(); i += 4) {
    unsigned unit = static_cast<unsigned>(std::stoul(hex.substr(i, 4), nullptr, 16));
    if (unit >= 0xD800 && unit < 0xDC00 && i + 8 <= hex.size()) {
      unsigned low = static_cast<unsigned>(std::stoul(hex.substr(i + 4, 4), nullptr, 16));
      unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00);
      i += 4;
    }
    append_utf8(out, unit);
  }
  return out;
}

unsigned hex_number(const std::string& hex) {
  return static_cast<unsigned>(std::stoul(hex, nullptr, 16));
}

// The text of a hex glyph string of 2-byte codes (Identity-H), "?" for an unmapped glyph.
std::string glyph_text(const std::string& hex, const GlyphText& glyphs) {
  std::string text;
  for (std::size_t i = 0; i + 4 <= hex.size(); i += 4) {
    auto it = glyphs.find(hex_number(hex.substr(i, 4)));
    text += it == glyphs.end() ? "?" : it->second;
  }
  return text;
}

bool is_operator(const std::string& line) {
  std::size_t at = line.find_last_of(' ');
  char c = line[at == std::string::npos ? 0 : at + 1];
  return std::isalpha(static_cast<unsigned char>(c)) || c == '\'' || c == '"';
}

// A text object's line with the text of its glyph strings appended as a comment.
std::string with_text(const std::string& line, const std::map<std::string, GlyphText>& fonts) {
  static const std::regex font_re(R"(/(\w+) [0-9.]+ Tf)"), glyphs_re(R"(<([0-9a-fA-F]*)> Tj)");
  std::smatch font;
  if (!std::regex_search(line, font, font_re) || !fonts.count(font[1])) return line;
  std::string text;
  for (std::sregex_iterator it(line.begin(), line.end(), glyphs_re), end; it != end; ++it)
    text += glyph_text((*it)[1], fonts.at(font[1]));
  // Quoted: a word's trailing space stays visible and survives editors that trim lines.
  return text.empty() ? line : line + " % \"" + text + "\"";
}

// The ToUnicode maps of the fonts page `page` ("1", "2", …) names in its resources.
std::map<std::string, GlyphText> page_fonts(const std::string& qdf, const std::string& page) {
  std::map<std::string, GlyphText> fonts;
  std::size_t start = qdf.find("%% Page " + page + "\n");
  if (start == std::string::npos) return fonts;
  const std::string dict = qdf.substr(start, qdf.find("endobj", start) - start);
  static const std::regex font_re(R"(/(\w+) (\d+) 0 R)"), to_unicode_re(R"(/ToUnicode (\d+) 0 R)");
  for (std::sregex_iterator it(dict.begin(), dict.end(), font_re), end; it != end; ++it) {
    std::size_t font = object_at(qdf, (*it)[2]);
    if (font == std::string::npos) continue;
    const std::string font_dict = qdf.substr(font, qdf.find("endobj", font) - font);
    std::smatch m;
    if (!std::regex_search(font_dict, m, to_unicode_re)) continue;
    fonts[(*it)[1]] = parse_to_unicode(stream_after(qdf, object_at(qdf, m[1])));
  }
  return fonts;
}

}  // namespace

GlyphText parse_to_unicode(const std::string& cmap) {
  GlyphText glyphs;
  static const std::regex range_re(
      R"(<([0-9a-fA-F]+)> <([0-9a-fA-F]+)> (\[[^\]]*\]|<[0-9a-fA-F]+>))"),
      char_re(R"(<([0-9a-fA-F]+)> <([0-9a-fA-F]+)>\s*\n)"), hex_re(R"(<([0-9a-fA-F]+)>)");
  // Every "begin… … end…" block of one kind, concatenated.
  auto section = [&](const std::string& begin, const std::string& end) {
    std::string all;
    for (std::size_t at = cmap.find(begin); at != std::string::npos; at = cmap.find(begin, at)) {
      at += begin.size();
      all += cmap.substr(at, cmap.find(end, at) - at) + "\n";
    }
    return all;
  };
  const std::string ranges = section("beginbfrange", "endbfrange");
  for (std::sregex_iterator it(ranges.begin(), ranges.end(), range_re), end; it != end; ++it) {
    unsigned first = hex_number((*it)[1]), last = hex_number((*it)[2]);
    const std::string dst = (*it)[3];
    std::vector<std::string> each;
    for (std::sregex_iterator h(dst.begin(), dst.end(), hex_re); h != end; ++h)
      each.push_back((*h)[1]);
    for (unsigned code = first; code <= last && !each.empty(); ++code) {
      if (dst.front() == '[') {
        if (code - first < each.size()) glyphs[code] = utf16be_hex_to_utf8(each[code - first]);
      } else {  // one destination, incremented along the range
        std::string out;
        append_utf8(out, hex_number(each[0]) + (code - first));
        glyphs[code] = out;
      }
    }
  }
  const std::string chars = section("beginbfchar", "endbfchar");
  for (std::sregex_iterator it(chars.begin(), chars.end(), char_re), end; it != end; ++it)
    glyphs[hex_number((*it)[1])] = utf16be_hex_to_utf8((*it)[2]);
  return glyphs;
}

std::string content_dump(const std::string& content,
                         const std::map<std::string, GlyphText>& fonts) {
  std::string out, pending;
  bool in_text = false;
  std::size_t start = 0;
  while (start < content.size()) {
    std::size_t end = content.find('\n', start);
    if (end == std::string::npos) end = content.size();
    std::string line = content.substr(start, end - start);
    start = end + 1;
    if (line.empty()) continue;
    pending += (pending.empty() ? "" : " ") + line;
    if (line == "BT") in_text = true;
    if (line == "ET") in_text = false;
    if (!in_text && is_operator(line)) {
      out += with_text(pending, fonts) + "\n";
      pending.clear();
    }
  }
  return pending.empty() ? out : out + pending + "\n";
}

std::string pdf_dump(const fs::path& pdf) {
  const std::string qdf = qdf_of(pdf);
  std::string dump;
  const std::string marker = "%% Contents for page ";
  for (std::size_t at = qdf.find(marker); at != std::string::npos; at = qdf.find(marker, at + 1)) {
    std::size_t eol = qdf.find('\n', at);
    const std::string page = qdf.substr(at + marker.size(), eol - at - marker.size());
    dump += "==== page " + page + " ====\n";
    dump += content_dump(stream_after(qdf, at), page_fonts(qdf, page));
  }
  std::size_t xmp = qdf.find("/Subtype /XML");
  dump += "==== XMP metadata ====\n";
  if (xmp != std::string::npos) dump += stream_after(qdf, xmp) + "\n";
  return dump;
}

}  // namespace baocao::testing
