// Round trips: every example YAML -> .iiotw -> YAML loads to an equal project, and writing that
// project again gives byte-identical text. Also the writer's quoting and number formatting.
#include "yaml_test_support.h"

#include "model/project_io.h"
#include "model/yaml_scalar.h"
#include "model/yaml_writer.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <cstring>
#include <random>

using namespace iiot;

class TestYamlRoundTrip : public QObject {
    Q_OBJECT

private slots:
    void examples_data() {
        QTest::addColumn<QString>("path");
        const QDir dir(IIOT_EXAMPLES_DIR);
        const auto files = dir.entryList({"*.yaml"}, QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const auto& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void examples() {
        QFETCH(QString, path);
        const auto first = model::loadProject(path.toStdString());
        for (const auto& d : first.diagnostics)
            qWarning("%s", d.format().c_str());
        QVERIFY(first.ok());

        QTemporaryDir tmp;
        const auto iiotw = tmp.filePath("p.iiotw").toStdString();
        const auto yaml2 = tmp.filePath("p2.yaml").toStdString();
        QCOMPARE(model::saveProject(*first.project, iiotw), std::string());
        const auto second = model::loadProject(iiotw);
        QVERIFY(second.ok());
        QVERIFY(*second.project == *first.project);

        QCOMPARE(model::saveProject(*second.project, yaml2), std::string());
        const auto third = model::loadProject(yaml2);
        QVERIFY(third.ok());
        QVERIFY(*third.project == *first.project);
        // A third write of what was loaded is byte-identical to the second.
        QCOMPARE(model::writeProjectYaml(*third.project), model::writeProjectYaml(*second.project));
    }

    void quotingKeepsStrings_data() {
        QTest::addColumn<QString>("text");
        for (const char* s : {"yes",
                              "No",
                              "on",
                              "OFF",
                              "y",
                              "n",
                              "true",
                              "null",
                              "~",
                              "",
                              "1",
                              "1.5",
                              "-3",
                              ".5",
                              "1e3",
                              "0x1F",
                              "0o7",
                              "12:30",
                              "2024-01-01",
                              ".nan",
                              ".inf",
                              "-.inf",
                              "a: b",
                              "a:b",
                              "#tag",
                              "a #b",
                              "- x",
                              "? q",
                              "[x]",
                              "{y}",
                              "a,b",
                              " lead",
                              "trail ",
                              "'single'",
                              "\"double\"",
                              "back\\slash",
                              "line\nbreak",
                              "tab\there",
                              "&anchor",
                              "*alias",
                              "!tag",
                              "|",
                              ">",
                              "%",
                              "@",
                              "`",
                              "Ärger über Öl",
                              "88.1000.1/plc1"})
            QTest::newRow(s[0] ? s : "(empty)") << QString::fromUtf8(s);
    }

    void quotingKeepsStrings() {
        QFETCH(QString, text);
        model::Project p;
        p.name = text.toStdString();
        p.description = text.toStdString();
        model::Element e;
        e.id = "e1";
        e.kind = "sensor";
        e.name = text.toStdString();
        e.identifier = text.toStdString();
        e.properties["note"] = text.toStdString();
        if (!text.isEmpty())
            e.properties[text.toStdString()] = "key";
        p.elements.push_back(e);
        const auto written = model::writeProjectYaml(p);
        const auto r = test::readYaml(written);
        QVERIFY2(r.project.has_value(), written.c_str());
        QCOMPARE(r.project->elements.at(0).name, e.name);
        QCOMPARE(r.project->elements.at(0).identifier, e.identifier);
        QCOMPARE(r.project->elements.at(0).properties, e.properties);
        QCOMPARE(r.project->description, p.description);
        if (!text.isEmpty())
            QCOMPARE(r.project->name, p.name);
    }

    void numbersRoundTripExactly() {
        std::mt19937_64 gen(42);
        std::uniform_real_distribution<double> mantissa(-1, 1);
        std::uniform_int_distribution<int> exponent(-300, 300);
        for (int i = 0; i < 20000; ++i) {
            const double v = std::ldexp(mantissa(gen), exponent(gen));
            const auto text = model::formatNumber(v);
            const auto back = model::parseNumber(text);
            QCOMPARE(back.error, model::NumberError::None);
            QVERIFY(std::memcmp(&back.value, &v, sizeof v) == 0 || (v == 0 && back.value == 0));
            // YAML 1.1 readers need a '.' in a float with an exponent.
            if (text.find('e') != std::string::npos)
                QVERIFY(text.find('.') != std::string::npos);
        }
        QCOMPARE(model::formatNumber(100), std::string("100"));
        QCOMPARE(model::formatNumber(0.1), std::string("0.1"));
        QCOMPARE(model::formatNumber(1e-6), std::string("1.0e-06"));
    }

    void scalarParsing() {
        QCOMPARE(model::parseNumber("1e999").error, model::NumberError::OutOfRange);
        QCOMPARE(model::parseNumber("-.inf").error, model::NumberError::NotFinite);
        QCOMPARE(model::parseNumber("0x10").error, model::NumberError::NotANumber);
        QCOMPARE(model::parseNumber("+2.5").value, 2.5);
        QCOMPARE(model::parseInteger("9223372036854775807").value, 9223372036854775807LL);
        QCOMPARE(model::parseInteger("9223372036854775808").error, model::NumberError::OutOfRange);
        QCOMPARE(model::parseInteger("3.5").error, model::NumberError::NotAnInteger);
        QCOMPARE(model::parseInteger("4.0").value, 4LL);
        QVERIFY(!model::parseBool("yes"));
        QCOMPARE(*model::parseBool("false"), false);
    }

    void everyFieldRoundTrips() {
        // A project that sets every optional of every entity, through YAML and back.
        const std::string text = std::string(test::kHeader) + R"(description: "all fields"
targets: {device: integration, network: interconnection, service: information-fusion, trust: integration}
capability_weights: {service.ha-redundancy: 3}
zones:
  - {id: z, name: Zone, type: ot-field}
subsystems:
  - {id: s, name: Sub, priority: 8}
elements:
  - id: e1
    kind: edge-server
    name: Edge
    zone: z
    subsystem: s
    position: [1.5, -2]
    identifier: "id/1"
    interfaces: [ethernet, wifi]
    protocols: []
    compute: {cores: 2, mips_per_core: 1000, ram_mb: 512, storage_mb: 4096}
    vnf: {cores: 4, cost_per_core: 1.5, cost_function: step, alpha1: 12, alpha2: 0.2, beta: 5, gamma1: 5, gamma2: 2}
    capacity: {memory_gb: 64, power_w: 5000}
    power: {idle_w: 5, max_w: 20}
    radio: {tx_power_w: 0.5, channel_gain: 1.0e-06}
    capabilities: {}
    properties: {vendor: ACME}
  - {id: e2, kind: sensor, capabilities: {device.monitoring: 3}}
links:
  - {id: l9, from: e1, to: e2, medium: wifi, bandwidth_mbps: 54, latency_ms: 2, loss: 0.01, cost_per_mbps: 2, channel_mhz: 20, noise_w: 1.0e-09}
applications:
  - id: a
    subsystem: s
    priority: 9
    generated_by: {kinds: [sensor]}
    arrival: {type: periodic, period_s: 0.5}
    data_kb: {dist: uniform, min: 1, max: 2}
    result_kb: {dist: constant, value: 3}
    instructions_mi: {dist: normal, mean: 40, sd: 5}
    max_latency_ms: 10
    offloadable: true
    container_mb: 64
    demands: {memory_gb: [3, 5]}
    request: {memory_gb: 4.5}
    hosts: [e1]
  - {id: b, generated_by: {elements: [e2]}, arrival: {type: once}, data_kb: {dist: exponential, mean: 7}}
vnf_types:
  - {id: fw, cores: 1, processing_ms: 0.01}
services:
  - {id: sv, class: remote-operation, source: e2, destination: e1, chain: [fw, fw], bandwidth_mbps: 0.8, max_delay_ms: 0.25}
scenarios:
  - {id: sc, duration_s: 60, warmup_s: 1, seed: 7, policy: cms-astp, sample_interval_s: 0.5, device_counts: [2, 3], replications: 2, mobility: {speed_mps: 1.4, range_m: 25}, area_m: [300, 300]}
)";
        const auto r = test::readYaml(text);
        for (const auto& d : r.diagnostics)
            qWarning("%s", d.format().c_str());
        QVERIFY(r.ok());
        const auto& p = *r.project;
        QVERIFY(p.elements[0].capabilities && p.elements[0].capabilities->empty());
        QVERIFY(p.elements[0].protocols && p.elements[0].protocols->empty());
        QVERIFY(!p.elements[1].interfaces);
        QCOMPARE(p.applications[0].instructions_mi->kind, model::DistributionKind::Normal);
        QCOMPARE(p.applications[0].result_kb->kind, model::DistributionKind::Constant);
        const auto again = test::readYaml(model::writeProjectYaml(p));
        QVERIFY(again.ok());
        QVERIFY(*again.project == p);
    }

    void linkIdsAreGenerated() {
        const auto r =
            test::readYaml(std::string(test::kHeader) +
                           "elements:\n  - {id: a, kind: switch}\n  - {id: b, kind: switch}\n"
                           "  - {id: c, kind: switch}\nlinks:\n  - {from: a, to: b, medium: fibre}\n"
                           "  - {id: l1, from: b, to: c, medium: fibre}\n");
        QVERIFY(r.ok());
        QCOMPARE(*r.project->links[0].id, std::string("l2")); // l1 is taken
        QCOMPARE(*r.project->links[1].id, std::string("l1"));
    }
};

QTEST_APPLESS_MAIN(TestYamlRoundTrip)
#include "test_yaml_round_trip.moc"
