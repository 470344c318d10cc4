#include <gtest/gtest.h>

#include "core/dataset.hpp"
#include "core/date.hpp"
#include "core/diagnostic.hpp"
#include "core/unicode.hpp"

namespace baocao {
namespace {

TEST(Diagnostic, PrintsFileLineFieldSeverityMessageAndHint) {
  Diagnostic d{"data/values.csv", 12, 5, Severity::error, "bad value", "write 2744"};
  EXPECT_EQ(to_string(d), "data/values.csv:12:5: error: bad value\n  hint: write 2744");
  d.column = 0;
  d.hint.clear();
  d.severity = Severity::warning;
  EXPECT_EQ(to_string(d), "data/values.csv:12: warning: bad value");
}

TEST(Diagnostics, KeepsAtMostTheCapButCountsAll) {
  Diagnostics ds;
  for (std::size_t i = 0; i < Diagnostics::kMaxErrors + 5; ++i) ds.error("f", 1, 1, "x");
  ds.warning("f", 1, 1, "w");
  EXPECT_EQ(ds.error_count(), Diagnostics::kMaxErrors + 5);
  EXPECT_EQ(ds.errors().size(), Diagnostics::kMaxErrors);
  EXPECT_EQ(ds.warnings().size(), 1u);
  Diagnostics all;
  all.append(ds);
  EXPECT_EQ(all.error_count(), Diagnostics::kMaxErrors + 5);
}

TEST(Unicode, NfdAndNfcCompareEqualAfterNormalisation) {
  const std::string nfc = "Thị ủy An Khê";
  const std::string nfd = "Thi\xcc\xa3 u\xcc\x89y An Khe\xcc\x82";
  EXPECT_NE(nfc, nfd);
  EXPECT_EQ(to_nfc(nfd), nfc);
  EXPECT_EQ(count_code_points(nfc), 13u);
  EXPECT_EQ(to_upper("Thị ủy An Khê"), "THỊ ỦY AN KHÊ");
}

TEST(Unicode, FindsTheFirstInvalidByte) {
  EXPECT_EQ(find_invalid_utf8("Kết quả"), std::string_view::npos);
  EXPECT_EQ(find_invalid_utf8("ab\xe1\xbb"), 2u);
  EXPECT_EQ(find_invalid_utf8("K\xea't"), 1u);
}

TEST(Date, ParsesOnlyRealDates) {
  EXPECT_EQ(Date::parse("2024-01-05"), (Date{2024, 1, 5}));
  EXPECT_EQ(Date::parse("2024-02-29")->to_iso(), "2024-02-29");
  EXPECT_FALSE(Date::parse("2023-02-29"));
  EXPECT_FALSE(Date::parse("2024-13-01"));
  EXPECT_FALSE(Date::parse("2024-1-05"));
}

TEST(TextPool, InternsEqualTextsOnce) {
  TextPool pool;
  EXPECT_EQ(pool.intern(""), 0u);
  auto a = pool.intern("Báo cáo");
  for (int i = 0; i < 1000; ++i) pool.intern("note " + std::to_string(i));
  EXPECT_EQ(pool.intern("Báo cáo"), a);
  EXPECT_EQ(pool.at(a), "Báo cáo");
  EXPECT_EQ(pool.size(), 1002u);
}

}  // namespace
}  // namespace baocao

#include "core/sha256.hpp"

namespace baocao {
namespace {

TEST(Sha256, MatchesTheKnownDigests) {
  EXPECT_EQ(sha256_hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  Sha256 h;
  h.update("a");
  h.update("bc");
  EXPECT_EQ(h.hex(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

}  // namespace
}  // namespace baocao

#include "core/suggest.hpp"

namespace baocao {
namespace {

TEST(Suggest, EditDistanceCountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance("ket_qua", "ket_qua"), 0u);
  EXPECT_EQ(edit_distance("ket_qa", "ket_qua"), 1u);
  EXPECT_EQ(edit_distance("valeu", "value"), 2u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
}

}  // namespace
}  // namespace baocao
