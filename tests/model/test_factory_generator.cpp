// The synthetic factory: size within tolerance, valid against the built-in library and catalogue,
// connected, about 1.5 links per element at scale, laid out by layer band, and reproducible.
#include "model/capability_catalogue.h"
#include "model/factory_generator.h"
#include "model/type_library.h"
#include "model/validation.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

using namespace iiot::model;

namespace {

long long tolerance(long long n) {
    return std::max(1LL, n / 50);
} // 2 %, at least one element

// Number of elements reached from the first one over links in either direction.
std::size_t reachable(const Project& p) {
    std::unordered_map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < p.elements.size(); ++i)
        index.emplace(p.elements[i].id, i);
    std::vector<std::vector<std::size_t>> adjacent(p.elements.size());
    for (const Link& l : p.links) {
        adjacent[index.at(l.from)].push_back(index.at(l.to));
        adjacent[index.at(l.to)].push_back(index.at(l.from));
    }
    std::vector<bool> seen(p.elements.size(), false);
    std::vector<std::size_t> stack{0};
    seen[0] = true;
    std::size_t count = 0;
    while (!stack.empty()) {
        const std::size_t v = stack.back();
        stack.pop_back();
        ++count;
        for (std::size_t w : adjacent[v])
            if (!seen[w]) {
                seen[w] = true;
                stack.push_back(w);
            }
    }
    return count;
}

QString errorsOf(const Diagnostics& diagnostics) {
    QStringList lines;
    for (const Diagnostic& d : diagnostics)
        if (d.severity == Severity::Error && lines.size() < 10)
            lines << QString::fromStdString(d.format());
    return lines.join('\n');
}

} // namespace

class TestFactoryGenerator : public QObject {
    Q_OBJECT

private slots:
    void sizes_data() {
        QTest::addColumn<long long>("n");
        for (long long n : {10LL, 23LL, 24LL, 100LL, 1000LL, 10000LL})
            QTest::newRow(std::to_string(n).c_str()) << n;
    }

    void sizes() {
        QFETCH(long long, n);
        const Project p = generateFactory({n, 1});
        const auto count = static_cast<long long>(p.elements.size());
        QVERIFY2(std::llabs(count - n) <= tolerance(n),
                 qPrintable(QString("%1 elements for %2").arg(count).arg(n)));

        const Diagnostics diagnostics =
            validateProject(p, TypeLibrary::builtin(), CapabilityCatalogue::builtin(), nullptr, "generated");
        QVERIFY2(!hasErrors(diagnostics), qPrintable(errorsOf(diagnostics)));

        QCOMPARE(reachable(p), p.elements.size());

        std::set<std::string> ids, linkIds;
        for (const Element& e : p.elements)
            QVERIFY2(ids.insert(e.id).second, e.id.c_str());
        for (const Link& l : p.links) {
            QVERIFY(l.id.has_value());
            QVERIFY2(linkIds.insert(*l.id).second, l.id->c_str());
        }
        QVERIFY(!p.subsystems.empty());
        QVERIFY(!p.applications.empty());
        QCOMPARE(p.scenarios.size(), std::size_t(1));
    }

    void containsEveryRole() {
        for (long long n : {10LL, 1000LL}) {
            const Project p = generateFactory({n, 3});
            std::set<std::string> kinds;
            for (const Element& e : p.elements)
                kinds.insert(e.kind);
            for (const char* k : {"sensor", "actuator", "plc", "gateway", "switch", "firewall", "router",
                                  "edge-server", "message-broker", "cloud"})
                QVERIFY2(kinds.count(k), k);
            if (n >= 1000)
                for (const char* k : {"access-point", "database", "id-resolver", "application-server"})
                    QVERIFY2(kinds.count(k), k);
            std::set<std::string> zoneTypes;
            for (const Zone& z : p.zones)
                zoneTypes.insert(z.type);
            for (const char* t : {"ot-field", "ot-workshop", "it-enterprise", "dmz", "cloud"})
                QVERIFY2(zoneTypes.count(t), t);
        }
    }

    void aboutOneAndAHalfLinksPerElement() {
        const Project p = generateFactory({10000, 1});
        const double ratio = double(p.links.size()) / double(p.elements.size());
        QVERIFY2(std::abs(ratio - 1.5) < 0.05, qPrintable(QString("%1 links per element").arg(ratio)));
        bool dedicated = false, internet = false;
        for (const Link& l : p.links) {
            dedicated = dedicated || l.medium == "dedicated-line";
            internet = internet || l.medium == "internet";
        }
        QVERIFY(dedicated && internet);
    }

    void layersAreBandsTopToBottom() {
        // Service on top (smallest y), then network, then devices.
        const Project p = generateFactory({1000, 1});
        const TypeLibrary& types = TypeLibrary::builtin();
        double serviceMax = -1e300, networkMin = 1e300, networkMax = -1e300, deviceMin = 1e300;
        for (const Element& e : p.elements) {
            QVERIFY(e.position.has_value());
            const double y = e.position->y;
            switch (types.kind(e.kind)->layer) {
            case ElementLayer::Service:
                serviceMax = std::max(serviceMax, y);
                break;
            case ElementLayer::Network:
                networkMin = std::min(networkMin, y);
                networkMax = std::max(networkMax, y);
                break;
            case ElementLayer::Device:
                deviceMin = std::min(deviceMin, y);
                break;
            }
        }
        QVERIFY(serviceMax < networkMin);
        QVERIFY(networkMax < deviceMin);
    }

    void reproducible() {
        const Project a = generateFactory({1000, 7});
        const Project b = generateFactory({1000, 7});
        QVERIFY(a == b);
        const Project c = generateFactory({1000, 8});
        QVERIFY(!(a == c));
    }
};

QTEST_APPLESS_MAIN(TestFactoryGenerator)
#include "test_factory_generator.moc"
