// The source map finds a path's place, falls back to its nearest recorded parent, and lets a
// later record of a path win, whatever order places were recorded in.
#include "model/source_map.h"

#include <QtTest>

using iiot::model::SourceLocation;
using iiot::model::SourceMap;

class TestSourceMap : public QObject {
    Q_OBJECT

private slots:
    void exactParentAndMissing() {
        SourceMap m;
        m.set("elements/10", {12, 5});
        m.set("elements/2", {4, 5});
        m.set("elements/2/zone", {5, 11});
        m.set("name", {2, 7});
        QCOMPARE(m.find("elements/2/zone"), (SourceLocation{5, 11}));
        QCOMPARE(m.find("elements/2/kind"), (SourceLocation{4, 5})); // parent
        QCOMPARE(m.find("elements/10/compute/cores"), (SourceLocation{12, 5}));
        QCOMPARE(m.find("links/0"), (SourceLocation{0, 0}));
        // Lookups keep working after more places are recorded.
        m.set("links/0", {20, 3});
        QCOMPARE(m.find("links/0/from"), (SourceLocation{20, 3}));
    }

    void laterRecordWins() {
        SourceMap m;
        m.set("b", {1, 1});
        m.set("a", {2, 2});
        m.set("b", {3, 3});
        QCOMPARE(m.find("b"), (SourceLocation{3, 3}));
        QCOMPARE(m.find("a"), (SourceLocation{2, 2}));
    }
};

QTEST_APPLESS_MAIN(TestSourceMap)
#include "test_source_map.moc"
