// The greedy priority allocation (MODELS.md section 3): a hand-worked example with every amount
// derived in the comments, exact fits, the checker on many random instances (and the checker itself
// catching broken allocations), determinism, progress and cancellation.
#include "model/run_control.h"
#include "solvers/priority_allocation.h"
#include "solvers/priority_allocation_problem.h"

#include "solvers/allocation_test_support.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <atomic>

using namespace iiot;
using namespace iiot::solvers;

namespace {

model::Element host(const std::string& id, std::map<std::string, double> capacity) {
    model::Element e;
    e.id = id;
    e.kind = "edge-server";
    e.capacity = std::move(capacity);
    return e;
}

model::Application app(const std::string& id, long long priority,
                       std::map<std::string, model::Demand> demands) {
    model::Application a;
    a.id = id;
    a.priority = priority;
    a.demands = std::move(demands);
    return a;
}

const ApplicationAllocation* allocation(const AllocationResult& r, const std::string& id) {
    for (const auto& a : r.allocations)
        if (a.application == id)
            return &a;
    return nullptr;
}

// Hosts h1 {cpu 10, mem 8}, h2 {cpu 6, mem 8}, h3 {cpu 4}. Applications in project order:
//   A p9 cpu [4,6] mem [2,4];  B p9 cpu [3,5] mem [3,3];  C p5 cpu [4,8] mem [2,2] hosts [h2, h3];
//   D p7 cpu [2,4] (request 3) mem [1,2];  E p3 cpu [5,5];  F no demands;  G p8 gpu [1,1].
model::Project handExample() {
    model::Project p;
    p.name = "hand";
    p.elements = {host("h1", {{"cpu", 10}, {"mem", 8}}), host("h2", {{"cpu", 6}, {"mem", 8}}),
                  host("h3", {{"cpu", 4}})};
    model::Element plain;
    plain.id = "sensor";
    plain.kind = "sensor";
    p.elements.insert(p.elements.begin() + 1, plain); // elements without capacity are not hosts
    p.applications = {app("A", 9, {{"cpu", {4, 6}}, {"mem", {2, 4}}}),
                      app("B", 9, {{"cpu", {3, 5}}, {"mem", {3, 3}}}),
                      app("C", 5, {{"cpu", {4, 8}}, {"mem", {2, 2}}}),
                      app("D", 7, {{"cpu", {2, 4}}, {"mem", {1, 2}}}),
                      app("E", 3, {{"cpu", {5, 5}}}),
                      app("F", 9, {}),
                      app("G", 8, {{"gpu", {1, 1}}})};
    p.applications[2].hosts = std::vector<std::string>{"h2", "h3"};
    p.applications[3].request = std::map<std::string, double>{{"cpu", 3}};
    p.applications[5].demands.reset();
    return p;
}

} // namespace

