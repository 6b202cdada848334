// Stored results in the report: the engines run here (allocation, slicing, offloading, simulation),
// their JSON goes into Project::results as the GUI stores it, and the PDF and HTML then have a
// chapter per kind with the numbers of that JSON, the parameters and the seed of every run.

#include "test_report_support.h"

#include "model/type_library.h"
#include "simulation/simulate.h"
#include "simulation/simulation_json.h"
#include "solvers/offloading.h"
#include "solvers/priority_allocation.h"
#include "solvers/slicing.h"
#include "widgets/report_sections.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace iiot;

namespace {

model::StoredResult stored(long long id, const char* kind, const std::string& method, const char* parameters,
                           const std::string& json) {
    return {id, kind, method, parameters, "2026-01-02T03:04:05Z", json};
}

QJsonObject object(const std::string& json) {
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

// As the report writes a fraction: one decimal and a percent sign.
QString percent(double fraction) {
    return QString::number(100 * fraction, 'f', 1) + QStringLiteral(" %");
}

// Two decimals, whole numbers without: how the report writes costs.
QString twoDecimals(double v) {
    return v == std::floor(v) ? QString::number(static_cast<long long>(v)) : QString::number(v, 'f', 2);
}

} // namespace

class TestReportResults : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        if (!test::haveTools())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdftoppm) or python3 missing");
    }

    void resultChaptersCarryTheStoredNumbers() {
        const model::TypeLibrary& types = model::TypeLibrary::builtin();
        // Every kind on one project: each engine runs on the example made for it, and the results
        // are filed under the smart factory, as a user who pasted them together would have them.
        model::Project project = test::loadExample(QStringLiteral("smart-factory.yaml"));

        const solvers::AllocationResult allocation =
            solvers::allocatePriority(test::loadExample("sdrm-factory.yaml"));
        QVERIFY(allocation.ok);
        const std::string allocationJson = solvers::allocationJson(allocation);
        project.results.push_back(stored(1, "allocate", "greedy", R"({"method":"greedy"})", allocationJson));

        solvers::SlicingParameters slicingParameters;
        slicingParameters.seed = 7;
        const solvers::SlicingResult slicing =
            solvers::runSlicing(test::loadExample("slicing-testbed.yaml"), types,
                                solvers::SlicingMethod::Stnra, slicingParameters);
        QVERIFY(slicing.ok());
        const std::string slicingJson = solvers::slicingJson(slicing);
        project.results.push_back(stored(2, "slice", "stnra", R"({"seed":7})", slicingJson));

        solvers::OffloadParameters offloadParameters;
        offloadParameters.seed = 11;
        const solvers::OffloadOutcome offload =
            solvers::runOffloading(test::loadExample("fog-cms-feasible.yaml"), types, offloadParameters);
        QVERIFY(offload.result);
        const std::string offloadJson = solvers::offloadJson(*offload.result);
        project.results.push_back(
            stored(3, "offload", "astp", R"({"seed":11,"mu1":0.7,"mu2":0.3})", offloadJson));

        sim::SimulationRequest request;
        request.duration_s = 60;
        request.seed = 5;
        request.devices = {20};
        std::string error;
        const auto report =
            sim::simulate(test::loadExample("sdrm-edge-cloud.yaml"), types, request, {}, error);
        QVERIFY2(report, error.c_str());
        const std::string simulationJson = sim::simulationJson(*report);
        project.results.push_back(stored(4, "simulate", "edge-cloud",
                                         R"({"seed":5,"duration_s":60,"devices":[20]})", simulationJson));

        QTemporaryDir dir;
        ui::ReportInput input;
        input.project = project;
        const QString pdf = dir.filePath(QStringLiteral("results.pdf"));
        const QString html = dir.filePath(QStringLiteral("results.html"));
        QCOMPARE(test::writeReportOf(input, pdf), QString());
        QCOMPARE(test::writeReportOf(input, html), QString());
        const QString text = test::pdfText(pdf);
        const QString body = test::htmlText(html);
        const auto inBoth = [&](const QString& what) {
            if (!text.contains(what))
                qWarning("not in the PDF: %s", qPrintable(what));
            if (!body.contains(what))
                qWarning("not in the HTML: %s", qPrintable(what));
            return text.contains(what) && body.contains(what);
        };

        QVERIFY(inBoth(ui::reportSectionTitle(ui::ReportSection::Allocation)));
        QVERIFY(inBoth(ui::reportSectionTitle(ui::ReportSection::Slicing)));
        QVERIFY(inBoth(ui::reportSectionTitle(ui::ReportSection::Offloading)));
        QVERIFY(inBoth(ui::reportSectionTitle(ui::ReportSection::Simulation)));
        const test::HtmlCheck check = test::checkHtml(html);
        QVERIFY2(check.errors.isEmpty(), qPrintable(check.errors.join('\n')));
        QCOMPARE(check.chapters.size(), 8);

        // Allocation: the admission rate and every rejected application with its reason.
        const QJsonObject a = object(allocationJson);
        QVERIFY(inBoth(QStringLiteral("admission rate %1").arg(percent(a["admission_rate"].toDouble()))));
        for (const QJsonValue& r : a["rejections"].toArray())
            QVERIFY(inBoth(r["application"].toString() + QLatin1Char(' ') + r["reason"].toString()));
        for (const QJsonValue& h : a["hosts"].toArray())
            QVERIFY(inBoth(h["host"].toString()));

        // Slicing: the seed of the run, the admitted share and mean cost, each service's path written
        // out (the HTML's cells do not wrap, so the whole walk is one string there).
        const QJsonObject s = object(slicingJson);
        QVERIFY(inBoth(QStringLiteral("seed 7")));
        QVERIFY(inBoth(QStringLiteral("admitted services %1").arg(percent(s["admitted_rate"].toDouble()))));
        QVERIFY(inBoth(QStringLiteral("average cost %1").arg(twoDecimals(s["average_cost"].toDouble()))));
        for (const QJsonValue& service : s["services"].toArray()) {
            QStringList path;
            for (const QJsonValue& p : service["path"].toArray())
                path << p.toString();
            QVERIFY(body.contains(path.join(QString::fromUtf8(" \u2192 "))));
            QVERIFY(text.contains(service["id"].toString()));
        }

        // Offloading: seed, reliability, the count of tasks per mode.
        const QJsonObject o = object(offloadJson);
        QVERIFY(inBoth(QStringLiteral("seed 11")));
        QVERIFY(inBoth(QStringLiteral("reliability %1").arg(percent(o["reliability"].toDouble()))));
        const QJsonObject modes = o["modes"].toObject();
        for (auto it = modes.begin(); it != modes.end(); ++it)
            QVERIFY(inBoth(QStringLiteral("tasks computed %1 %2").arg(it.key()).arg(it.value().toInt())));

        // Simulation: every simulated run with its seed and success rate.
        const QJsonArray runs = object(simulationJson)["runs"].toArray();
        QVERIFY(!runs.isEmpty());
        for (const QJsonValue& r : runs) {
            const QString row = QStringLiteral("%1 %2 %3 %4 %5")
                                    .arg(r["policy"].toString())
                                    .arg(r["devices"].toInt())
                                    .arg(r["seed"].toInt())
                                    .arg(r["tasks"].toInt())
                                    .arg(percent(r["success_rate"].toDouble()));
            QVERIFY2(inBoth(row), qPrintable(row));
        }
        QVERIFY(inBoth(QStringLiteral("duration_s 60")));
    }

    void unreadableResultIsSaidNotHidden() {
        ui::ReportInput input;
        input.project.results.push_back(stored(9, "allocate", "greedy", "{}", "{not json"));
        const ui::Report report = ui::buildReport(input);
        const auto chapter =
            std::find_if(report.chapters.begin(), report.chapters.end(), [](const ui::ReportChapter& c) {
                return c.section == ui::ReportSection::Allocation;
            });
        QVERIFY(chapter != report.chapters.end());
        const bool said =
            std::any_of(chapter->blocks.begin(), chapter->blocks.end(), [](const ui::ReportBlock& b) {
                return b.kind == ui::ReportBlock::Kind::Paragraph &&
                       b.text.startsWith(QLatin1String("The stored result cannot be read"));
            });
        QVERIFY(said);
    }
};

QTEST_MAIN(TestReportResults)
#include "test_report_results.moc"
