// The type library and the capability catalogue hold every identifier the format promises
// (FORMAT.md section 3, MODELS.md section 2), and their internal references are consistent.
#include "model/capability_catalogue.h"
#include "model/type_library.h"

#include <QtTest>

using namespace iiot::model;

class TestTypeLibrary : public QObject {
    Q_OBJECT

private slots:
    void kindsOfEachLayer() {
        const auto& t = TypeLibrary::builtin();
        const std::vector<std::pair<ElementLayer, std::vector<std::string>>> promised = {
            {ElementLayer::Device,
             {"sensor", "actuator", "plc", "robot", "cnc", "agv", "hmi", "rfid-reader", "camera",
              "industrial-pc", "gateway"}},
            {ElementLayer::Network,
             {"switch", "tsn-switch", "router", "firewall", "data-diode", "sdn-controller", "base-station",
              "access-point"}},
            {ElementLayer::Service,
             {"edge-server", "fog-node", "cloud", "storage", "database", "message-broker",
              "application-server", "id-resolver"}}};
        for (const auto& [layer, ids] : promised)
            for (const auto& id : ids) {
                const auto* k = t.kind(id);
                QVERIFY2(k, id.c_str());
                QCOMPARE(k->layer, layer);
                QVERIFY2(!k->icon.empty(), id.c_str());
                for (const auto& m : k->interfaces)
                    QVERIFY2(t.medium(m), (id + " names " + m).c_str());
                for (const auto& [cap, level] : k->capabilities) {
                    QVERIFY2(CapabilityCatalogue::builtin().find(cap), (id + " names " + cap).c_str());
                    QVERIFY(level >= 0 && level <= 3);
                }
            }
        QCOMPARE(t.kinds().size(), std::size_t(27));
        // End devices are never transit elements; gateways and industrial PCs are (MODELS.md section 4).
        QVERIFY(t.kind("sensor")->end_device);
        QVERIFY(!t.kind("gateway")->end_device);
        QVERIFY(!t.kind("industrial-pc")->end_device);
    }

    void mediaAndProtocols() {
        const auto& t = TypeLibrary::builtin();
        for (const char* id : {"profinet",       "ethercat", "ethernet-ip", "modbus-rtu",   "modbus-tcp",
                               "profibus",       "canopen",  "io-link",     "hart",         "tsn",
                               "ethernet",       "fibre",    "wifi",        "5g",           "4g",
                               "lorawan",        "zigbee",   "bluetooth",   "wirelesshart", "pon",
                               "dedicated-line", "internet"}) {
            const auto* m = t.medium(id);
            QVERIFY2(m, id);
            QVERIFY(m->bandwidth_mbps > 0);
            QVERIFY(m->latency_ms >= 0);
        }
        for (const char* id : {"wifi", "5g", "4g", "lorawan", "zigbee", "bluetooth", "wirelesshart"})
            QVERIFY2(t.medium(id)->wireless, id);
        for (const char* id : {"profinet", "ethernet", "fibre", "dedicated-line", "internet"})
            QVERIFY2(!t.medium(id)->wireless, id);
        for (const char* id :
             {"mqtt", "opc-ua", "coap", "modbus", "profinet", "ethercat", "amqp", "http", "lwm2m", "dds"})
            QVERIFY2(t.protocol(id), id);
        for (const char* id : {"ot-field", "ot-workshop", "it-enterprise", "dmz", "inter-network", "cloud"})
            QVERIFY2(t.zoneType(id), id);
        QVERIFY(t.zoneType("ot-field")->ot && t.zoneType("ot-workshop")->ot && !t.zoneType("dmz")->ot);
    }

    void catalogueMatchesTheFramework() {
        const auto& c = CapabilityCatalogue::builtin();
        QCOMPARE(c.capabilities().size(), std::size_t(24));
        QCOMPARE(c.levelValue(0), 0.0);
        QCOMPARE(c.levelValue(1), 0.5);
        QCOMPARE(c.levelValue(2), 0.8);
        QCOMPARE(c.levelValue(3), 1.0);
        const auto* sdn = c.find("network.sdn");
        QVERIFY(sdn);
        QCOMPARE(sdn->level, iiot::model::FrameworkLevel::Interconnection);
        QCOMPARE(sdn->aggregation, Aggregation::Each);
        QVERIFY(sdn->scope.contains("router", ElementLayer::Network));
        QVERIFY(!sdn->scope.contains("sdn-controller", ElementLayer::Network));
        const auto* edge = c.find("device.edge-computing");
        QVERIFY(edge->scope.contains("gateway", ElementLayer::Device));
        QVERIFY(!edge->scope.contains("sensor", ElementLayer::Device));
        QCOMPARE(c.find("trust.identification")->aggregation, Aggregation::Structural);
        QCOMPARE(c.find("service.information-sharing")->level,
                 iiot::model::FrameworkLevel::InformationFusion);
        // Levels per layer as in MODELS.md section 2: count capabilities per layer and level.
        std::map<std::pair<FrameworkLayer, iiot::model::FrameworkLevel>, int> cells;
        for (const auto& cap : c.capabilities())
            ++cells[{cap.layer, cap.level}];
        using L = iiot::model::FrameworkLevel;
        QCOMPARE((cells[{FrameworkLayer::Device, L::Integration}]), 6);
        QCOMPARE((cells[{FrameworkLayer::Network, L::Integration}]), 4);
        QCOMPARE((cells[{FrameworkLayer::Network, L::Interconnection}]), 3);
        QCOMPARE((cells[{FrameworkLayer::Service, L::Integration}]), 4);
        QCOMPARE((cells[{FrameworkLayer::Service, L::Interconnection}]), 1);
        QCOMPARE((cells[{FrameworkLayer::Service, L::InformationFusion}]), 3);
        QCOMPARE((cells[{FrameworkLayer::Trust, L::Integration}]), 1);
        QCOMPARE((cells[{FrameworkLayer::Trust, L::Interconnection}]), 1);
        QCOMPARE((cells[{FrameworkLayer::Trust, L::InformationFusion}]), 1);
    }

    void badLibraryIsRefusedWithPlace() {
        bool threw = false;
        try {
            TypeLibrary::fromYaml("media: []\nprotocols: []\nzone_types: []\nkinds:\n"
                                  "  - {id: x, label: X, layer: device, icon: x.svg, interfaces: [warp]}\n",
                                  "types.yaml");
        } catch (const std::runtime_error& e) {
            threw = true;
            QVERIFY(std::string(e.what()).find("types.yaml:5:") == 0);
            QVERIFY(std::string(e.what()).find("unknown medium 'warp'") != std::string::npos);
        }
        QVERIFY(threw);
    }
};

QTEST_APPLESS_MAIN(TestTypeLibrary)
#include "test_type_library.moc"
