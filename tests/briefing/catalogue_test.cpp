// Every figure of the catalogue (compute/figures.hpp) reaches every output that reads it, so
// that a row added to the catalogue is covered here without a new test.

#include <set>
#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "briefing/directives.hpp"
#include "briefing/fixture.hpp"
#include "briefing/model.hpp"
#include "compute/figures.hpp"
#include "format/figure_text.hpp"
#include "format/summary_csv.hpp"
#include "format/summary_json.hpp"
#include "format/summary_table.hpp"

namespace baocao::briefing {
namespace {

using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::Not;

class Catalogue : public ::testing::Test {
 protected:
  void SetUp() override {
    // The fixture has every figure on some row but the term target.
    fx.find("KT.GTSX").term_target = 25000;
  }

  // A row that has the figure, and one that lacks it.
  const SummaryRow& with(const Figure& f) {
    for (const SummaryRow& r : fx.summary.rows)
      if (f.read(r).present()) return r;
    ADD_FAILURE() << "no row of the fixture has " << f.key;
    return fx.summary.rows.front();
  }
  const SummaryRow& without(const Figure& f) {
    for (const SummaryRow& r : fx.summary.rows)
      if (!f.read(r).present()) return r;
    ADD_FAILURE() << "every row of the fixture has " << f.key;
    return fx.summary.rows.front();
  }

  // "[[<kind>: <code> | <option>: <keys>]]" for a row that has the figure.
  std::optional<DirectiveSpec> directive(const std::string& kind, const Figure& f,
                                         const std::string& option, const std::string& keys,
                                         Diagnostics& d) {
    if (!model) model.emplace(fx.data, fx.summary, fx.date);
    Piece piece{
        kind + ": " + with(f).indicator.code + " | " + option + ": " + keys, "body.md", {1, 1}};
    return compile_directive(piece, *model, d);
  }

