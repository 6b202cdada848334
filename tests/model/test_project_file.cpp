// The project file .iiotw: lossless round trips, and saves that fail without harming the previous
// file. Bad files on open: test_project_file_bad_input.cpp.
#include "model/project_file.h"

#include "file_bytes.h"
#include <QTemporaryDir>

#include <QtTest>

#include <cmath>
#include <cstring>
#include <limits>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace iiot::model;
using iiot::test::contains;
using iiot::test::readBytes;
using iiot::test::writeBytes;

namespace {

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

Element fullElement() {
    Element e;
    e.id = "plc1";
    e.kind = "plc";
    e.name = "Line PLC \xc3\xbc";
    e.zone = "cell-a";
    e.subsystem = "SCAS";
    e.position = Position{120.5, -340.25};
    e.identifier = "88.1000.1/plc1";
    e.interfaces = std::vector<std::string>{"profinet", "ethernet", "wifi"}; // not sorted: order must survive
    e.protocols = std::vector<std::string>{"opc-ua", "modbus"};
    e.compute = Compute{2, 1000.5, 512, 4096};
    e.vnf = Vnf{4, 1.25, CostFunction::Step, 0.1, 0.2, 0.3, 0.4, 0.5};
    e.capacity = std::map<std::string, double>{{"memory_gb", 64}, {"power_w", 5000}};
    e.power = Power{5, 20};
    e.radio = Radio{0.5, 1.0e-6};
    e.capabilities = std::map<std::string, int>{{"device.data-processing", 3}, {"device.identification", 1}};
    e.properties = {{"vendor", "Mitsubishi"}, {"note", std::string("two\nlines, a NUL \0 inside", 24)}};
    return e;
}

Application fullApplication() {
    Application a;
    a.id = "process-monitoring";
    a.subsystem = "SCAS";
    a.priority = 9;
    a.generated_by = GeneratedBy{std::vector<std::string>{"sensor", "camera"}, std::nullopt};
    a.arrival = Arrival{ArrivalType::Poisson, 0.2, std::nullopt};
    a.data_kb = Quantity::number(2000);
    a.result_kb = Quantity{DistributionKind::Constant, 10, 0};
    a.instructions_mi = Quantity{DistributionKind::Uniform, 40, 90};
    a.max_latency_ms = 10;
    a.offloadable = false;
    a.container_mb = 128;
    a.demands = std::map<std::string, Demand>{{"memory_gb", {3, 5}}, {"power_w", {450, 550}}};
    a.request = std::map<std::string, double>{{"memory_gb", 4.5}};
    a.hosts = std::vector<std::string>{"edge2", "edge1"};
    return a;
}

// Sets every field of every entity at least once.
Project fullProject() {
    Project p;
    p.name = "Personalised box line";
    p.description = "Testbed of the slicing paper";
    p.targets = LayerTargets{FrameworkLevel::Integration, FrameworkLevel::Interconnection,
                             FrameworkLevel::InformationFusion, FrameworkLevel::Integration};
    p.capability_weights =
        std::map<std::string, long long>{{"service.ha-redundancy", 3}, {"device.identification", 2}};
    p.zones = {{"cell-a", "Assembly cell A", "ot-field"}, {"cloud", std::nullopt, "cloud"}};
    Element minimal;
    minimal.id = "sw1";
    minimal.kind = "switch";
    p.elements = {fullElement(), minimal};
    Link link{"l1", "plc1", "sw1", "profinet", 100, 0.1, 0.001, 1.5, 20, 1.0e-9, {{"LinkLabel", "10 Gbps"}}};
    Link bare;
    bare.from = "sw1";
    bare.to = "plc1";
    bare.medium = "ethernet";
    p.links = {link, bare};
    p.subsystems = {{"SCAS", "Smart connected assembly line", 8}, {"AUX", std::nullopt, std::nullopt}};
    Application periodic;
    periodic.id = "camera-upload";
    periodic.generated_by = GeneratedBy{std::nullopt, std::vector<std::string>{"s2", "s1"}};
    periodic.arrival = Arrival{ArrivalType::Periodic, std::nullopt, 0.5};
    periodic.data_kb = Quantity{DistributionKind::Exponential, 300, 0};
    periodic.result_kb = Quantity{DistributionKind::Normal, 12, 3};
    periodic.offloadable = true;
    Application once;
    once.id = "report";
    once.arrival = Arrival{ArrivalType::Once, std::nullopt, std::nullopt};
    p.applications = {fullApplication(), periodic, once};
    p.vnf_types = {{"firewall", 1, 0.01}, {"encryption", 2, std::nullopt}};
    p.services = {{"ro-1", "remote-operation", "plc1", "sw1",
                   std::vector<std::string>{"firewall", "encryption", "firewall"}, 0.8, 0.25},
                  {"plain", std::nullopt, "sw1", "plc1", std::nullopt, 1, 2}};
    Scenario full;
    full.id = "baseline";
    full.duration_s = 600;
    full.warmup_s = 10;
    full.seed = -7;
    full.policy = "edge-cloud";
    full.sample_interval_s = 1;
    full.device_counts = std::vector<long long>{400, 200, 300};
    full.replications = 3;
    full.mobility = Mobility{1.4, 25};
    full.area_m = Position{300, 250};
    Scenario bareScenario;
    bareScenario.id = "short";
    bareScenario.duration_s = 1;
    p.scenarios = {full, bareScenario};
    p.results = {{7, "allocate", "greedy", R"({"seed":1})", "2024-05-01T10:00:00Z", R"({"admitted":3})"},
                 {3, "simulate", "edge-cloud", "{}", "2024-05-02T11:30:00Z", R"({"runs":[]})"}};
    return p;
}

// Only the required fields.
Project bareProject() {
    Project p;
    p.name = "bare";
    Element e;
    e.id = "s1";
    e.kind = "sensor";
    p.elements = {e};
    Link l;
    l.from = "s1";
    l.to = "s1";
    l.medium = "wifi";
    p.links = {l};
    Application a;
    a.id = "a";
    p.applications = {a};
    p.subsystems = {Subsystem{"S", std::nullopt, std::nullopt}};
    p.services = {Service{"svc", std::nullopt, "s1", "s1", std::nullopt, 0, 0}};
    p.scenarios = {Scenario{"sc", 5, {}, {}, {}, {}, {}, {}, {}, {}}};
    return p;
}

// Every optional list, map or group present but empty.
Project emptyButPresentProject() {
    Project p = bareProject();
    p.targets = LayerTargets{};
    p.capability_weights = std::map<std::string, long long>{};
    Element& e = p.elements[0];
    e.interfaces = std::vector<std::string>{};
    e.protocols = std::vector<std::string>{};
    e.compute = Compute{};
    e.vnf = Vnf{};
    e.capacity = std::map<std::string, double>{};
    e.power = Power{};
    e.radio = Radio{};
    e.capabilities = std::map<std::string, int>{};
    Application& a = p.applications[0];
    a.generated_by = GeneratedBy{};
    a.demands = std::map<std::string, Demand>{};
    a.request = std::map<std::string, double>{};
    a.hosts = std::vector<std::string>{};
    Application kindsOnly;
    kindsOnly.id = "b";
    kindsOnly.generated_by = GeneratedBy{std::vector<std::string>{}, std::nullopt};
    Application both;
    both.id = "c";
    both.generated_by = GeneratedBy{std::vector<std::string>{}, std::vector<std::string>{"x"}};
    p.applications.push_back(kindsOnly);
    p.applications.push_back(both);
    p.services[0].chain = std::vector<std::string>{};
    p.scenarios[0].device_counts = std::vector<long long>{};
    p.scenarios[0].mobility = Mobility{};
    return p;
}

// A project big enough for a file of many pages.
Project largeProject(int elements) {
    Project p;
    p.name = "large";
    for (int i = 0; i < elements; ++i) {
        Element e = fullElement();
        e.id = "e" + std::to_string(i);
        p.elements.push_back(e);
        p.links.push_back(Link{"l" + std::to_string(i), e.id, "e0", "ethernet", 100, {}, {}, {}, {}, {}, {}});
    }
    return p;
}

} // namespace

