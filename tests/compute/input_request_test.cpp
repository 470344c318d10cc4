// The input request: which figures a department owes for the next period, in sheet order, and
// the fingerprint of the catalogue rows they were asked from.

#include <gtest/gtest.h>

#include "compute/dataset_builder.hpp"
#include "compute/input_request.hpp"
#include "core/sha256.hpp"

namespace baocao {
namespace {

using testing::DatasetBuilder;

// TCKH: an amount summed over all areas, a rate for the unit alone, a score ranging over the
// communes; BTC: a count. Plans only for the amount (at a ward) and the count.
Dataset sample() {
  DatasetBuilder b;
  b.ward("W1").commune("C1").ward("W2").commune("C2");
  b.indicator("A.SUM", IndicatorType::amount, Direction::up, Aggregate::sum)
      .indicator("A.RATE", IndicatorType::rate)
      .indicator("A.NC", IndicatorType::score, Direction::up, Aggregate::range, AreaScope::communes)
      .indicator("B.CNT", IndicatorType::count);
  b.plan("A.SUM", "2021", 5, "W2").plan("B.CNT", "2023", 7).actual("A.RATE", "2023", 1.5);
  Dataset d = b.build();
  d.indicators[3].department = "BTC";
  return d;
}

std::vector<std::pair<std::string, std::string>> codes(const Dataset& d, const InputRequest& r) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const OwedFigure& row : r.rows)
    out.emplace_back(d.indicators[row.indicator].code, d.areas[row.area].code);
  return out;
}

TEST(InputRequest, OneRowPerOwedFigureInCatalogueThenAreaOrder) {
  const Dataset d = sample();
  const InputRequest r = make_input_request(d, "TCKH", *Period::parse("2023"));
  using Row = std::pair<std::string, std::string>;
  EXPECT_EQ(codes(d, r), (std::vector<Row>{{"A.SUM", "W1"},
                                           {"A.SUM", "C1"},
                                           {"A.SUM", "W2"},
                                           {"A.SUM", "C2"},
                                           {"A.RATE", "UNIT"},
                                           {"A.NC", "C1"},
                                           {"A.NC", "C2"}}));
  EXPECT_EQ(r.unit, "UNIT");
  EXPECT_EQ(r.department, "TCKH");
}

TEST(InputRequest, AsksThePlanWhereTheIndicatorHasAnyPlan) {
  const Dataset d = sample();
  const InputRequest r = make_input_request(d, "TCKH", *Period::parse("2023"));
  for (const OwedFigure& row : r.rows)
    EXPECT_EQ(row.asks_plan, d.indicators[row.indicator].code == "A.SUM")
        << d.indicators[row.indicator].code;
  const InputRequest btc = make_input_request(d, "BTC", *Period::parse("2023"));
  ASSERT_EQ(btc.rows.size(), 1u);
  EXPECT_TRUE(btc.rows[0].asks_plan);
}

TEST(InputRequest, AsksTheNextPeriodAndThePlanOfTheYearAfter) {
  const Dataset d = sample();
  const InputRequest year = make_input_request(d, "BTC", *Period::parse("2023"));
  EXPECT_EQ(year.sent_for.to_string(), "2023");
  EXPECT_EQ(year.asked.to_string(), "2024");
  EXPECT_EQ(year.plan_period.to_string(), "2025");
  const InputRequest quarter = make_input_request(d, "BTC", *Period::parse("2023-Q4"));
  EXPECT_EQ(quarter.asked.to_string(), "2024-Q1");
  EXPECT_EQ(quarter.plan_period.to_string(), "2025");
}

TEST(InputRequest, AnUnknownDepartmentOwesNothing) {
  const Dataset d = sample();
  EXPECT_TRUE(make_input_request(d, "NONE", *Period::parse("2023")).rows.empty());
}

TEST(InputRequest, FingerprintIsTheContractsBytes) {
  const Dataset d = sample();
  const InputRequest r = make_input_request(d, "BTC", *Period::parse("2023"));
  const Indicator& i = d.indicators[3];
  const std::string bytes = "baocao-input-1\x1E" + i.code + "\x1F" + i.name + "\x1F" + i.unit +
                            "\x1F"
                            "count\x1F"
                            "2\x1F\x1F"
                            "none\x1F"
                            "all\x1F"
                            "UNIT";
  EXPECT_EQ(r.fingerprint, sha256_hex(bytes));

  const InputRequest tckh = make_input_request(d, "TCKH", *Period::parse("2023"));
  const Indicator& nc = d.indicators[2];
  std::string rows = "baocao-input-1";
  for (const OwedFigure& row : tckh.rows) {
    const Indicator& k = d.indicators[row.indicator];
    rows += "\x1E" + k.code + "\x1F" + k.name + "\x1F" + k.unit + "\x1F" +
            std::string(to_string(k.type)) +
            "\x1F"
            "2\x1F" +
            (&k == &nc ? "19" : "") + "\x1F" + std::string(to_string(k.aggregate)) + "\x1F" +
            std::string(to_string(k.areas)) + "\x1F" + d.areas[row.area].code;
  }
  EXPECT_EQ(tckh.fingerprint, sha256_hex(rows));
}

TEST(InputRequest, FingerprintFollowsTheCatalogueNotTheValues) {
  const Dataset d = sample();
  const std::string before = make_input_request(d, "TCKH", *Period::parse("2023")).fingerprint;
  EXPECT_EQ(before.size(), 64u);

  Dataset more_values = d;
  more_values.observations.push_back(more_values.observations.front());
  more_values.observations.back().value = 99;
  EXPECT_EQ(make_input_request(more_values, "TCKH", *Period::parse("2023")).fingerprint, before);
  // Another report period asks other periods from the same catalogue.
  EXPECT_EQ(make_input_request(d, "TCKH", *Period::parse("2022")).fingerprint, before);

  Dataset renamed = d;
  renamed.indicators[1].name += " (sửa)";
  EXPECT_NE(make_input_request(renamed, "TCKH", *Period::parse("2023")).fingerprint, before);

  Dataset moved = d;
  moved.indicators[3].department = "TCKH";
  EXPECT_NE(make_input_request(moved, "TCKH", *Period::parse("2023")).fingerprint, before);

  Dataset bounded = d;
  bounded.indicators[1].out_of = 100;
  EXPECT_NE(make_input_request(bounded, "TCKH", *Period::parse("2023")).fingerprint, before);

  Dataset new_commune = d;
  new_commune.areas.push_back({"C3", "xã C3", AreaType::commune, "UNIT"});
  EXPECT_NE(make_input_request(new_commune, "TCKH", *Period::parse("2023")).fingerprint, before);
}

}  // namespace
}  // namespace baocao
