// The `iiot-cli coverage --json` document (FORMAT.md section 5). Fields beyond the contract:
// `note` on a capability whose structural rule changed its rating.
#include "coverage.h"

#include "model/json_writer.h"

namespace iiot::solvers {

namespace {

void writeStrings(model::JsonWriter& j, const char* key, const std::vector<std::string>& values) {
    j.key(key).beginArray();
    for (const auto& v : values)
        j.value(v);
    j.endArray();
}

void writeCell(model::JsonWriter& j, const CoverageCell& cell) {
    j.beginObject().field("layer", model::toString(cell.layer)).field("level", model::toString(cell.level));
    j.key("score");
    if (cell.score)
        j.value(*cell.score);
    else
        j.null();
    j.key("capabilities").beginArray();
    for (const auto& r : cell.capabilities) {
        j.beginObject().field("id", r.id).field("rating", r.rating);
        writeStrings(j, "evidence", r.evidence);
        if (!r.note.empty())
            j.field("note", r.note);
        j.endObject();
    }
    j.endArray().endObject();
}

} // namespace

std::string coverageJson(const CoverageResult& result) {
    model::JsonWriter j;
    j.beginObject().key("layers").beginObject();
    for (const auto& layer : result.layers) {
        j.key(model::toString(layer.layer)).beginObject();
        j.field("reached", layer.reached ? model::toString(*layer.reached) : "none");
        j.field("score", layer.score).field("target", model::toString(layer.target));
        j.endObject();
    }
    j.endObject().key("cells").beginArray();
    for (const auto& cell : result.cells)
        writeCell(j, cell);
    j.endArray().key("findings").beginArray();
    for (const auto& f : result.findings) {
        j.beginObject().field("code", f.code).field("severity", model::toString(f.severity));
        writeStrings(j, "elements", f.elements);
        writeStrings(j, "links", f.links);
        j.field("message", f.message).endObject();
    }
    j.endArray().key("gaps").beginArray();
    for (const auto& g : result.gaps)
        j.beginObject()
            .field("capability", g.capability)
            .field("rating", g.rating)
            .field("priority", g.priority)
            .endObject();
    j.endArray().endObject();
    return j.str();
}

} // namespace iiot::solvers
