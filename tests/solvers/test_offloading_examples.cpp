// The [S4] fog factory examples (MODELS.md section 7): both load without problems, and for
// several seeds ASTP's total delay is at most ASCM's and its reliability at least RSCM's, as the
// paper reports. The figures are printed for the record.
#include "model/project_io.h"
#include "model/type_library.h"
#include "solvers/offloading.h"

#include <QtTest>

#include <cstdio>

using namespace iiot;
using namespace iiot::solvers;

namespace {

model::Project load(const char* name) {
    const auto r = model::loadProject(std::string(IIOT_EXAMPLES_DIR) + "/" + name);
    if (!r.ok())
        qFatal("%s does not load", name);
    return *r.project;
}

OffloadResult run(const model::Project& p, OffloadMethod m, std::uint64_t seed) {
    OffloadParameters params;
    params.method = m;
    params.seed = seed;
    auto out = runOffloading(p, model::TypeLibrary::builtin(), params);
    if (!out.result)
        qFatal("%s", out.error.c_str());
    return *out.result;
}

} // namespace

class TestOffloadingExamples : public QObject {
    Q_OBJECT

private slots:
    void astpBeatsTheOthers_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tasks");
        QTest::newRow("paper") << "fog-cms.yaml" << 100;
        QTest::newRow("feasible") << "fog-cms-feasible.yaml" << 50;
    }

    void astpBeatsTheOthers() {
        QFETCH(QString, file);
        QFETCH(int, tasks);
        const auto p = load(file.toStdString().c_str());
        for (std::uint64_t seed = 1; seed <= 3; ++seed) {
            const auto astp = run(p, OffloadMethod::Astp, seed);
            const auto ascm = run(p, OffloadMethod::Ascm, seed);
            const auto rstp = run(p, OffloadMethod::Rstp, seed);
            const auto rscm = run(p, OffloadMethod::Rscm, seed);
            QCOMPARE(int(astp.tasks.size()), tasks);
            std::printf("%s seed %llu: total/avg ms, reliability, satisfaction\n", qPrintable(file),
                        static_cast<unsigned long long>(seed));
            for (const auto* r : {&astp, &ascm, &rstp, &rscm})
                std::printf("  %s %12.3f %10.3f %6.3f %6.3f%s\n", toString(r->method), r->total_delay_ms,
                            r->average_delay_ms, r->reliability, r->satisfaction,
                            r->method == OffloadMethod::Astp || r->method == OffloadMethod::Ascm
                                ? (r->converged ? " converged" : " NOT converged")
                                : "");
            QVERIFY(astp.total_delay_ms <= ascm.total_delay_ms);
            QVERIFY(astp.reliability >= rscm.reliability);
        }
    }
};

QTEST_GUILESS_MAIN(TestOffloadingExamples)
#include "test_offloading_examples.moc"
