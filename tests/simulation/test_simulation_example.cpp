// examples/sdrm-edge-cloud.yaml reproduces the shape of [S2] Fig. 12 (MODELS.md section 7): at 200
// devices every policy succeeds on about 98 % of tasks or more; at 400 the edge saturates under
// edge-only, the WAN under cloud-only, and edge-cloud stays ahead of both.
#include "model/project_io.h"
#include "model/type_library.h"
#include "simulation/simulate.h"

#include <QDir>
#include <QtTest>

using namespace iiot;

class TestSimulationExample : public QObject {
    Q_OBJECT

private slots:
    void sdrmExampleShowsThePaperShape() {
        const auto loaded =
            model::loadProject(QDir(IIOT_EXAMPLES_DIR).filePath("sdrm-edge-cloud.yaml").toStdString());
        QVERIFY(loaded.ok());
        const auto& project = *loaded.project;
        QCOMPARE(project.scenarios.size(), std::size_t(3));
        sim::SimulationRequest req;
        req.devices = {200, 400};
        std::string error;
        const auto report = sim::simulate(project, model::TypeLibrary::builtin(), req, {}, error);
        QVERIFY2(report, error.c_str());
        QCOMPARE(report->runs.size(), std::size_t(6)); // 3 scenarios x 2 device counts
        double at400[3] = {0, 0, 0};
        for (const auto& r : report->runs) {
            qInfo("%s %lld devices: success %.4f, mean delay %.1f ms, edge cpu %.2f, wan %.2f",
                  sim::toString(r.policy), r.devices, r.success_rate, r.delay_ms.mean,
                  r.cpu_utilization[sim::kEdge], r.network_utilization[sim::kWan]);
            if (r.devices == 200)
                QVERIFY2(r.success_rate >= 0.97, sim::toString(r.policy));
            else
                at400[static_cast<int>(r.policy) - static_cast<int>(sim::Policy::EdgeOnly)] = r.success_rate;
        }
        const double edgeOnly = at400[0], cloudOnly = at400[1], edgeCloud = at400[2];
        QVERIFY(edgeCloud > edgeOnly + 0.02);
        QVERIFY(edgeCloud > cloudOnly + 0.02);
        QVERIFY(edgeOnly < 0.97 && cloudOnly < 0.97);
    }
};

QTEST_GUILESS_MAIN(TestSimulationExample)
#include "test_simulation_example.moc"
