#include "archive/manifest.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace baocao {
namespace {
using ::testing::HasSubstr;

Manifest sample() {
  Manifest m;
  m.tool_version = "0.1.0";
  m.period = "2023";
  m.report_date = "2024-01-05";
  m.document_numbers = {{"thi-uy", "125"}, {"hdnd", "05"}};
  m.drafts = {{"ubnd"}};
  m.inputs = {{"unit.toml", 812, "aa"}, {"values.csv", 20480, "bb"}};
  m.templates = {{"hdnd/template.txt", 3000, "cc"}};
  m.outputs = {{"bao-cao-hdnd-2023.pdf", 90000, "dd", "briefing-pdf"},
               {"phong-ban/TCKH-2023.xlsx", 12000, "ee", "department-workbook"}};
  KeyFigure a;
  a.code = "KT.GTSX";
  a.result = 18797.39;
  a.plan = 18742;
  a.pct_plan = 18797.39 / 18742 * 100;
  a.change = 12.83;
  a.change_unit = "%";
  a.status = "exceeded";
  KeyFigure b;
  b.code = "XH.NGHEO";
  b.result = 0.1 + 0.2;
  b.estimate = true;
  b.change = -0.5;
  b.change_unit = "pp";
  m.key_figures = {a, b};
  return m;
}

TEST(Manifest, RoundTripsExactly) {
  Manifest m = sample();
  m.sealed_date = "2024-01-10";
  std::string text = to_json(m);
  std::string error;
  auto back = parse_manifest(text, error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(*back, m);
  EXPECT_EQ(to_json(*back), text);
}

TEST(Manifest, HasAStableReadableLayout) {
  Manifest m;
  m.tool_version = "0.1.0";
  m.period = "2023";
  m.report_date = "2024-01-05";
  m.document_numbers = {{"hdnd", "05"}};
  m.inputs = {{"values.csv", 42, "ab"}};
  KeyFigure k;
  k.code = "KT.GTSX";
  k.result = 2744;
  k.plan = 0.1 + 0.2;
  k.change_unit = "%";
  m.key_figures = {k};
  EXPECT_EQ(to_json(m), R"({
  "format": 1,
  "tool": "baocao",
  "version": "0.1.0",
  "period": "2023",
  "report_date": "2024-01-05",
  "document_numbers": {
    "hdnd": "05"
  },
  "inputs": [
    {
      "path": "values.csv",
      "size": 42,
      "sha256": "ab"
    }
  ],
  "templates": [],
  "outputs": [],
  "key_figures": [
    {
      "code": "KT.GTSX",
      "result": 2744,
      "estimate": false,
      "plan": 0.30000000000000004,
      "pct_plan": null,
      "change": null,
      "change_unit": "%",
      "status": null
    }
  ]
}
)");
}

TEST(Manifest, AnOutputNamesItsKindAfterItsPath) {
  Manifest m;
  m.outputs = {{"tong-hop-2023.xlsx", 7, "cd", "master-workbook"}};
  EXPECT_THAT(to_json(m), HasSubstr(R"("outputs": [
    {
      "path": "tong-hop-2023.xlsx",
      "kind": "master-workbook",
      "size": 7,
      "sha256": "cd"
    }
  ],)"));
}

// A manifest written before the outputs' kinds were recorded: still format 1, read as it is
// and written back byte for byte (so that sealing it changes nothing else).
TEST(Manifest, ReadsAManifestWithoutKinds) {
  Manifest m = sample();
  for (auto& record : m.outputs) record.kind.clear();
  std::string text = to_json(m);
  ASSERT_THAT(text, ::testing::Not(HasSubstr("\"kind\"")));
  ASSERT_THAT(text, HasSubstr("\"format\": 1,"));
  std::string error;
  auto back = parse_manifest(text, error);
  ASSERT_TRUE(back) << error;
  for (const auto& record : back->outputs) EXPECT_EQ(record.kind, "") << record.path;
  EXPECT_EQ(*back, m);
  EXPECT_EQ(to_json(*back), text);
}

// Drafts are recorded after the numbers; a manifest from before they were recorded says nothing
// of them (nullopt, not "none"), and is written back without the field.
TEST(Manifest, RecordsTheDraftsAndReadsAManifestWithoutThem) {
  Manifest m = sample();
  EXPECT_THAT(to_json(m),
              HasSubstr("\"thi-uy\": \"125\"\n  },\n  \"drafts\": [\n    \"ubnd\"\n  ],\n"));
  m.drafts.reset();
  std::string text = to_json(m);
  ASSERT_THAT(text, ::testing::Not(HasSubstr("\"drafts\"")));
  std::string error;
  auto back = parse_manifest(text, error);
  ASSERT_TRUE(back) << error;
  EXPECT_FALSE(back->drafts);
  EXPECT_EQ(to_json(*back), text);
  m.drafts.emplace();
  EXPECT_THAT(to_json(m), HasSubstr("\"drafts\": [],"));
}

TEST(Manifest, SealIsRecordedLast) {
  Manifest m = sample();
  EXPECT_THAT(to_json(m), ::testing::Not(HasSubstr("sealed")));
  m.sealed_date = "2024-01-10";
  std::string text = to_json(m);
  EXPECT_THAT(text, ::testing::EndsWith("  \"sealed\": {\n    \"date\": \"2024-01-10\"\n  }\n}\n"));
}

TEST(Manifest, NumbersKeepEveryDigit) {
  Manifest m = sample();
  m.key_figures[0].pct_plan = 100.2955607725963;
  m.key_figures[0].change = 1e-7;
  m.key_figures[0].plan = -0.0;
  std::string error;
  auto back = parse_manifest(to_json(m), error);
  ASSERT_TRUE(back) << error;
  EXPECT_EQ(back->key_figures[0].pct_plan, 100.2955607725963);
  EXPECT_EQ(back->key_figures[0].change, 1e-7);
  EXPECT_THAT(to_json(m), HasSubstr("\"pct_plan\": 100.2955607725963,"));
}

TEST(Manifest, RejectsWhatItCannotTrust) {
  std::string good = to_json(sample());
  auto fails_with = [](std::string text, const std::string& expected) {
    std::string error;
    EXPECT_FALSE(parse_manifest(text, error)) << text;
    EXPECT_THAT(error, HasSubstr(expected));
  };
  fails_with("{ not json", "not valid JSON");
  fails_with("[]", "not a JSON object");
  auto replaced = [&](const std::string& from, const std::string& to) {
    std::string t = good;
    auto at = t.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return t.replace(at, from.size(), to);
  };
  fails_with(replaced("\"bao-cao-hdnd-2023.pdf\"", "\"../../etc/passwd\""), "leaves its folder");
  fails_with(replaced("\"bao-cao-hdnd-2023.pdf\"", "\"/etc/passwd\""), "leaves its folder");
  fails_with(replaced("\"format\": 1", "\"format\": 9"), "newer baocao");
  fails_with(replaced("\"period\"", "\"periodo\""), "\"period\" is missing");
  fails_with(replaced("\"size\": 90000", "\"size\": -1"), "outputs[0]: \"size\"");
  fails_with(replaced("\"estimate\": true", "\"estimate\": 1"), "key_figures[1]");
  fails_with(replaced("\"kind\": \"briefing-pdf\"", "\"kind\": 5"),
             "outputs[0]: \"kind\" must be a string");
  fails_with(replaced("\"tool\": \"baocao\"", "\"tool\": \"other\""), "not written by baocao");
  fails_with(replaced("\"ubnd\"\n  ]", "7\n  ]"), "drafts[0]: a draft is named by its template");
  fails_with(replaced("\"drafts\": [\n    \"ubnd\"\n  ]", "\"drafts\": \"ubnd\""),
             "\"drafts\" must be a list");
}

TEST(Manifest, FindsOutputsByPath) {
  Manifest m = sample();
  ASSERT_NE(m.find_output("phong-ban/TCKH-2023.xlsx"), nullptr);
  EXPECT_EQ(m.find_output("phong-ban/TCKH-2023.xlsx")->sha256, "ee");
  EXPECT_EQ(m.find_output("TCKH-2023.xlsx"), nullptr);
}

TEST(Manifest, SafeRelativePaths) {
  for (const char* ok : {"a.pdf", "phong-ban/TCKH-2023.xlsx", "hdnd/template.txt", ".a"})
    EXPECT_TRUE(is_safe_relative_path(ok)) << ok;
  for (const char* bad : {"", "/a", "../a", "a/../b", "a/./b", "a//b", "a/", "a\\b", "..", "."})
    EXPECT_FALSE(is_safe_relative_path(bad)) << bad;
}

TEST(Manifest, KeyFiguresAreTheKeyIndicatorsInOrder) {
  Summary s;
  SummaryRow key;
  key.indicator.code = "KT.GTSX";
  key.indicator.key = true;
  key.result = 18797.39;
  key.plan = 18742;
  key.pct_plan.value = 100.29;
  key.change.value = 12.83;
  key.status = Status::exceeded;
  SummaryRow other;
  other.indicator.code = "KT.KHAC";
  other.result = 1;
  SummaryRow rate;
  rate.indicator.code = "XH.NGHEO";
  rate.indicator.key = true;
  rate.is_estimate = true;
  rate.change_unit = ChangeUnit::points;
  s.rows = {key, other, rate};

  auto figures = key_figures(s);
  ASSERT_EQ(figures.size(), 2u);
  EXPECT_EQ(figures[0].code, "KT.GTSX");
  EXPECT_EQ(figures[0].result, 18797.39);
  EXPECT_EQ(figures[0].plan, 18742);
  EXPECT_EQ(figures[0].pct_plan, 100.29);
  EXPECT_EQ(figures[0].change, 12.83);
  EXPECT_EQ(figures[0].status, "exceeded");
  EXPECT_EQ(figures[1].code, "XH.NGHEO");
  EXPECT_FALSE(figures[1].result);
  EXPECT_TRUE(figures[1].estimate);
  EXPECT_EQ(figures[1].change_unit, "pp");
  EXPECT_FALSE(figures[1].status);
}

}  // namespace
}  // namespace baocao
