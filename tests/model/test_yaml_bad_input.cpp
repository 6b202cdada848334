// Every bad input of FORMAT.md section 6 for YAML: a clear message at the right line and column,
// no crash, no hang.
#include "yaml_test_support.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>
#include <fcntl.h>
#include <unistd.h>

using namespace iiot;
using test::findDiagnostic;
using test::kHeader;
using test::readYaml;

class TestYamlBadInput : public QObject {
    Q_OBJECT

    // Reads text, requires it to fail with a diagnostic containing part at line:column, where the
    // column is where marker starts on that line of the text.
    void expectError(const std::string& text, const std::string& part, int line, const std::string& marker,
                     const std::string& hintPart = {}) {
        std::size_t start = 0;
        for (int l = 1; l < line; ++l)
            start = text.find('\n', start) + 1;
        const auto lineText = text.substr(start, text.find('\n', start) - start);
        const auto at = lineText.find(marker);
        QVERIFY2(at != std::string::npos, "marker not on that line");
        expectErrorAt(text, part, line, static_cast<int>(at) + 1, hintPart);
    }

    void expectErrorAt(const std::string& text, const std::string& part, int line, int column,
                       const std::string& hintPart = {}) {
        QElapsedTimer timer;
        timer.start();
        const auto r = readYaml(text);
        QVERIFY2(timer.elapsed() < 5000, "reading took too long");
        QVERIFY(!r.ok());
        const auto* d = findDiagnostic(r, part);
        if (!d) {
            std::string all;
            for (const auto& x : r.diagnostics)
                all += x.format() + "\n";
            QFAIL(("no diagnostic containing '" + part + "'; got:\n" + all).c_str());
        }
        QCOMPARE(d->severity, model::Severity::Error);
        QCOMPARE(d->file, std::string("test.yaml"));
        QCOMPARE(d->location.line, line);
        QCOMPARE(d->location.column, column);
        if (!hintPart.empty())
            QVERIFY2(d->hint.find(hintPart) != std::string::npos, d->hint.c_str());
        QVERIFY(d->format().rfind(
                    "test.yaml:" + std::to_string(line) + ":" + std::to_string(column) + ": error: ", 0) ==
                0);
    }

private slots:
    void selfReferencingAlias() { expectError("a: &a [*a]\n", "anchors and aliases", 1, "&a", "in full"); }

    void billionLaughs() {
        std::string text =
            "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
        for (char c = 'b'; c <= 'i'; ++c) {
            const char prev = static_cast<char>(c - 1);
            text += std::string(1, c) + ": &" + c + " [";
            for (int i = 0; i < 9; ++i)
                text += std::string(i ? "," : "") + "*" + prev;
            text += "]\n";
        }
        expectError(text, "anchors and aliases", 1, "&a");
    }

    void tenThousandNestedBrackets() {
        const auto r = readYaml(std::string(10000, '['));
        const auto* d = findDiagnostic(r, "nesting deeper than 64");
        QVERIFY(d);
        QCOMPARE(d->location.line, 1);
        QVERIFY(d->location.column >= 1 && d->location.column <= 66);
    }

    void loneComma() { expectError(",", "not a project file", 1, ","); }

    void emptyText() {
        const auto r = readYaml("");
        QVERIFY(!r.ok());
        QVERIFY(findDiagnostic(r, "not a project file"));
    }

    void duplicateKeys() {
        expectError(std::string(kHeader) + "name: Other\n", "duplicate key 'name'", 3, "name",
                    "first given at line 2");
    }

    void nanNumber() {
        expectError(std::string(kHeader) + "elements:\n  - {id: s, kind: switch, position: [.nan, 1]}\n",
                    "must be a finite number", 4, ".nan");
    }

    void hugeFloat() {
        expectError(std::string(kHeader) + "scenarios:\n  - {id: x, duration_s: 1e999}\n", "out of range", 4,
                    "1e999");
    }

    void integerOverflow() {
        expectError(std::string(kHeader) + "elements:\n  - id: e\n    kind: edge-server\n"
                                           "    compute: {cores: 99999999999999999999}\n",
                    "out of range", 6, "999", "9.2e18");
    }

    void unknownKeyDidYouMean() {
        expectError(std::string(kHeader) + "elements:\n  - id: e\n    kind: sensor\n    zonee: z\n",
                    "unknown key 'zonee'", 6, "zonee", "did you mean 'zone'?");
    }

    void unknownKind() {
        expectError(std::string(kHeader) + "elements:\n  - {id: e, kind: sensr}\n", "unknown kind 'sensr'", 4,
                    "sensr", "did you mean 'sensor'?");
    }

    void danglingReference() {
        expectError(std::string(kHeader) +
                        "elements:\n  - {id: plc1, kind: plc}\n  - {id: sw1, kind: switch}\n"
                        "links:\n  - {from: plc1, to: sw2, medium: profinet}\n",
                    "names element 'sw2', which does not exist", 7, "sw2", "did you mean 'sw1'?");
    }

