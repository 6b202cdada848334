// `iiot-cli export --to csv` writes each stored result's lists as tables of their own: the result
// documents of real allocate, slice, offload and simulate runs are stored in a project file, exported,
// and every table is checked against the same document read by Qt's JSON parser — one row per list
// entry, the columns of the flattened entries (nested objects as dotted names), and cell values.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include "cli/cli_runner.h"
#include "file_bytes.h"
#include "model/project_file.h"
#include "model/project_io.h"

using iiot::test::cli;

namespace {

QString example(const char* name) {
    return QDir(IIOT_EXAMPLES_DIR).filePath(name);
}

// A short simulation sweep: two device counts, two replications -> four runs, two summaries.
const char* kSimulation = R"(format: iiot-workbench/1
name: Sweep
elements:
  - {id: s1, kind: sensor}
  - {id: ap, kind: access-point}
  - {id: edge, kind: edge-server, compute: {cores: 2, mips_per_core: 2000}}
  - {id: gw, kind: router}
  - {id: dc, kind: cloud, compute: {cores: 8, mips_per_core: 10000}}
links:
  - {from: s1, to: ap, medium: wifi}
  - {from: ap, to: edge, medium: ethernet}
  - {from: edge, to: gw, medium: ethernet}
  - {from: gw, to: dc, medium: internet}
applications:
  - id: monitor
    generated_by: {kinds: [sensor]}
    arrival: {type: poisson, rate_per_s: 2}
    data_kb: 20
    result_kb: 1
    instructions_mi: 100
    max_latency_ms: 200
scenarios:
  - {id: base, duration_s: 10, seed: 3, policy: edge-cloud}
)";

// RFC 4180 reader for the tables: quoted fields with doubled quotes and embedded line breaks.
QList<QStringList> readCsv(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row << field;
            field.clear();
        } else if (c == '\n') {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

// The flattened columns of one entry (nested objects as dotted names) with their values.
void flatten(const QString& prefix, const QJsonValue& v, QStringList& columns,
             QMap<QString, QJsonValue>& cells) {
    if (v.isObject() && !v.toObject().isEmpty()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(prefix.isEmpty() ? it.key() : prefix + "." + it.key(), it.value(), columns, cells);
        return;
    }
    if (!columns.contains(prefix))
        columns << prefix;
    cells[prefix] = v;
}

// One plain value against its cell: text exactly, numbers to the value, null as an empty cell.
bool plainMatches(const QString& cell, const QJsonValue& v) {
    if (v.isString())
        return cell == v.toString();
    if (v.isBool())
        return cell == (v.toBool() ? "true" : "false");
    if (v.isNull() || v.isUndefined())
        return cell.isEmpty();
    bool ok = false;
    return v.isDouble() && cell.toDouble(&ok) == v.toDouble() && ok;
}

// Lists of plain values are joined with ';', lists holding objects are JSON in the cell.
bool cellMatches(const QString& cell, const QJsonValue& v) {
    if (v.isObject())
        return QJsonDocument::fromJson(cell.toUtf8()).object() == v.toObject();
    if (!v.isArray())
        return plainMatches(cell, v);
    const QJsonArray items = v.toArray();
    for (const auto& item : items)
        if (item.isObject() || item.isArray())
            return QJsonDocument::fromJson(cell.toUtf8()).array() == items;
    const QStringList parts = cell.isEmpty() ? QStringList() : cell.split(';');
    if (parts.size() != items.size())
        return false;
    for (int i = 0; i < parts.size(); ++i)
        if (!plainMatches(parts[i], items[i]))
            return false;
    return true;
}

struct Stored {
    const char* kind;
    QStringList args;
    QStringList lists; // the lists expected as tables (when not empty in the document)
};

} // namespace

class TestCliExportResults : public QObject {
    Q_OBJECT

private slots:
    void storedResultsBecomeTables() {
        QTemporaryDir dir;
        const QString sweep = dir.filePath("sweep.yaml");
        iiot::test::writeBytes(sweep.toStdString(), kSimulation);
        const QList<Stored> runs = {
            {"allocate",
             {"allocate", example("sdrm-factory.yaml"), "--json"},
             {"allocations", "rejections", "hosts"}},
            {"slice",
             {"slice", example("slicing-testbed.yaml"), "--method", "stnra", "--json"},
             {"services"}},
            {"offload",
             {"offload", example("fog-cms-feasible.yaml"), "--method", "rscm", "--json"},
             {"tasks"}},
            {"simulate",
             {"simulate", sweep, "--devices", "1,2", "--replications", "2", "--json"},
             {"runs", "summaries"}},
        };
        auto loaded = iiot::model::loadProject(example("sdrm-factory.yaml").toStdString());
        QVERIFY(loaded.ok());
        iiot::model::Project project = *loaded.project;
        QList<QJsonObject> documents;
        for (int i = 0; i < runs.size(); ++i) {
            const auto r = cli(runs[i].args);
            QVERIFY2(r.status == 0, qPrintable(runs[i].args.join(' ') + ": " + r.err));
            documents << iiot::test::parseJsonObject(r.out);
            iiot::model::StoredResult stored;
            stored.id = 10 + i;
            stored.kind = runs[i].kind;
            stored.method = "m";
            stored.parameters = "{}";
            stored.created = "2026-01-01T00:00:00Z";
            stored.json = r.out.trimmed().toStdString();
            project.results.push_back(stored);
        }
        const QString file = dir.filePath("p.iiotw");
        QCOMPARE(iiot::model::saveProjectFile(project, file.toStdString()), std::string());

        const QString out = dir.filePath("csv");
        const auto r = cli({"export", file, "--to", "csv", "-o", out});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        int tables = 0;
        for (int i = 0; i < runs.size(); ++i) {
            for (const QString& list : runs[i].lists) {
                const QJsonArray entries = documents[i][list].toArray();
                const QString name = QString("result-%1-%2-%3.csv").arg(10 + i).arg(runs[i].kind, list);
                if (entries.isEmpty()) {
                    QVERIFY2(!QFile::exists(QDir(out).filePath(name)), qPrintable(name));
                    continue;
                }
                ++tables;
                const auto rows = readCsv(QDir(out).filePath(name));
                QVERIFY2(!rows.isEmpty(), qPrintable(name));
                QCOMPARE(rows.size(), entries.size() + 1); // header + one row per entry
                // Columns: every flattened key of every entry, none more.
                QStringList columns;
                QList<QMap<QString, QJsonValue>> cells;
                for (const auto& e : entries) {
                    cells << QMap<QString, QJsonValue>();
                    flatten({}, e, columns, cells.back());
                }
                QStringList header = rows[0];
                QStringList sortedColumns = columns;
                header.sort();
                sortedColumns.sort();
                QCOMPARE(header, sortedColumns);
                for (int row = 0; row < entries.size(); ++row) {
                    QCOMPARE(rows[row + 1].size(), rows[0].size());
                    for (int c = 0; c < rows[0].size(); ++c) {
                        const QString& column = rows[0][c];
                        QVERIFY2(cellMatches(rows[row + 1][c], cells[row].value(column)),
                                 qPrintable(name + " row " + QString::number(row + 1) + " " + column + ": " +
                                            rows[row + 1][c]));
                    }
                }
            }
        }
        QVERIFY(tables >= 6); // allocations, hosts, services, tasks, runs, summaries at least
        QVERIFY(QFile::exists(QDir(out).filePath("results.csv")));
    }
};

QTEST_GUILESS_MAIN(TestCliExportResults)
#include "test_cli_export_results.moc"
