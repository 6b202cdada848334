// CSV tables (RFC 4180: comma separated, CRLF-free "\n" rows, fields with commas, quotes or line
// breaks quoted, quotes doubled) of the elements, the links (with effective bandwidth and latency)
// and the stored results of a project. Numbers use the shortest exact form; lists are joined
// with ';'. Every table starts with a header row.
#pragma once

#include "project.h"
#include "type_library.h"

#include <string>
#include <vector>

namespace iiot::model {

std::string csvField(const std::string& text);
std::string csvRow(const std::vector<std::string>& fields);

std::string elementsCsv(const Project& project, const TypeLibrary& types);
std::string linksCsv(const Project& project, const TypeLibrary& types);
// One row per stored result: id, kind, method, created, parameters (JSON), result (JSON).
std::string resultsCsv(const Project& project);

} // namespace iiot::model
