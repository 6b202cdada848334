#include "yaml_document.h"

#include <algorithm>
#include <optional>
#include <yaml.h>

namespace iiot::model {

const YamlNode& YamlNode::undefined() {
    static const YamlNode node;
    return node;
}

namespace {

SourceLocation at(const yaml_mark_t& m) {
    return {static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
}

// YAML 1.1/1.2 core null spellings, as yaml-cpp read them; only when plain.
bool isNullText(std::string_view s) {
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Owns libyaml state so that every exit path frees it.
struct Parser {
    yaml_parser_t p;
    bool ok;
    Parser() : ok(yaml_parser_initialize(&p) != 0) {}
    ~Parser() {
        if (ok)
            yaml_parser_delete(&p);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
};

struct Event {
    yaml_event_t e{};
    ~Event() { yaml_event_delete(&e); }
};

} // namespace

class YamlDocumentBuilder {
public:
    explicit YamlDocumentBuilder(int maxDepth) : maxDepth_(maxDepth) {}

    std::variant<YamlDocument, YamlParseError> run(std::string_view text) {
        // Offsets are 32-bit; scalars can expand escapes by half again ("\L" is 3 bytes of UTF-8).
        if (text.size() > 0x7fffffffu)
            return error({}, "YAML text larger than 2 GiB");
        Parser parser;
        if (!parser.ok)
            return error({}, "not valid YAML: out of memory");
        yaml_parser_set_input_string(&parser.p, reinterpret_cast<const unsigned char*>(text.data()),
                                     text.size());
        // Project files have about one node per 8 bytes; reserving spares regrowing large vectors.
        // Capped so that odd huge inputs (long scalars) do not reserve far more than they use.
        const std::size_t guess = std::min<std::size_t>(text.size() / 8, 1u << 20);
        doc_.nodes_.reserve(guess);
        links_.reserve(guess);
        doc_.text_.reserve(text.size());
        for (;;) {
            Event ev;
            if (!yaml_parser_parse(&parser.p, &ev.e))
                return syntaxError(parser.p);
            if (auto refusal = handle(ev.e))
                return std::move(*refusal);
            if (ev.e.type == YAML_STREAM_END_EVENT)
                break;
        }
        if (doc_.nodes_.empty())
            add(YamlType::Null, {}, {}, false);
        finish();
        return std::move(doc_);
    }

private:
    std::optional<YamlParseError> handle(const yaml_event_t& e) {
        switch (e.type) {
        case YAML_DOCUMENT_START_EVENT:
            if (++documents_ > 1)
                return error(at(e.start_mark), "only one YAML document per file",
                             "remove the '---' line and everything after it, or split the file");
            return std::nullopt;
        case YAML_ALIAS_EVENT:
            return refuseAnchors(e.start_mark);
        case YAML_SCALAR_EVENT: {
            if (auto r = checkProperties(e, e.data.scalar.anchor, e.data.scalar.tag))
                return r;
            const std::string_view value(reinterpret_cast<const char*>(e.data.scalar.value),
                                         e.data.scalar.length);
            const bool plain = e.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
            if (plain && isNullText(value))
                add(YamlType::Null, e.start_mark, {}, false);
            else
                add(YamlType::Scalar, e.start_mark, value, plain);
            return std::nullopt;
        }
        case YAML_SEQUENCE_START_EVENT:
            return open(e, YamlType::Sequence, e.data.sequence_start.anchor, e.data.sequence_start.tag);
        case YAML_MAPPING_START_EVENT:
            return open(e, YamlType::Map, e.data.mapping_start.anchor, e.data.mapping_start.tag);
        case YAML_SEQUENCE_END_EVENT:
        case YAML_MAPPING_END_EVENT:
            close();
            return std::nullopt;
        default: // stream start/end, document end
            return std::nullopt;
        }
    }

    std::optional<YamlParseError> checkProperties(const yaml_event_t& e, const yaml_char_t* anchor,
                                                  const yaml_char_t* tag) {
        started_ = true;
        if (anchor)
            return refuseAnchors(e.start_mark);
        if (tag)
            return error(at(e.start_mark), "YAML tags (such as !!str) are not allowed in project files",
                         "remove the tag; put a value in quotes to make it text");
        return std::nullopt;
    }

    std::optional<YamlParseError> open(const yaml_event_t& e, YamlType type, const yaml_char_t* anchor,
                                       const yaml_char_t* tag) {
        if (auto r = checkProperties(e, anchor, tag))
            return r;
        if (static_cast<int>(open_.size()) >= maxDepth_)
            return error(at(e.start_mark), "nesting deeper than " + std::to_string(maxDepth_) + " levels",
                         "a project file never nests this deep; the file is damaged or not a project");
        const auto index = add(type, e.start_mark, {}, false);
        open_.push_back({index, pending_.size()});
        return std::nullopt;
    }

    void close() {
        const auto [index, start] = open_.back();
        open_.pop_back();
        auto& node = doc_.nodes_[index];
        node.first_ = static_cast<std::uint32_t>(links_.size());
        node.count_ = static_cast<std::uint32_t>(pending_.size() - start);
        links_.insert(links_.end(), pending_.begin() + static_cast<std::ptrdiff_t>(start), pending_.end());
        pending_.resize(start);
    }

    std::uint32_t add(YamlType type, const yaml_mark_t& mark, std::string_view text, bool plain) {
        const auto index = static_cast<std::uint32_t>(doc_.nodes_.size());
        auto& node = doc_.nodes_.emplace_back();
        node.type_ = type;
        node.plain_ = plain;
        if (type != YamlType::Null || started_) {
            node.line_ = static_cast<int>(mark.line) + 1;
            node.column_ = static_cast<int>(mark.column) + 1;
        }
        node.first_ = static_cast<std::uint32_t>(doc_.text_.size());
        node.count_ = static_cast<std::uint32_t>(text.size());
        doc_.text_.insert(doc_.text_.end(), text.begin(), text.end());
        if (open_.empty())
            doc_.root_ = index;
        else
            pending_.push_back(index);
        return index;
    }

    // Buffers have stopped growing: turn offsets into views and pointers.
    void finish() {
        doc_.links_.reserve(links_.size());
        for (auto i : links_)
            doc_.links_.push_back(&doc_.nodes_[i]);
        for (auto& node : doc_.nodes_) {
            if (node.type_ == YamlType::Scalar)
                node.text_ = std::string_view(doc_.text_.data() + node.first_, node.count_);
            else if (node.type_ == YamlType::Sequence || node.type_ == YamlType::Map)
                node.links_ = std::span<const YamlNode* const>(doc_.links_.data() + node.first_, node.count_);
        }
    }

    YamlParseError syntaxError(const yaml_parser_t& p) {
        // Reader errors (bad encoding, control characters) carry no problem mark.
        const auto mark = p.error == YAML_READER_ERROR ? p.mark : p.problem_mark;
        std::string message = "not valid YAML: ";
        message += p.problem ? p.problem : "out of memory";
        if (p.context)
            message += std::string(" ") + p.context;
        auto e = error(at(mark), std::move(message));
        e.beforeFirstNode = !started_;
        return e;
    }

    static YamlParseError refuseAnchors(const yaml_mark_t& m) {
        return error(at(m), "YAML anchors and aliases (& and *) are not allowed in project files",
                     "write the values out in full");
    }

    static YamlParseError error(SourceLocation where, std::string message, std::string hint = {}) {
        YamlParseError e;
        e.diagnostic.location = where;
        e.diagnostic.message = std::move(message);
        e.diagnostic.hint = std::move(hint);
        return e;
    }

    struct Open {
        std::uint32_t node;
        std::size_t firstPending;
    };

    int maxDepth_;
    int documents_ = 0;
    bool started_ = false;
    YamlDocument doc_;
    std::vector<Open> open_;
    std::vector<std::uint32_t> pending_; // children of the open collections, innermost last
    std::vector<std::uint32_t> links_;   // children of closed collections, by node index
};

std::variant<YamlDocument, YamlParseError> parseYamlDocument(std::string_view text, int maxDepth) {
    return YamlDocumentBuilder(maxDepth).run(text);
}

} // namespace iiot::model
