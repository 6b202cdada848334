#include "yaml_guard.h"

#include <sstream>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace iiot::model {

namespace {

struct Refusal {
    Diagnostic diagnostic;
};

SourceLocation at(const YAML::Mark& m) {
    return {m.line + 1, m.column + 1};
}

class GuardHandler : public YAML::EventHandler {
public:
    explicit GuardHandler(int maxDepth) : maxDepth_(maxDepth) {}

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t anchor) override { checkAnchor(m, anchor); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { refuseAnchors(m); }
    void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                  const std::string&) override {
        checkAnchor(m, anchor);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        enter(m, anchor);
    }
    void OnSequenceEnd() override { --depth_; }
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        enter(m, anchor);
    }
    void OnMapEnd() override { --depth_; }
    void OnAnchor(const YAML::Mark& m, const std::string&) override { refuseAnchors(m); }

private:
    void enter(const YAML::Mark& m, YAML::anchor_t anchor) {
        checkAnchor(m, anchor);
        if (++depth_ > maxDepth_) {
            Diagnostic d;
            d.location = at(m);
            d.message = "nesting deeper than " + std::to_string(maxDepth_) + " levels";
            d.hint = "a project file never nests this deep; the file is damaged or not a project";
            throw Refusal{d};
        }
    }
    void checkAnchor(const YAML::Mark& m, YAML::anchor_t anchor) {
        if (anchor != YAML::NullAnchor)
            refuseAnchors(m);
    }
    [[noreturn]] void refuseAnchors(const YAML::Mark& m) {
        Diagnostic d;
        d.location = at(m);
        d.message = "YAML anchors and aliases (& and *) are not allowed in project files";
        d.hint = "write the values out in full";
        throw Refusal{d};
    }

    int maxDepth_;
    int depth_ = 0;
};

} // namespace

std::optional<Diagnostic> checkYamlStructure(const std::string& text, int maxDepth) {
    std::istringstream in(text);
    GuardHandler handler(maxDepth);
    try {
        YAML::Parser parser(in);
        // One document only, as YAML::Load reads (looping over documents can hang on some inputs).
        parser.HandleNextDocument(handler);
    } catch (const Refusal& r) {
        return r.diagnostic;
    } catch (const YAML::Exception& e) {
        Diagnostic d;
        d.location = {e.mark.line + 1, e.mark.column + 1};
        d.message = "not valid YAML: " + e.msg;
        return d;
    }
    return std::nullopt;
}

} // namespace iiot::model