class TestAllocationGreedy : public QObject {
    Q_OBJECT

private slots:
    void handWorkedExample() {
        const auto project = handExample();
        const auto r = allocatePriority(project);
        QVERIFY(r.ok);
        QCOMPARE(QString::fromStdString(r.method), QString("greedy"));
        // Order: A(9), B(9), G(8), D(7), C(5), E(3); F takes no part.
        // Placement (committed): A -> h1 (first inactive host that fits; h1 cpu 4, mem 2);
        // B -> h1 (active, cpu 7 <= 10, mem 5 <= 8); G: nobody offers gpu; D -> h1 (cpu 9, mem 6);
        // C: only h2 offers both cpu and mem of [h2, h3] -> h2 (cpu 4, mem 2); E: h1 9 + 5 > 10,
        // h2 4 + 5 > 6, inactive h3 5 > 4 -> rejected.
        // Raise in the same order: A on h1 cpu +min(2, 10 - 9) = 5, mem +min(2, 8 - 6) = 4;
        // B cpu room 0 -> 3, mem 3 (Q = C); D cpu 2, mem 1 (no room); C on h2 cpu +min(4, 6 - 4) = 6, mem 2.
        QCOMPARE(r.admitted, 4);
        QCOMPARE(r.rejected, 2);
        QCOMPARE(r.admission_rate, 4.0 / 6.0);
        const struct {
            const char* id;
            const char* host;
            double cpu, mem, s;
        } expected[] = {{"A", "h1", 5, 4, (0.5 + 1.0) / 2}, // cpu (5-4)/2, mem (4-2)/2
                        {"B", "h1", 3, 3, (0.0 + 1.0) / 2}, // mem Q = C counts 1
                        {"C", "h2", 6, 2, (0.5 + 1.0) / 2}, // cpu (6-4)/(8-4)
                        {"D", "h1", 2, 1, 0.0}};            // cpu Q = min(3, 4) = 3: (2-2)/(3-2)
        for (const auto& e : expected) {
            const auto* a = allocation(r, e.id);
            QVERIFY2(a != nullptr, e.id);
            QCOMPARE(QString::fromStdString(a->host), QString(e.host));
            QCOMPARE(a->amounts.at("cpu"), e.cpu);
            QCOMPARE(a->amounts.at("mem"), e.mem);
            QCOMPARE(a->amounts.size(), std::size_t{2});
            QCOMPARE(a->satisfaction, e.s);
        }
        // Allocations and rejections in project order.
        QCOMPARE(QString::fromStdString(r.allocations[0].application), QString("A"));
        QCOMPARE(QString::fromStdString(r.allocations[3].application), QString("D"));
        QCOMPARE(r.rejections.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(r.rejections[0].application), QString("E"));
        QCOMPARE(QString::fromStdString(r.rejections[0].reason), QString("committed demand does not fit"));
        QCOMPARE(QString::fromStdString(r.rejections[1].application), QString("G"));
        QCOMPARE(QString::fromStdString(r.rejections[1].reason),
                 QString("no host offers every demanded resource"));
        // satisfaction = (9 * 0.75 + 9 * 0.5 + 5 * 0.75 + 7 * 0) / (9 + 9 + 5 + 7 + 3 + 8) = 15 / 41.
        QCOMPARE(r.admitted_priority, 30.0);
        QCOMPARE(r.weighted_satisfaction, 15.0);
        QCOMPARE(r.satisfaction, 15.0 / 41.0);
        QCOMPARE(r.active_hosts, 2);
        QVERIFY(!r.optimal);
        // Utilisation: h1 cpu 5+3+2 = 10 of 10, mem 4+3+1 = 8 of 8; h2 cpu 6/6, mem 2/8; h3 idle.
        QCOMPARE(r.hosts.size(), std::size_t{3});
        QCOMPARE(r.hosts[0].resources.at("cpu").utilisation, 1.0);
        QCOMPARE(r.hosts[0].resources.at("mem").used, 8.0);
        QCOMPARE(r.hosts[1].resources.at("mem").utilisation, 0.25);
        QCOMPARE(r.hosts[1].applications, 1);
        QVERIFY(!r.hosts[2].active);
        QCOMPARE(r.hosts[2].resources.size(), std::size_t{1});
        QCOMPARE(r.hosts[2].resources.at("cpu").used, 0.0);
        QVERIFY(checkAllocation(project, r).empty());
    }

    void priorityFromSubsystemThenDefault() {
        // Without its own priority an application takes its subsystem's, else 5: a (subsystem 7) goes
        // first and b (default 5) is rejected although it comes first in the project.
        model::Project p;
        p.elements = {host("h", {{"cpu", 4}})};
        p.subsystems = {{"s", std::nullopt, 7}};
        p.applications = {app("b", 0, {{"cpu", {3, 3}}}), app("a", 0, {{"cpu", {3, 3}}})};
        p.applications[0].priority.reset();
        p.applications[1].priority.reset();
        p.applications[1].subsystem = "s";
        const auto r = allocatePriority(p);
        QCOMPARE(r.admitted, 1);
        QCOMPARE(QString::fromStdString(r.allocations[0].application), QString("a"));
        QCOMPARE(r.allocations[0].priority, 7LL);
        QCOMPARE(r.satisfaction, 7.0 / 12.0);
    }

