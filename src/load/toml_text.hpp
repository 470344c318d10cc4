#pragma once
// The texts of a TOML file (unit.toml, template.toml) reach the documents and their metadata:
// each is checked for characters that cannot be printed, at its line.

#include <string>
#include <string_view>

#include <toml++/toml.h>

#include "core/diagnostic.hpp"
#include "core/repertoire.hpp"

namespace baocao {

// toml++ nests a table per part of a dotted key (a.b.c = 1) without a limit, and a key of
// hundreds of thousands of parts overflows the stack. A unit.toml or a template.toml has a
// handful of dots outside its quoted texts: the line where there are too many (more than 200),
// to be reported instead of parsed; 0 when there is none.
int line_with_too_many_dots(std::string_view doc);

// Every string of `root`, in tables and lists at any depth: a control character (a tab or a
// line break too: each text is one printed line) is an error at the string's line, and so is a
// character `drawable` lacks, when given.
void check_toml_texts(const toml::node& root, const std::string& file, Diagnostics& diagnostics,
                      const Repertoire* drawable);

}  // namespace baocao
