// The JSON reader used on stored result documents, checked against Qt's parser on the same text:
// same structure and values, member order kept, numbers keep their text; malformed documents are
// refused with line and column; depth is limited.
#include "model/json_value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using iiot::model::JsonValue;
using iiot::model::parseJson;

namespace {

bool sameAs(const JsonValue& v, const QJsonValue& q) {
    switch (v.type) {
    case JsonValue::Type::Null:
        return q.isNull();
    case JsonValue::Type::Bool:
        return q.isBool() && q.toBool() == v.boolean;
    case JsonValue::Type::Number:
        return q.isDouble() && q.toDouble() == v.number;
    case JsonValue::Type::String:
        return q.isString() && q.toString().toStdString() == v.text;
    case JsonValue::Type::Array: {
        const QJsonArray a = q.toArray();
        if (!q.isArray() || a.size() != static_cast<qsizetype>(v.items.size()))
            return false;
        for (qsizetype i = 0; i < a.size(); ++i)
            if (!sameAs(v.items[static_cast<std::size_t>(i)], a[i]))
                return false;
        return true;
    }
    case JsonValue::Type::Object: {
        const QJsonObject o = q.toObject();
        if (!q.isObject() || o.size() != static_cast<qsizetype>(v.members.size()))
            return false;
        for (const auto& [name, value] : v.members)
            if (!sameAs(value, o.value(QString::fromStdString(name))))
                return false;
        return true;
    }
    }
    return false;
}

} // namespace

class TestJsonValue : public QObject {
    Q_OBJECT

private slots:
    void agreesWithQt_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("allocation") << QByteArray(
            "{\"method\": \"greedy\", \"admitted\": 3, \"optimal\": false, \"solve_ms\": 0.25,"
            " \"allocations\": [{\"application\": \"a\", \"host\": \"h\", \"amounts\": {\"cpu\": 1.5e3}}], "
            "\"x\": null}");
        QTest::newRow("escapes") << QByteArray(
            "[\"tab\\tquote\\\"slash\\/back\\\\\", \"\\u00e9\\u20ac\\ud83d\\ude00\", \"\\n\"]");
        QTest::newRow("numbers") << QByteArray("[0, -0, -12.5e-3, 1E+2, 123456789012]");
        QTest::newRow("nested") << QByteArray("{\"a\": {\"b\": {\"c\": [[], {}, [1, [2]]]}}}");
        QTest::newRow("spaces") << QByteArray(" \r\n\t{ \"k\" :\n[ true , false ] }\n");
    }
    void agreesWithQt() {
        QFETCH(QByteArray, text);
        QJsonParseError qtError;
        const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
        QCOMPARE(qtError.error, QJsonParseError::NoError);
        std::string error;
        const auto ours = parseJson(text.toStdString(), &error);
        QVERIFY2(ours, error.c_str());
        QVERIFY(sameAs(*ours, qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array())));
    }

    void keepsOrderAndNumberText() {
        const auto v = parseJson("{\"z\": 1.50, \"a\": 2, \"m\": -0.0}");
        QVERIFY(v && v->isObject());
        QCOMPARE(v->members[0].name, std::string("z"));
        QCOMPARE(v->members[1].name, std::string("a"));
        QCOMPARE(v->members[0].value.cellText(), std::string("1.50"));
        QCOMPARE(v->find("m")->cellText(), std::string("-0.0"));
        QCOMPARE(parseJson("{\"l\": [1, \"a\\\"b\", {\"k\": true}]}")->find("l")->cellText(),
                 std::string("[1,\"a\\\"b\",{\"k\":true}]"));
    }

    void refusesMalformedWithPlace_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray("") << "line 1, column 1: unexpected end";
        QTest::newRow("trailing comma") << QByteArray("[1,\n 2,]") << "line 2, column 4: invalid value";
        QTest::newRow("after document") << QByteArray("{} x") << "line 1, column 4: unexpected text";
        QTest::newRow("leading zero") << QByteArray("[01]") << "line 1, column 3: expected ',' or ']'";
        QTest::newRow("bare word") << QByteArray("[nul]") << "invalid literal";
        QTest::newRow("unterminated") << QByteArray("\"abc") << "unterminated string";
        QTest::newRow("control char") << QByteArray("\"a\nb\"") << "control character";
        QTest::newRow("lone surrogate") << QByteArray("\"\\ud800x\"") << "lone surrogate";
        QTest::newRow("bad escape") << QByteArray("\"\\q\"") << "invalid escape";
        QTest::newRow("key not string") << QByteArray("{1: 2}") << "expected a member name";
        QTest::newRow("missing colon") << QByteArray("{\"a\" 2}") << "expected ':'";
        QTest::newRow("half exponent") << QByteArray("1e") << "invalid number";
    }
    void refusesMalformedWithPlace() {
        QFETCH(QByteArray, text);
        QFETCH(QString, message);
        std::string error;
        QVERIFY(!parseJson(text.toStdString(), &error));
        QVERIFY2(QString::fromStdString(error).contains(message), error.c_str());
    }

    void depthIsLimited() {
        const std::string deep(100000, '[');
        std::string error;
        QVERIFY(!parseJson(deep, &error));
        QVERIFY2(error.find("nested too deeply") != std::string::npos, error.c_str());
        QVERIFY(parseJson(std::string(10, '[') + std::string(10, ']'), nullptr, 10));
        QVERIFY(!parseJson(std::string(11, '[') + std::string(11, ']'), nullptr, 10));
    }
};

QTEST_GUILESS_MAIN(TestJsonValue)
#include "test_json_value.moc"
