#pragma once
// Returned department workbooks for the collect tests: made by baocao build (the real ones) or
// by openpyxl following the collect contract, filled by openpyxl (workbook_tool.py), resaved by
// LibreOffice.

#include <filesystem>
#include <map>
#include <string>

#include "core/dataset.hpp"
#include "support/test_support.hpp"

namespace baocao::testing {

// The dataset at `dir`, loaded without errors (the test fails otherwise).
Dataset load_ok(const std::filesystem::path& dir);

// A department workbook as the contract describes it, for `department` of `data` sent with the
// report of `sent_for`. `properties` override the identity ("baocao.unit" = "X").
void make_contract_workbook(const Dataset& data, const std::string& department,
                            const std::string& sent_for, const std::filesystem::path& out,
                            const std::map<std::string, std::string>& properties = {});

// The input table of `in` filled with `fills_json` (workbook_tool.py's FILLS) into `out`.
void fill_workbook(const std::filesystem::path& in, const std::filesystem::path& out,
                   const std::string& fills_json);

// `in` loaded and saved again as .xlsx by LibreOffice headless, into `out`.
void resave_with_libreoffice(const std::filesystem::path& in, const std::filesystem::path& out);

// `baocao collect ARGS` (ARGS already quoted).
CommandResult collect(const std::string& args);

}  // namespace baocao::testing
