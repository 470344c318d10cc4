// The table of output kinds: names of the files, ids, `--only` groups and the plan it makes.
#include "archive/output_kinds.hpp"

#include <set>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "archive/outputs.hpp"
#include "archive/sources.hpp"
#include "support/test_support.hpp"

namespace baocao {
namespace {
using ::baocao::testing::shipped_data;
using ::baocao::testing::shipped_templates;
using ::testing::AnyOf;
using ::testing::ElementsAre;

const OutputKind& kind(std::string_view name) {
  const OutputKind* k = find_output_kind(name);
  EXPECT_NE(k, nullptr) << name;
  return k ? *k : output_kinds().front();
}

TEST(OutputKinds, NamesFollowTheContract) {
  Period year = Period::of_year(2023);
  Period quarter = *Period::parse("2023-Q3");
  EXPECT_EQ(kind("master-workbook").path(year), "tong-hop-2023.xlsx");
  EXPECT_EQ(kind("department-workbook").path(year, "TCKH"), "phong-ban/TCKH-2023.xlsx");
  EXPECT_EQ(kind("briefing-pdf").path(quarter, "thi-uy"), "bao-cao-thi-uy-2023-Q3.pdf");
  EXPECT_EQ(kind("briefing-docx").path(year, "ubnd"), "bao-cao-ubnd-2023.docx");
}

TEST(OutputKinds, EachIdIsFoundAndUnique) {
  std::set<std::string_view> ids;
  for (const OutputKind& k : output_kinds()) {
    EXPECT_TRUE(ids.insert(k.name).second) << k.name;
    EXPECT_EQ(find_output_kind(k.name), &k);
    EXPECT_NE(k.group, OutputSelection::all) << k.name;
  }
  EXPECT_EQ(find_output_kind("briefing-odt"), nullptr);  // not (yet) known here
  EXPECT_EQ(find_output_kind(""), nullptr);
}

// Manifests written before kinds were recorded: their outputs are known by their paths.
TEST(OutputKinds, AnUnrecordedOutputIsKnownByItsPath) {
  EXPECT_EQ(kind_of_unrecorded_output("tong-hop-2023.xlsx"), &kind("master-workbook"));
  EXPECT_EQ(kind_of_unrecorded_output("phong-ban/TCKH-2023-Q3.xlsx"), &kind("department-workbook"));
  EXPECT_EQ(kind_of_unrecorded_output("bao-cao-hdnd-2023.pdf"), &kind("briefing-pdf"));
  EXPECT_EQ(kind_of_unrecorded_output("bao-cao-hdnd-2023.docx"), &kind("briefing-docx"));
  for (const OutputKind& k : output_kinds())
    EXPECT_EQ(kind_of_unrecorded_output(k.path(Period::of_year(2023), "X")), &k) << k.name;
  for (const char* other :
       {"ghi-chu.txt", "tong-hop-2023.pdf", "bao-cao-hdnd-2023.xlsx", "TCKH-2023.xlsx",
        "phong-ban/a/TCKH-2023.xlsx", "x/tong-hop-2023.xlsx", "phong-ban.xlsx", "bao-cao.pdf"})
    EXPECT_EQ(kind_of_unrecorded_output(other), nullptr) << other;
}

TEST(OutputKinds, OnlyNamesItsGroup) {
  EXPECT_THAT(output_selection_names(), ElementsAre("xlsx", "pdf", "all"));
  EXPECT_EQ(output_selection_named("xlsx"), OutputSelection::workbooks);
  EXPECT_EQ(output_selection_named("pdf"), OutputSelection::briefings);
  EXPECT_EQ(output_selection_named("all"), OutputSelection::all);
  EXPECT_EQ(output_selection_named("docx"), std::nullopt);

  EXPECT_TRUE(is_selected(kind("master-workbook"), OutputSelection::workbooks));
  EXPECT_FALSE(is_selected(kind("master-workbook"), OutputSelection::briefings));
  EXPECT_TRUE(is_selected(kind("briefing-pdf"), OutputSelection::briefings));
  EXPECT_FALSE(is_selected(kind("briefing-pdf"), OutputSelection::workbooks));
  // `--only pdf` selects the briefings, whatever their file format.
  EXPECT_TRUE(is_selected(kind("briefing-docx"), OutputSelection::briefings));
  EXPECT_FALSE(is_selected(kind("briefing-docx"), OutputSelection::workbooks));
  for (const OutputKind& k : output_kinds()) EXPECT_TRUE(is_selected(k, OutputSelection::all));
  EXPECT_FALSE(selects_templates(OutputSelection::workbooks));
  EXPECT_TRUE(selects_templates(OutputSelection::briefings));
  EXPECT_TRUE(selects_templates(OutputSelection::all));
}

// The plan of the shipped data: the table's kinds in its order, each file named by its kind.
TEST(OutputKinds, ThePlanFollowsTheTableAndTheSelection) {
  BuildOptions options;
  options.data_dir = shipped_data().string();
  options.templates_dir = shipped_templates().string();
  options.report_date = Date{2024, 1, 5};
  BuildResult result;
  auto sources = prepare_sources(options, result);
  ASSERT_TRUE(sources);
  const Period& period = sources->summary.period;

  std::vector<std::string_view> kinds;
  for (const auto& output : plan_outputs(*sources, options)) {
    if (kinds.empty() || kinds.back() != output.kind->name) kinds.push_back(output.kind->name);
    EXPECT_EQ(kind_of_unrecorded_output(output.path), output.kind) << output.path;
    EXPECT_TRUE(output.path.ends_with(period.to_string() + std::string(output.kind->extension)));
  }
  EXPECT_THAT(kinds, ElementsAre("master-workbook", "briefing-pdf", "briefing-docx",
                                 "department-workbook"));
  auto plan = plan_outputs(*sources, options);
  std::size_t templates = sources->briefings.size();
  EXPECT_EQ(plan[1].path, kind("briefing-pdf").path(period, sources->briefings[0].name));
  EXPECT_EQ(plan[1 + templates].path,
            kind("briefing-docx").path(period, sources->briefings[0].name));
  EXPECT_EQ(plan.size(), 1 + 2 * templates + departments_by_size(sources->data).size());

  options.only = OutputSelection::workbooks;
  for (const auto& output : plan_outputs(*sources, options))
    EXPECT_EQ(output.kind->group, OutputSelection::workbooks) << output.path;
  options.only = OutputSelection::briefings;
  auto briefings = plan_outputs(*sources, options);
  EXPECT_EQ(briefings.size(), 2 * sources->briefings.size());
  for (const auto& output : briefings)
    EXPECT_THAT(output.kind->name, AnyOf("briefing-pdf", "briefing-docx")) << output.path;
}

}  // namespace
}  // namespace baocao