    void duplicateId() {
        expectError(std::string(kHeader) + "elements:\n  - {id: a, kind: plc}\n  - {id: a, kind: switch}\n",
                    "duplicate element id 'a'", 5, "a,");
    }

    void linkToItself() {
        expectError(std::string(kHeader) + "elements:\n  - {id: a, kind: switch}\n"
                                           "links:\n  - {from: a, to: a, medium: ethernet}\n",
                    "joins element 'a' to itself", 6, "a, medium");
    }

    void mediumNotInInterfaces() {
        expectError(std::string(kHeader) +
                        "elements:\n  - {id: plc1, kind: plc}\n  - {id: sw1, kind: switch}\n"
                        "links:\n  - {from: plc1, to: sw1, medium: ethercat}\n",
                    "element 'sw1' has no EtherCAT interface", 7, "ethercat", "add 'ethercat'");
    }

    void unknownMediumDidYouMean() {
        expectError(std::string(kHeader) + "elements:\n  - {id: a, kind: switch}\n  - {id: b, kind: switch}\n"
                                           "links:\n  - {from: a, to: b, medium: ethernett}\n",
                    "unknown medium 'ethernett'", 7, "ethernett", "did you mean 'ethernet'?");
    }

    void duplicateLinkSameMedium() {
        expectError(std::string(kHeader) + "elements:\n  - {id: a, kind: switch}\n  - {id: b, kind: switch}\n"
                                           "links:\n  - {from: a, to: b, medium: fibre}\n"
                                           "  - {from: b, to: a, medium: fibre}\n",
                    "duplicates another fibre link", 8, "{");
        // A second link over another medium is a redundant path, not an error.
        const auto ok = readYaml(std::string(kHeader) + "elements:\n  - {id: a, kind: switch}\n"
                                                        "  - {id: b, kind: switch}\nlinks:\n"
                                                        "  - {from: a, to: b, medium: fibre}\n"
                                                        "  - {from: b, to: a, medium: ethernet}\n");
        QVERIFY(ok.ok());
    }

    void wrongTypes() {
        expectError(std::string(kHeader) + "elements:\n  - {id: a, kind: switch, position: 3}\n",
                    "'position' must be a list", 4, "3}");
        expectError(std::string(kHeader) + "applications:\n  - {id: a, offloadable: yes}\n",
                    "must be true or false", 4, "yes");
        expectError(std::string(kHeader) +
                        "links:\n  - {from: a, to: b, medium: wifi, bandwidth_mbps: \"10\"}\n",
                    "must be a number", 4, "\"10\"");
    }

    void outOfRange() {
        expectError(std::string(kHeader) + "subsystems:\n  - {id: s, priority: 11}\n",
                    "'priority' of subsystem 's' must lie between 1 and 10, found 11", 4, "11");
    }

    void wrongFormat() {
        expectError("format: iiot-workbench/2\nname: x\n", "unsupported format", 1, "iiot");
        expectError("name: x\n", "needs 'format'", 1, "name");
    }

    void requestAboveDemand() {
        expectError(
            std::string(kHeader) +
                "applications:\n  - id: a\n    demands: {memory_gb: [3, 5]}\n    request: {power_w: 4}\n",
            "requests 'power_w', which it does not demand", 6, "4}");
    }

    void fileOver64MiB() {
        QTemporaryDir dir;
        const std::string path = dir.filePath("huge.yaml").toStdString();
        const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY, 0644);
        QVERIFY(fd >= 0);
        QCOMPARE(::ftruncate(fd, static_cast<off_t>(model::kMaxYamlBytes) + 1), 0); // sparse: no disk used
        ::close(fd);
        QElapsedTimer timer;
        timer.start();
        const auto r = model::readProjectYamlFile(path, model::TypeLibrary::builtin(),
                                                  model::CapabilityCatalogue::builtin());
        QVERIFY(timer.elapsed() < 1000); // refused before reading
        QVERIFY(!r.project);
        QCOMPARE(r.diagnostics.size(), std::size_t(1));
        QVERIFY(r.diagnostics[0].message.find("larger than 64 MiB") != std::string::npos);
        QCOMPARE(r.diagnostics[0].file, path);
    }

    void manyErrorsAllReported() {
        std::string text = std::string(kHeader) + "elements:\n";
        for (int i = 0; i < 50; ++i)
            text += "  - {id: e" + std::to_string(i) + ", kind: nope}\n";
        const auto r = readYaml(text);
        QCOMPARE(r.diagnostics.size(), std::size_t(50));
        QCOMPARE(r.diagnostics.back().location.line, 53);
    }
};

QTEST_APPLESS_MAIN(TestYamlBadInput)
#include "test_yaml_bad_input.moc"