  testing::Fixture fx;
  std::optional<TemplateModel> model;  // made when first used, after SetUp
};

TEST_F(Catalogue, IdsAndKeysAreUniqueAndComplete) {
  std::set<std::string_view> keys, template_keys;
  for (const Figure& f : figures()) {
    EXPECT_TRUE(keys.insert(f.key).second) << f.key;
    EXPECT_TRUE(template_keys.insert(f.template_key).second) << f.template_key;
    EXPECT_EQ(&figure(f.id), &f) << f.key;
    EXPECT_EQ(find_figure_by_template_key(f.template_key), &f) << f.key;
    EXPECT_FALSE(f.meaning.empty()) << f.key;
    // A formula needs both operands as columns of the workbook.
    EXPECT_EQ(f.computed != nullptr, f.base.has_value()) << f.key;
    if (f.computed && f.workbook_order > 0) {
      EXPECT_GT(figure(*f.base).workbook_order, 0) << f.key;
      EXPECT_GT(figure(FigureId::result).workbook_order, 0) << f.key;
    }
  }
  // Ids are 0, 1, … in catalogue order, so that none lacks its row.
  for (std::size_t i = 0; i < figures().size(); ++i)
    EXPECT_EQ(static_cast<std::size_t>(figures()[i].id), i) << figures()[i].key;
}

TEST_F(Catalogue, EveryFigureIsInTheJsonOfARow) {
  auto json = nlohmann::json::parse(summary_json(fx.summary, fx.data));
  auto of = [&](const SummaryRow& r) {
    for (const auto& i : json["indicators"])
      if (i["code"] == r.indicator.code) return i;
    return nlohmann::json();
  };
  for (const Figure& f : figures()) {
    nlohmann::json present = of(with(f));
    ASSERT_TRUE(present.contains(f.key)) << f.key;
    EXPECT_FALSE(present[f.key].is_null()) << f.key;
    nlohmann::json missing = of(without(f));
    ASSERT_TRUE(missing.contains(f.key)) << f.key;
    EXPECT_TRUE(missing[f.key].is_null()) << f.key;
    if (f.computed) EXPECT_TRUE(present.contains(std::string(f.key) + "_derivation")) << f.key;
  }
}

TEST_F(Catalogue, EveryFigureIsATemplateFieldThatMayBeMissing) {
  const TemplateModel& m = model.emplace(fx.data, fx.summary, fx.date);
  auto field = [&](const SummaryRow& r, std::string_view key) {
    const mustache::data* obj = &m.root();
    for (const auto& part : mustache::split(r.indicator.code, '.')) obj = obj->get(part);
    return obj->get(std::string(key));
  };
  for (const Figure& f : figures()) {
    const std::string key(f.template_key);
    EXPECT_THAT(indicator_fields(), Contains(key));
    EXPECT_TRUE(is_figure_field(key)) << key;
    EXPECT_EQ(figure_meaning(key), f.meaning) << key;
    const mustache::data* present = field(with(f), key);
    ASSERT_NE(present, nullptr) << key;
    ASSERT_TRUE(present->is_string()) << key;
    EXPECT_EQ(present->string_value(), *figure_words(f, with(f))) << key;
    const mustache::data* missing = field(without(f), key);
    ASSERT_NE(missing, nullptr) << key;
    EXPECT_TRUE(missing->is_false()) << key;
    ASSERT_NE(m.missing(missing), nullptr) << key;
    EXPECT_EQ(m.missing(missing)->field, key);
  }
}

TEST_F(Catalogue, FiguresWithAColumnAreTableColumns) {
  for (const Figure& f : figures()) {
    const std::string key(f.template_key);
    Diagnostics d;
    auto spec = directive("bảng", f, "cột", "ten, " + key, d);
    EXPECT_EQ(spec.has_value(), f.column != nullptr) << key;
    EXPECT_EQ(d.has_errors(), f.column == nullptr) << key;
    if (!f.column) {
      EXPECT_THAT(table_column_keys(), Not(Contains(key)));
      continue;
    }
    EXPECT_THAT(table_column_keys(), Contains(key));
    Table table = build_table(*spec, *model, d);
    ASSERT_EQ(table.columns.size(), 2u);
    EXPECT_EQ(table.columns[1].header, f.column(fx.summary));
    ASSERT_EQ(table.rows.size(), 1u);
    const SummaryRow& row = with(f);
    const Figure* shown[] = {&f};
    std::string cell =
        figure_cell(f, row, fx.summary, CellForm::document, row_decimals(row, shown));
    // A value with a note ends in its marker.
    EXPECT_EQ(table.rows[0].cells[1].substr(0, cell.size()), cell) << key;
    EXPECT_NE(table.rows[0].cells[1], "—") << key;
  }
}

TEST_F(Catalogue, FiguresForBarsAreChartValues) {
  for (const Figure& f : figures()) {
    const std::string key(f.template_key);
    Diagnostics d;
    auto spec = directive("biểu đồ cột", f, "số liệu", key, d);
    EXPECT_EQ(spec.has_value(), f.bars) << key;
    EXPECT_EQ(
        std::find(bar_value_keys().begin(), bar_value_keys().end(), key) != bar_value_keys().end(),
        f.bars)
        << key;
    if (!f.bars) continue;
    auto chart = build_chart(*spec, *model, d);
    ASSERT_TRUE(chart.has_value()) << key;
    ASSERT_EQ(chart->series.size(), 1u);
    EXPECT_EQ(chart->series[0].name, f.title(fx.summary));
    EXPECT_EQ(chart->series[0].values, std::vector<std::optional<double>>{f.read(with(f)).number});
  }
}

TEST_F(Catalogue, CsvAndTerminalColumnsFollowTheCatalogue) {
  const std::string header = "," + summary_csv_header() + ",";
  const std::string table = summary_table(fx.summary, fx.data);
  const std::string titles = table.substr(0, table.find("─"));
  for (const Figure& f : figures()) {
    const std::string column = "," + std::string(f.key) + ",";
    if (f.csv)
      EXPECT_THAT(header, HasSubstr(column));
    else
      EXPECT_THAT(header, Not(HasSubstr(column)));
    if (f.abbreviation) EXPECT_THAT(titles, HasSubstr(f.abbreviation(fx.summary))) << f.key;
  }
}

// A figure's keys are documented where template authors and JSON readers look them up.
TEST_F(Catalogue, EveryFigureIsDocumented) {
  const std::string fields =
      testing::read_file(std::string(BAOCAO_SOURCE_DIR) + "/templates/README.md");
  const std::string json =
      testing::read_file(std::string(BAOCAO_SOURCE_DIR) + "/docs/summary-json.md");
  const std::string bars = fields.substr(fields.find("| `số liệu` |"));
  const std::string bar_line = bars.substr(0, bars.find('\n'));
  // Short messages: the documents are long.
  auto has = [](const std::string& doc, const std::string& part) {
    return doc.find(part) != std::string::npos;
  };
  for (const Figure& f : figures()) {
    const std::string key = "`" + std::string(f.template_key) + "`";
    EXPECT_TRUE(has(fields, "| " + key + " |")) << key << " in templates/README.md";
    EXPECT_TRUE(has(json, "| `" + std::string(f.key) + "` |")) << f.key << " in summary-json.md";
    // The table of columns shows each header for the fixture's periods (2023, term 2020-2025).
    if (f.column)
      EXPECT_TRUE(has(fields, "| " + key + " | " + f.column(fx.summary) + " |"))
          << key << " column " << f.column(fx.summary) << " in templates/README.md";
    if (f.bars) EXPECT_TRUE(has(bar_line, key)) << key << " in the `số liệu` line";
  }
}

}  // namespace
}  // namespace baocao::briefing
