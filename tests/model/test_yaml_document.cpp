// The libyaml-based YAML tree: structure and marks, plain vs quoted scalars, duplicate keys, and
// every refusal (anchors, aliases, tags, several documents, deep nesting, syntax errors).
#include "yaml_test_support.h"

#include "model/factory_generator.h"
#include "model/yaml_document.h"
#include "model/yaml_writer.h"

#include <QtTest>

using namespace iiot;
using model::YamlNode;
using model::YamlType;

namespace {

model::SourceLocation loc(int line, int column) {
    return {line, column};
}

} // namespace

class TestYamlDocument : public QObject {
    Q_OBJECT

    // Parses text that must be valid; the document stays in *out so the nodes stay alive.
    const YamlNode& parse(const std::string& text, std::optional<model::YamlDocument>& out) {
        auto r = model::parseYamlDocument(text, 64);
        if (auto* e = std::get_if<model::YamlParseError>(&r))
            qWarning("%s", e->diagnostic.message.c_str());
        out.emplace(std::move(std::get<model::YamlDocument>(r)));
        return out->root();
    }

    model::YamlParseError refused(const std::string& text, int maxDepth = 64) {
        auto r = model::parseYamlDocument(text, maxDepth);
        if (!std::holds_alternative<model::YamlParseError>(r)) {
            qWarning("accepted: %s", text.substr(0, 60).c_str());
            return {};
        }
        return std::get<model::YamlParseError>(std::move(r));
    }

private slots:
    void blockStyle() {
        std::optional<model::YamlDocument> doc;
        const auto& root = parse("name: x\nlist:\n  - a\n  - b: 1\nnested:\n  k: v\n", doc);
        QVERIFY(root.isMap());
        QCOMPARE(root.mark(), loc(1, 1));
        QCOMPARE(root.size(), std::size_t(3));
        QCOMPARE(root.key(0).scalar(), std::string_view("name"));
        QCOMPARE(root.value(0).scalar(), std::string_view("x"));
        QCOMPARE(root.value(0).mark(), loc(1, 7));
        const auto& list = root.value(1);
        QVERIFY(list.isSequence());
        QCOMPARE(list.mark(), loc(3, 3));
        QCOMPARE(list.size(), std::size_t(2));
        QCOMPARE(list[0].scalar(), std::string_view("a"));
        QCOMPARE(list[0].mark(), loc(3, 5));
        QVERIFY(list[1].isMap());
        QCOMPARE(list[1].mark(), loc(4, 5));
        QCOMPARE(list[1].key(0).mark(), loc(4, 5));
        QCOMPARE(list[1].value(0).mark(), loc(4, 8));
        QCOMPARE(list.items().size(), std::size_t(2));
        QCOMPARE(root.key(2).mark(), loc(5, 1));
        QCOMPARE(root.value(2).mark(), loc(6, 3));
        QCOMPARE(root.value(2).value(0).scalar(), std::string_view("v"));
    }

    void flowStyle() {
        std::optional<model::YamlDocument> doc;
        const auto& root = parse("- {id: a, pos: [1, 2.5]}\n- []\n- {}\n", doc);
        QVERIFY(root.isSequence());
        QCOMPARE(root.size(), std::size_t(3));
        const auto& m = root[0];
        QVERIFY(m.isMap());
        QCOMPARE(m.mark(), loc(1, 3));
        QCOMPARE(m.key(1).mark(), loc(1, 11));
        const auto& pos = m.value(1);
        QVERIFY(pos.isSequence());
        QCOMPARE(pos.mark(), loc(1, 16));
        QCOMPARE(pos[1].scalar(), std::string_view("2.5"));
        QCOMPARE(pos[1].mark(), loc(1, 20));
        QVERIFY(root[1].isSequence());
        QCOMPARE(root[1].size(), std::size_t(0));
        QVERIFY(root[2].isMap());
        QCOMPARE(root[2].size(), std::size_t(0));
        QVERIFY(root[2].items().empty());
    }

    void plainQuotedAndNull() {
        std::optional<model::YamlDocument> doc;
        const auto& root =
            parse("a: 10\nb: \"10\"\nc: '10'\nd: ~\ne: null\nf:\ng: \"\"\nh: |\n  x\ni: NULL\n", doc);
        QVERIFY(root.value(0).isScalar() && root.value(0).isPlain());
        QVERIFY(root.value(1).isScalar() && !root.value(1).isPlain());
        QCOMPARE(root.value(1).scalar(), std::string_view("10"));
        QVERIFY(root.value(2).isScalar() && !root.value(2).isPlain());
        QVERIFY(root.value(3).isNull());
        QCOMPARE(root.value(3).mark(), loc(4, 4));
        QVERIFY(root.value(4).isNull());
        QVERIFY(root.value(5).isNull());
        QVERIFY(root.value(6).isScalar()); // quoted empty text is text, not null
        QCOMPARE(root.value(6).scalar(), std::string_view(""));
        QVERIFY(root.value(7).isScalar() && !root.value(7).isPlain());
        QCOMPARE(root.value(7).scalar(), std::string_view("x\n"));
        QVERIFY(root.value(8).isNull());
    }