class TestProjectFile : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

    // Saves project, reopens it and checks it comes back equal.
    void roundTrip(const Project& project) {
        const std::string file = path("round.iiotw");
        const std::string error = saveProjectFile(project, file);
        QVERIFY2(error.empty(), error.c_str());
        LoadResult loaded = openProjectFile(file);
        QVERIFY2(loaded.ok(),
                 loaded.diagnostics.empty() ? "no project" : loaded.diagnostics[0].format().c_str());
        QVERIFY(loaded.diagnostics.empty());
        const Project& back = *loaded.project;
        // Piecewise first, so a failure says which part differs.
        QVERIFY(back.targets == project.targets);
        QVERIFY(back.capability_weights == project.capability_weights);
        QVERIFY(back.zones == project.zones);
        for (std::size_t i = 0; i < std::min(back.elements.size(), project.elements.size()); ++i)
            QVERIFY2(back.elements[i] == project.elements[i], project.elements[i].id.c_str());
        QVERIFY(back.links == project.links);
        QVERIFY(back.subsystems == project.subsystems);
        for (std::size_t i = 0; i < std::min(back.applications.size(), project.applications.size()); ++i)
            QVERIFY2(back.applications[i] == project.applications[i], project.applications[i].id.c_str());
        QVERIFY(back.vnf_types == project.vnf_types);
        QVERIFY(back.services == project.services);
        QVERIFY(back.scenarios == project.scenarios);
        QVERIFY(back.results == project.results);
        QVERIFY(back == project);
    }

