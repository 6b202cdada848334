// Stored results flattened to CSV tables (`iiot-cli export --to csv`): every top-level member of a
// result document that is a non-empty list of objects becomes one table — allocate: allocations, rejections,
// hosts; slice: services; offload: tasks; simulate: runs (the sweep) and summaries. One row per
// list entry; nested objects become dotted columns (delay_ms.p95, amounts.cpu), lists of plain
// values are joined with ';', lists of objects stay compact JSON in their cell. Columns appear in
// the order they are first met.
#pragma once

#include "project.h"

#include <cstddef>
#include <string>
#include <vector>

namespace iiot::model {

struct ResultTable {
    // result-<id>-<kind>-<member>.csv; kind and member reduced to [a-z0-9_-] so a damaged file can
    // never name a path.
    std::string fileName;
    std::vector<std::string> columns;
    std::size_t rows = 0;
    std::string csv; // header row and one row per entry
};

// The tables of one stored result; empty when its document is not JSON or has no such list.
std::vector<ResultTable> resultTables(const StoredResult& result);

} // namespace iiot::model
