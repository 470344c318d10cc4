// Text that leaves the program is safe where it lands (issue #16, rule 7): a summary CSV cell
// cannot become a formula in a spreadsheet, a control character cannot drive a terminal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "compute/compute.hpp"
#include "compute/dataset_builder.hpp"
#include "core/diagnostic.hpp"
#include "format/summary_csv.hpp"
#include "format/summary_table.hpp"

namespace baocao {
namespace {

using testing::DatasetBuilder;
using ::testing::HasSubstr;
using ::testing::Not;

TEST(CsvInjection, TextThatAFormulaCouldStartWithIsPrefixed) {
  EXPECT_EQ(csv_field("=1+2"), "'=1+2");
  EXPECT_EQ(csv_field("+84 269"), "'+84 269");
  EXPECT_EQ(csv_field("-HYPERLINK(\"x\")"), "\"'-HYPERLINK(\"\"x\"\")\"");
  EXPECT_EQ(csv_field("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(csv_field("\t=1"), "'\t=1");
  EXPECT_EQ(csv_field("\r=1"), "\"'\r=1\"");
  // Text that starts otherwise is as before.
  EXPECT_EQ(csv_field("tỷ đồng"), "tỷ đồng");
  EXPECT_EQ(csv_field("a=b"), "a=b");
}

TEST(CsvInjection, NumbersAreUntouched) {
  DatasetBuilder b;
  b.indicator("KT.A", IndicatorType::rate, Direction::up);
  b.actual("KT.A", "2023", -5).actual("KT.A", "2022", 10);
  std::string csv = summary_csv(compute_summary(b.build(), Period::of_year(2023)));
  EXPECT_THAT(csv, HasSubstr(",-5,no,"));
  EXPECT_THAT(csv, HasSubstr(",-15,"));
  EXPECT_THAT(csv, Not(HasSubstr("'-")));
}

TEST(TerminalText, ControlCharactersInMessagesAreEscaped) {
  Diagnostic d{"data\x1b]0;x\x07/values.csv", 2, 3, Severity::error, "value `\x1b[2J`", "h\x9bint"};
  std::string text = to_string(d);
  EXPECT_THAT(text, Not(HasSubstr("\x1b")));
  EXPECT_THAT(text, Not(HasSubstr("\x07")));
  EXPECT_THAT(text, HasSubstr("\\x1B[2J"));
  EXPECT_THAT(text, Not(HasSubstr("\x9b")));
  // The line break before the hint is the message's own.
  EXPECT_THAT(text, HasSubstr("\n  hint: "));
}

TEST(TerminalText, ControlCharactersInTheTableAreEscaped) {
  DatasetBuilder b;
  b.indicator("KT.A", IndicatorType::amount);
  b.actual("KT.A", "2023", 5);
  Dataset data = b.build();
  data.indicators[0].name = "Tên\x1b[31m đỏ";
  data.unit.name = "thị xã\x07";
  std::string table = summary_table(compute_summary(data, Period::of_year(2023)), data);
  EXPECT_THAT(table, Not(HasSubstr("\x1b")));
  EXPECT_THAT(table, Not(HasSubstr("\x07")));
}

}  // namespace
}  // namespace baocao