private slots:
    void init() { QVERIFY(dir_.isValid()); }
    void cleanup() {
        for (const QString& f : filesIn(dir_.path()))
            QFile::remove(dir_.filePath(f));
    }

    void roundTripsEveryField() { roundTrip(fullProject()); }
    void roundTripsAllOptionalsAbsent() { roundTrip(bareProject()); }
    void roundTripsEmptyButPresentListsAndMaps() { roundTrip(emptyButPresentProject()); }
    void roundTripsAnEmptyProject() { roundTrip(Project{}); }

    void roundTripsDoublesBitExactly() {
        const double values[] = {0.1,
                                 -0.0,
                                 1e-300,
                                 std::numeric_limits<double>::denorm_min(),
                                 std::numeric_limits<double>::max(),
                                 9007199254740993.0,
                                 1e19,
                                 -2.5,
                                 std::numeric_limits<double>::infinity()};
        Project p = bareProject();
        for (double v : values) {
            Link l = p.links[0];
            l.bandwidth_mbps = v;
            l.loss = v;
            p.links.push_back(l);
        }
        roundTrip(p);
        LoadResult back = openProjectFile(path("round.iiotw"));
        QVERIFY(back.ok());
        for (std::size_t i = 0; i < std::size(values); ++i) {
            const double stored = *back.project->links[i + 1].bandwidth_mbps;
            QVERIFY2(std::memcmp(&stored, &values[i], sizeof stored) == 0,
                     QByteArray::number(values[i], 'g', 17));
        }
    }

    void storedResultsKeepIdsAndOrderAndNewOnesGetFreshIds() {
        Project p = fullProject();
        roundTrip(p);
        p.results.push_back({0, "coverage", "", "{}", "2024-06-01T00:00:00Z", "{}"});
        p.results.push_back({0, "slice", "stnra", R"({"seed":3})", "2024-06-02T00:00:00Z", R"({"x":1})"});
        QVERIFY(saveProjectFile(p, path("r.iiotw")).empty());
        LoadResult back = openProjectFile(path("r.iiotw"));
        QVERIFY(back.ok());
        const auto& results = back.project->results;
        QCOMPARE(results.size(), std::size_t(4));
        QCOMPARE(results[0].id, 7LL);
        QCOMPARE(results[1].id, 3LL);
        QCOMPARE(results[2].id, 8LL); // after the largest id in use
        QCOMPARE(results[3].id, 9LL);
        QCOMPARE(results[3].kind, std::string("slice"));
        QCOMPARE(results[3].parameters, std::string(R"({"seed":3})"));
        QCOMPARE(results[3].created, std::string("2024-06-02T00:00:00Z"));
        QCOMPARE(results[3].json, std::string(R"({"x":1})"));
    }

    void fileHasTheDocumentedHeaderAndSettings() {
        QVERIFY(saveProjectFile(fullProject(), path("h.iiotw")).empty());
        const std::string bytes = readBytes(path("h.iiotw"));
        QVERIFY(bytes.compare(0, 16, std::string("SQLite format 3\0", 16)) == 0);
        auto be32 = [&](std::size_t at) {
            return (unsigned(static_cast<unsigned char>(bytes[at])) << 24) |
                   (unsigned(static_cast<unsigned char>(bytes[at + 1])) << 16) |
                   (unsigned(static_cast<unsigned char>(bytes[at + 2])) << 8) |
                   unsigned(static_cast<unsigned char>(bytes[at + 3]));
        };
        QCOMPARE(be32(68), 0x49494F54u); // application_id
        QCOMPARE(be32(60), 2u);          // user_version: schema 2 (link properties)
        QCOMPARE(int(bytes[18]), 1);     // file format 1: rollback journal, not WAL
    }

    void openLeavesAGoodFileUntouched() {
        QVERIFY(saveProjectFile(fullProject(), path("p.iiotw")).empty());
        const std::string before = readBytes(path("p.iiotw"));
        QVERIFY(openProjectFile(path("p.iiotw")).ok());
        QCOMPARE(readBytes(path("p.iiotw")), before);
        QCOMPARE(filesIn(dir_.path()), QStringList{"p.iiotw"});
    }

    void saveReplacesTheFileAndLeavesNoTemporaries() {
        const std::string file = path("p.iiotw");
        QVERIFY(saveProjectFile(bareProject(), file).empty());
        QVERIFY(::chmod(file.c_str(), 0600) == 0);
        QVERIFY(saveProjectFile(fullProject(), file).empty());
        QVERIFY(*openProjectFile(file).project == fullProject());
        QCOMPARE(filesIn(dir_.path()), QStringList{"p.iiotw"});
        struct stat st {};
        QVERIFY(::stat(file.c_str(), &st) == 0);
        QCOMPARE(int(st.st_mode & 0777), 0600); // the user's permissions are kept
    }

    void saveRefusesNotANumberAndKeepsThePreviousFile() {
        const std::string file = path("p.iiotw");
        QVERIFY(saveProjectFile(bareProject(), file).empty());
        const std::string before = readBytes(file);
        Project p = fullProject();
        p.links[0].loss = std::nan("");
        const std::string error = saveProjectFile(p, file);
        QVERIFY2(contains(error, "cannot save '" + file + "'"), error.c_str());
        QVERIFY2(contains(error, "not a number (NaN): column 'loss' of row 1 of table 'links'"),
                 error.c_str());
        QVERIFY2(contains(error, "was not changed"), error.c_str());
        QCOMPARE(readBytes(file), before);
        QCOMPARE(filesIn(dir_.path()), QStringList{"p.iiotw"});
    }

    void saveIntoAReadOnlyFolderKeepsThePreviousFile() {
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions");
        const QString sub = dir_.filePath("locked");
        QVERIFY(QDir().mkdir(sub));
        const std::string file = (sub + "/p.iiotw").toStdString();
        QVERIFY(saveProjectFile(bareProject(), file).empty());
        const std::string before = readBytes(file);
        QVERIFY(::chmod(sub.toLocal8Bit().constData(), 0555) == 0);
        const std::string error = saveProjectFile(fullProject(), file);
        ::chmod(sub.toLocal8Bit().constData(), 0755);
        QVERIFY2(contains(error, "cannot save '" + file + "'"), error.c_str());
        QVERIFY2(contains(error, "Permission denied"), error.c_str());
        QVERIFY2(contains(error, "was not changed"), error.c_str());
        QCOMPARE(readBytes(file), before);
        QCOMPARE(filesIn(sub), QStringList{"p.iiotw"});
        QDir(sub).removeRecursively();
    }

    void saveBeyondAFileSizeLimitKeepsThePreviousFile() {
        const std::string file = path("p.iiotw");
        QVERIFY(saveProjectFile(bareProject(), file).empty());
        const std::string before = readBytes(file);
        const Project big = largeProject(2000);
        int pipeFds[2];
        QVERIFY(::pipe(pipeFds) == 0);
        pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The child runs out of space the way a full disk does: writes fail with EFBIG.
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit {};
            limit.rlim_cur = limit.rlim_max = 256 * 1024;
            ::setrlimit(RLIMIT_FSIZE, &limit);
            const std::string error = saveProjectFile(big, file);
            ssize_t ignored = ::write(pipeFds[1], error.data(), error.size());
            (void)ignored;
            ::_exit(0);
        }
        ::close(pipeFds[1]);
        std::string error;
        char buffer[512];
        for (ssize_t n; (n = ::read(pipeFds[0], buffer, sizeof buffer)) > 0;)
            error.append(buffer, static_cast<std::size_t>(n));
        ::close(pipeFds[0]);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status));
        QVERIFY2(contains(error, "cannot save '" + file + "'"), error.c_str());
        QVERIFY2(contains(error, "File too large") || contains(error, "disk is full"), error.c_str());
        QVERIFY2(contains(error, "was not changed"), error.c_str());
        QCOMPARE(readBytes(file), before);
        QCOMPARE(filesIn(dir_.path()), QStringList{"p.iiotw"});
        QVERIFY(*openProjectFile(file).project == bareProject());
    }
};

QTEST_APPLESS_MAIN(TestProjectFile)
#include "test_project_file.moc"
