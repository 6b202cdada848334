// The strict XML reader: what it reads (elements, attributes, entities, character references,
// CDATA, comments, declaration) and that every malformed input is an error at the right line and
// column.
#include <QtTest>

#include "model/xml_reader.h"

#include <string>

using namespace iiot::model;

namespace {

// Asserts a parse error at line:column whose message contains `part`.
void expectError(const std::string& text, int line, int column, const char* part) {
    const auto doc = parseXml(text);
    QVERIFY2(!doc.ok() && doc.error, text.c_str());
    const std::string where =
        std::to_string(doc.error->line) + ":" + std::to_string(doc.error->column) + " " + doc.error->message;
    QVERIFY2(doc.error->line == line && doc.error->column == column, where.c_str());
    QVERIFY2(doc.error->message.find(part) != std::string::npos, where.c_str());
}

} // namespace

class TestXmlReader : public QObject {
    Q_OBJECT

private slots:
    void readsElementsAttributesAndText() {
        const auto doc = parseXml("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                  "<!-- head -->\n"
                                  "<g:root xmlns:g='urn:x' a=\"1\" b='two words'>\n"
                                  "  <item id=\"x&amp;y\">A &lt;B&gt; &#65;&#x42; &apos;&quot;</item>\n"
                                  "  <empty/><?pi data?>\n"
                                  "  <c><![CDATA[<raw> & ]]>tail</c>\n"
                                  "</g:root>\n");
        QVERIFY2(doc.ok(), doc.error ? doc.error->message.c_str() : "");
        const auto& root = *doc.root;
        QCOMPARE(root.name, std::string("g:root"));
        QCOMPARE(std::string(root.localName()), std::string("root"));
        QCOMPARE(root.line, 3);
        QCOMPARE(root.column, 1);
        QCOMPARE(*root.attribute("b"), std::string("two words"));
        QCOMPARE(root.children.size(), std::size_t(3));
        QCOMPARE(*root.children[0].attribute("id"), std::string("x&y"));
        QCOMPARE(root.children[0].text, std::string("A <B> AB '\""));
        QCOMPARE(root.children[0].line, 4);
        QCOMPARE(root.children[0].column, 3);
        QCOMPARE(root.children[1].name, std::string("empty"));
        QVERIFY(root.children[1].children.empty());
        QCOMPARE(root.children[2].text, std::string("<raw> & tail"));
    }

    void decodesUtf8AndNormalisesAttributeWhitespace() {
        const auto doc = parseXml("\xEF\xBB\xBF<r v=\"a\tb\nc\" w=\"&#10;\">Z\xC3\xBCrich &#x20AC;</r>");
        QVERIFY(doc.ok());
        QCOMPARE(*doc.root->attribute("v"), std::string("a b c")); // tab and newline become spaces
        QCOMPARE(*doc.root->attribute("w"), std::string("\n"));    // a reference survives normalisation
        QCOMPARE(doc.root->text, std::string("Z\xC3\xBCrich \xE2\x82\xAC"));
    }

    void malformedInputNamesLineAndColumn() {
        expectError("<a>\n  <b>\n</a>", 3, 1, "</a> does not match <b>");
        expectError("<a>\n  <b x=\"1\" x=\"2\"/>\n</a>", 2, 12, "duplicate attribute 'x'");
        expectError("<a>\n&nbsp;</a>", 2, 1, "unknown entity '&nbsp;'");
        expectError("<a>x & y</a>", 1, 6, "'&' must start an entity");
        expectError("<a>&#0;</a>", 1, 4, "invalid character reference");
        expectError("<a b=c/>", 1, 6, "must be quoted");
        expectError("<a b=\"<\"/>", 1, 7, "'<' is not allowed");
        expectError("<a>\n  <b>\n", 2, 3, "<b> is never closed");
        expectError("<a/><b/>", 1, 5, "only one root element");
        expectError("<a/>text", 1, 5, "text is not allowed after");
        expectError("", 1, 1, "no XML element");
        expectError("<!DOCTYPE a [<!ENTITY x \"y\">]><a/>", 1, 1, "<!DOCTYPE>");
        expectError("<a><!-- x -- y --></a>", 1, 11, "'--' is not allowed");
        expectError("<a><![CDATA[x</a>", 1, 4, "unterminated CDATA");
        expectError("<a>\n<?xml version=\"1.0\"?></a>", 2, 1, "only allowed at the very start");
        expectError("<a>\xC3\x28</a>", 1, 4, "invalid UTF-8");
        expectError("<a>\x01</a>", 1, 4, "U+0001 is not allowed");
        expectError("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a/>", 1, 42, "not supported");
        expectError("<a b=\"1\"c=\"2\"/>", 1, 9, "expected whitespace");
        expectError("<a>]]></a>", 1, 4, "']]>' is not allowed");
        expectError("<1a/>", 1, 2, "expected a name");
    }

    void columnsCountCharactersNotBytes() {
        // "ü" is two bytes but one column: the bad entity starts at column 6.
        expectError("<a>\xC3\xBC\xC3\xBC&bad;</a>", 1, 6, "unknown entity");
        expectError("<a>\r\n<b></a>", 2, 4, "does not match");
    }

    void limitsStopHostileInput() {
        std::string deep;
        for (int i = 0; i < 300; ++i)
            deep += "<a>";
        expectError(deep, 1, 3 * 256 + 1, "nested deeper than 256");
        XmlLimits small;
        small.maxElements = 3;
        const auto many = parseXml("<a><b/><b/><b/></a>", small);
        QVERIFY(!many.ok());
        QCOMPARE(many.error->column, 12);
        small.maxBytes = 4;
        QVERIFY(!parseXml("<a></a>", small).ok());
    }

    void deepButAllowedNestingDoesNotRecurse() {
        // 256 levels is the limit; a 200-deep chain reads back intact.
        std::string text;
        for (int i = 0; i < 200; ++i)
            text += "<n>";
        for (int i = 0; i < 200; ++i)
            text += "</n>";
        const auto doc = parseXml(text);
        QVERIFY(doc.ok());
        int depth = 1;
        for (const XmlElement* e = &*doc.root; !e->children.empty(); e = &e->children[0])
            ++depth;
        QCOMPARE(depth, 200);
    }
};

QTEST_APPLESS_MAIN(TestXmlReader)
#include "test_xml_reader.moc"