    void duplicateKeysKeptInOrder() {
        std::optional<model::YamlDocument> doc;
        const auto& root = parse("k: 1\nj: 2\nk: 3\n", doc);
        QCOMPARE(root.size(), std::size_t(3));
        QCOMPARE(root.key(0).scalar(), std::string_view("k"));
        QCOMPARE(root.key(2).scalar(), std::string_view("k"));
        QCOMPARE(root.value(2).scalar(), std::string_view("3"));
        QCOMPARE(root.key(2).mark(), loc(3, 1));
    }

    void emptyInput() {
        std::optional<model::YamlDocument> doc;
        QVERIFY(parse("", doc).isNull());
        QCOMPARE(doc->root().mark(), loc(0, 0));
        QVERIFY(parse("# only a comment\n", doc).isNull());
        QVERIFY(!YamlNode::undefined().isDefined());
        QCOMPARE(YamlNode::undefined().size(), std::size_t(0));
    }

    void anchorRefused() {
        const auto e = refused("a: &x 1\nb: 2\n");
        QVERIFY(e.diagnostic.message.find("anchors and aliases") != std::string::npos);
        QCOMPARE(e.diagnostic.hint, std::string("write the values out in full"));
        QCOMPARE(e.diagnostic.location, loc(1, 4));
        QCOMPARE(refused("- &m {a: 1}\n").diagnostic.location, loc(1, 3));
    }

    void aliasRefused() {
        const auto e = refused("a: 1\nb: *x\n");
        QCOMPARE(e.diagnostic.message,
                 std::string("YAML anchors and aliases (& and *) are not allowed in project files"));
        QCOMPARE(e.diagnostic.location, loc(2, 4));
    }

    void tagRefused() {
        for (const char* text : {"a: !!str 10\n", "a: !foo x\n", "a: !!map {}\n", "a: ! x\n"}) {
            const auto e = refused(text);
            QVERIFY2(e.diagnostic.message.find("tags") != std::string::npos, text);
            QCOMPARE(e.diagnostic.location, loc(1, 4));
        }
    }

    void twoDocumentsRefused() {
        const auto e = refused("a: 1\n---\nb: 2\n");
        QCOMPARE(e.diagnostic.message, std::string("only one YAML document per file"));
        QCOMPARE(e.diagnostic.location, loc(2, 1));
        std::optional<model::YamlDocument> doc;
        QVERIFY(parse("---\na: 1\n...\n", doc).isMap()); // one explicit document is fine
    }

    void depthLimit() {
        std::optional<model::YamlDocument> doc;
        QVERIFY(parse(std::string(64, '[') + std::string(64, ']'), doc).isSequence());
        const auto e = refused(std::string(65, '[') + std::string(65, ']'));
        QCOMPARE(e.diagnostic.message, std::string("nesting deeper than 64 levels"));
        QCOMPARE(e.diagnostic.location, loc(1, 65));
        // Refused while streaming: unbalanced brackets never reach the syntax error.
        QCOMPARE(refused(std::string(10000, '[')).diagnostic.location, loc(1, 65));
        std::string block;
        for (int i = 0; i < 70; ++i)
            block += std::string(static_cast<std::size_t>(2 * i), ' ') + "k:\n";
        QCOMPARE(refused(block).diagnostic.location, loc(65, 129));
    }

    void syntaxErrorPosition() {
        const auto e = refused("a: 1\nb: [1, 2\nc: 3\n");
        QVERIFY2(e.diagnostic.message.rfind("not valid YAML: ", 0) == 0, e.diagnostic.message.c_str());
        QVERIFY(!e.beforeFirstNode);
        QCOMPARE(e.diagnostic.location.line, 3);
        const auto k = refused("a: 1\n  b: 2\n");
        QCOMPARE(k.diagnostic.message, std::string("not valid YAML: mapping values are not allowed in this "
                                                   "context"));
        QCOMPARE(k.diagnostic.location, loc(2, 4));
        QVERIFY(refused(",").beforeFirstNode);
        QVERIFY(refused("a: \"\x01\"\n").diagnostic.message.find("control characters") != std::string::npos);
    }

    void generatedFactoryReadsBack() {
        auto project = model::generateFactory({10000, 1});
        project.ensureLinkIds(); // the reader names unnamed links
        const auto r = test::readYaml(model::writeProjectYaml(project));
        for (std::size_t i = 0; i < r.diagnostics.size() && i < 5; ++i)
            qWarning("%s", r.diagnostics[i].format().c_str());
        QVERIFY(r.ok());
        QVERIFY(*r.project == project);
    }
};

QTEST_APPLESS_MAIN(TestYamlDocument)
#include "test_yaml_document.moc"