    void exactFitFits() {
        // 0.1 + 0.2 exceeds 0.3 in binary floating point; "an exact fit fits" all the same, and the
        // first already-active host is preferred to an earlier inactive one.
        model::Project p;
        p.elements = {host("h0", {{"gb", 0.3}}), host("h1", {{"gb", 0.2}})};
        p.applications = {app("x", 5, {{"gb", {0.1, 0.1}}}), app("y", 5, {{"gb", {0.2, 0.2}}})};
        p.applications[0].hosts = std::vector<std::string>{"h0"};
        auto r = allocatePriority(p);
        QCOMPARE(r.admitted, 2);
        QCOMPARE(QString::fromStdString(r.allocations[1].host), QString("h0"));
        QCOMPARE(r.active_hosts, 1);
    }

    void checkerAcceptsGreedyOnRandomInstances() {
        for (std::uint64_t seed = 1; seed <= 400; ++seed) {
            const test::AllocationShape shape{1 + static_cast<int>(seed % 6), 5 + static_cast<int>(seed % 25),
                                              1 + static_cast<int>(seed % 4)};
            const auto project = test::randomAllocationProject(seed, shape);
            const auto r = allocatePriority(project);
            const auto problems = checkAllocation(project, r);
            QVERIFY2(problems.empty(),
                     (std::to_string(seed) + ": " + (problems.empty() ? "" : problems[0])).c_str());
            QCOMPARE(r.admitted + r.rejected, shape.apps);
        }
    }

    void checkerCatchesViolations() {
        const auto project = handExample();
        const auto good = allocatePriority(project);
        auto over = good; // h1 cpu 11 of 10
        over.allocations[0].amounts["cpu"] = 6;
        over.allocations[0].satisfaction = 1.0;
        QVERIFY(!checkAllocation(project, over).empty());
        auto below = good; // D below its committed cpu
        below.allocations[3].amounts["cpu"] = 1.5;
        QVERIFY(!checkAllocation(project, below).empty());
        auto aboveRequest = good; // D's request caps cpu at 3
        aboveRequest.allocations[3].amounts["cpu"] = 3.5;
        QVERIFY(!checkAllocation(project, aboveRequest).empty());
        auto twice = good;
        twice.allocations.push_back(twice.allocations[0]);
        QVERIFY(!checkAllocation(project, twice).empty());
        auto wrongHost = good; // C may not run on h1
        wrongHost.allocations[2].host = "h1";
        QVERIFY(!checkAllocation(project, wrongHost).empty());
        auto missing = good;
        missing.rejections.pop_back();
        QVERIFY(!checkAllocation(project, missing).empty());
        auto count = good;
        count.active_hosts = 3;
        QVERIFY(!checkAllocation(project, count).empty());
        auto rate = good;
        rate.satisfaction += 0.01;
        QVERIFY(!checkAllocation(project, rate).empty());
    }

    void jsonIsDeterministic() {
        const auto project = test::randomAllocationProject(99, {5, 40, 3});
        auto a = allocatePriority(project), b = allocatePriority(project);
        a.solve_ms = b.solve_ms = 0;
        QCOMPARE(QString::fromStdString(allocationJson(a)), QString::fromStdString(allocationJson(b)));
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(allocationJson(a))).object();
        QCOMPARE(doc["admitted"].toInt(), a.admitted);
        QCOMPARE(doc["allocations"].toArray().size(), a.admitted);
    }

    void progressAndCancellation() {
        std::vector<double> seen;
        std::atomic<bool> cancel{false};
        model::RunControl control([&](double f) { seen.push_back(f); }, &cancel);
        AllocationOptions options;
        options.control = &control;
        const auto project = handExample();
        auto r = allocatePriority(project, options);
        QVERIFY(r.ok);
        QVERIFY(!seen.empty());
        QCOMPARE(seen.back(), 1.0);
        cancel = true;
        r = allocatePriority(project, options);
        QVERIFY(!r.ok);
        QCOMPARE(QString::fromStdString(r.error), QString("cancelled"));
    }

    void nothingToAllocate() {
        model::Project p;
        p.elements = {host("h", {{"cpu", 4}})};
        const auto r = allocatePriority(p);
        QVERIFY(r.ok);
        QCOMPARE(r.admitted + r.rejected, 0);
        QCOMPARE(r.admission_rate, 0.0);
        QCOMPARE(r.satisfaction, 0.0);
        QVERIFY(checkAllocation(p, r).empty());
    }
};

QTEST_GUILESS_MAIN(TestAllocationGreedy)
#include "test_allocation_greedy.moc"
