#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <string>
#include <vector>

#include "load/csv_reader.hpp"

namespace baocao {
namespace {

struct Row {
  std::vector<std::string> fields;
  std::vector<std::uint32_t> lines;
  std::vector<CsvProblem> problems;
  std::uint32_t line;
};

// Reads all of `input`, handing it to the reader `piece` bytes at a time with chunks of
// `chunk` bytes, so that every boundary case (a CRLF, a doubled quote, the byte-order mark
// split over two reads) is met somewhere.
std::vector<Row> read_all(const std::string& input, std::size_t piece = 1 << 20,
                          std::size_t chunk = 1 << 20) {
  std::size_t pos = 0;
  CsvReader reader(
      [&](char* buffer, std::size_t n) {
        std::size_t k = std::min({n, piece, input.size() - pos});
        std::memcpy(buffer, input.data() + pos, k);
        pos += k;
        return k;
      },
      chunk);
  std::vector<Row> rows;
  CsvRecord record;
  while (reader.next(record)) {
    Row r{{}, {}, record.problems, record.line};
    for (const auto& f : record.fields) {
      r.fields.emplace_back(f.text);
      r.lines.push_back(f.line);
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

using Fields = std::vector<std::string>;

TEST(CsvReader, PlainRowsAndTrimmedUnquotedFields) {
  auto rows = read_all("a,b,c\n 1 ,\t2,3  \n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].fields, (Fields{"a", "b", "c"}));
  EXPECT_EQ(rows[1].fields, (Fields{"1", "2", "3"}));
  EXPECT_EQ(rows[1].line, 2u);
}

TEST(CsvReader, QuotedFieldsKeepSpacesCommasAndDoubledQuotes) {
  auto rows = read_all("\" a, b \",\"say \"\"hi\"\"\", \"x\" \n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].fields, (Fields{" a, b ", "say \"hi\"", "x"}));
  EXPECT_TRUE(rows[0].problems.empty());
}

TEST(CsvReader, QuotedNewlinesMoveTheLinesAfterThem) {
  const std::string input = "h1,h2\nA,\"two\nlines\"\nB,\"three\r\nline\r\nnote\"\r\nC,x\n";
  for (std::size_t piece : {1, 2, 3, 7, 1000}) {
    auto rows = read_all(input, piece, 4);
    ASSERT_EQ(rows.size(), 4u) << piece;
    EXPECT_EQ(rows[1].fields, (Fields{"A", "two\nlines"}));
    EXPECT_EQ(rows[1].line, 2u);
    EXPECT_EQ(rows[2].line, 4u);
    EXPECT_EQ(rows[2].fields[1], "three\r\nline\r\nnote");
    EXPECT_EQ(rows[3].line, 7u) << piece;
    EXPECT_EQ(rows[3].lines, (std::vector<std::uint32_t>{7, 7}));
  }
}

TEST(CsvReader, FieldStartsOnTheLineWhereItsFirstByteIs) {
  auto rows = read_all("a,\"x\ny\",b\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].lines, (std::vector<std::uint32_t>{1, 1, 2}));
}

TEST(CsvReader, ByteOrderMarkAndCrlfAreAccepted) {
  for (std::size_t piece : {1, 2, 5, 100}) {
    auto rows = read_all(
        "\xEF\xBB\xBF"
        "code,name\r\nA,b\r\nC,d",
        piece, 4);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].fields, (Fields{"code", "name"}));
    EXPECT_EQ(rows[1].fields, (Fields{"A", "b"}));
    EXPECT_EQ(rows[2].fields, (Fields{"C", "d"}));
    EXPECT_EQ(rows[2].line, 3u);
  }
}

TEST(CsvReader, AByteOrderMarkLaterInTheFileIsText) {
  auto rows = read_all(
      "a\n\xEF\xBB\xBF"
      "b\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].fields[0],
            "\xEF\xBB\xBF"
            "b");
}

TEST(CsvReader, OldMacLineEndsAreLineBreaks) {
  auto rows = read_all("a\rb\r\rc");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[3].fields[0], "c");
  EXPECT_EQ(rows[3].line, 4u);
}

TEST(CsvReader, UnclosedQuoteIsReportedWhereTheFieldStarts) {
  auto rows = read_all("a,b\n1,\"never closed\n2,3\n4,5\n");
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[1].problems.size(), 1u);
  EXPECT_EQ(rows[1].problems[0].kind, CsvProblemKind::unclosed_quote);
  EXPECT_EQ(rows[1].problems[0].line, 2u);
  EXPECT_EQ(rows[1].problems[0].field, 2u);
}

TEST(CsvReader, StrayQuotesAreReported) {
  auto rows = read_all("ab\"c,\"x\"y,\"ok\"\n");
  ASSERT_EQ(rows.size(), 1u);
  ASSERT_EQ(rows[0].problems.size(), 2u);
  EXPECT_EQ(rows[0].problems[0].kind, CsvProblemKind::quote_in_field);
  EXPECT_EQ(rows[0].problems[0].field, 1u);
  EXPECT_EQ(rows[0].problems[1].kind, CsvProblemKind::text_after_quote);
  EXPECT_EQ(rows[0].problems[1].field, 2u);
  EXPECT_EQ(rows[0].fields[2], "ok");
}

TEST(CsvReader, EmptyInputHasNoRecordsAndABlankLineIsABlankRecord) {
  EXPECT_TRUE(read_all("").empty());
  EXPECT_TRUE(read_all("\xEF\xBB\xBF").empty());
  auto rows = read_all("a\n\n,,\nb");
  ASSERT_EQ(rows.size(), 4u);
  CsvRecord blank;
  blank.fields = {{"", 2, false}};
  EXPECT_TRUE(blank.blank());
  blank.fields.push_back({"x", 2, false});
  EXPECT_FALSE(blank.blank());
  EXPECT_EQ(rows[3].line, 4u);
}

TEST(CsvReader, FieldsPastTheCapAreCountedNotKept) {
  std::string input = "a,b,c,d,e\nx\n";
  std::size_t pos = 0;
  CsvReader reader(
      [&](char* buffer, std::size_t n) {
        std::size_t k = std::min(n, input.size() - pos);
        std::memcpy(buffer, input.data() + pos, k);
        pos += k;
        return k;
      },
      64, 3);
  CsvRecord r;
  ASSERT_TRUE(reader.next(r));
  ASSERT_EQ(r.fields.size(), 3u);
  EXPECT_EQ(r.fields[2].text, "c");
  EXPECT_EQ(r.field_count(), 5u);
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(r.field_count(), 1u);
  EXPECT_EQ(r.fields[0].text, "x");
}

TEST(CsvReader, RecentBytesAreTheLastChunkRead) {
  std::string input = "a,b\nc,d\n";
  std::size_t pos = 0;
  CsvReader reader(
      [&](char* buffer, std::size_t n) {
        std::size_t k = std::min(n, input.size() - pos);
        std::memcpy(buffer, input.data() + pos, k);
        pos += k;
        return k;
      },
      64);
  CsvRecord r;
  ASSERT_TRUE(reader.next(r));
  EXPECT_EQ(reader.recent_bytes(), input);
}

}  // namespace
}  // namespace baocao
