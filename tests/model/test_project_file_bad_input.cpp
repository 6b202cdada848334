// Opening bad project files (FORMAT.md section 6): each is refused with one clear error that names
// the file and says what to do, and the file is left byte-identical with nothing created beside it.
#include "model/project_file.h"

#include "file_bytes.h"
#include <QTemporaryDir>

#include <QtTest>

#include <sqlite3.h>

using namespace iiot::model;
using iiot::test::contains;
using iiot::test::readBytes;
using iiot::test::writeBytes;

namespace {

// Runs SQL on a file with the plain SQLite API (to fake files of other programs or versions).
void sqliteExec(const std::string& path, const std::string& sql) {
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(path.c_str(), &db), SQLITE_OK);
    char* error = nullptr;
    int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    QVERIFY2(rc == SQLITE_OK, error ? error : "sqlite3_exec failed");
    sqlite3_free(error);
    QCOMPARE(sqlite3_close(db), SQLITE_OK);
}

QStringList filesIn(const QString& dir) {
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

// A valid project; element 0 has a position, interfaces and protocols, and there is a stored result.
Project sampleProject(int elements) {
    Project p;
    p.name = "sample";
    for (int i = 0; i < elements; ++i) {
        Element e;
        e.id = "e" + std::to_string(i);
        e.kind = "plc";
        e.position = Position{i * 10.0, 5};
        e.interfaces = std::vector<std::string>{"ethernet", "wifi"};
        e.protocols = std::vector<std::string>{"opc-ua", "modbus"};
        e.capabilities = std::map<std::string, int>{{"device.identification", 1}};
        e.properties = {{"vendor", "ACME"}};
        p.elements.push_back(e);
        p.links.push_back(
            Link{"l" + std::to_string(i), e.id, "e0", "ethernet", 100, 0.1, {}, {}, {}, {}, {}});
    }
    p.results = {{1, "allocate", "greedy", "{}", "2024-05-01T10:00:00Z", "{}"}};
    return p;
}

} // namespace

class TestProjectFileBadInput : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::string path(const char* name) const { return dir_.filePath(name).toStdString(); }

    // Opens a bad file: exactly one error naming the file, containing `expected`, file untouched.
    void expectRefused(const std::string& file, const std::string& expected) {
        const std::string before = readBytes(file);
        const QStringList filesBefore = filesIn(dir_.path());
        LoadResult result = openProjectFile(file);
        QVERIFY(!result.project);
        QCOMPARE(result.diagnostics.size(), std::size_t(1));
        const Diagnostic& d = result.diagnostics[0];
        QCOMPARE(d.severity, Severity::Error);
        QCOMPARE(d.file, file);
        QVERIFY(d.location == SourceLocation{});
        QVERIFY2(contains(d.message, expected), d.message.c_str());
        QVERIFY2(!d.hint.empty(), d.message.c_str());
        QCOMPARE(readBytes(file), before);
        QCOMPARE(filesIn(dir_.path()), filesBefore); // no journal or other file left beside it
    }

    // A saved multi-page project file.
    std::string savedLargeFile(const char* name) {
        const std::string file = path(name);
        const std::string error = saveProjectFile(sampleProject(2000), file);
        if (!error.empty())
            qFatal("%s", error.c_str());
        return file;
    }

private slots:
    void init() { QVERIFY(dir_.isValid()); }
    void cleanup() {
        for (const QString& f : filesIn(dir_.path()))
            QFile::remove(dir_.filePath(f));
    }

    void refusesAMissingFile() {
        LoadResult result = openProjectFile(path("nothing-here.iiotw"));
        QVERIFY(!result.project);
        QCOMPARE(result.diagnostics.size(), std::size_t(1));
        QCOMPARE(result.diagnostics[0].message, std::string("'nothing-here.iiotw' does not exist"));
        QVERIFY(!QFile::exists(dir_.filePath("nothing-here.iiotw"))); // read-only: never created
    }

    void refusesAFolder() { expectRefused(dir_.path().toStdString(), "is a folder, not a project file"); }

    void refusesAnEmptyFile() {
        writeBytes(path("empty.iiotw"), "");
        expectRefused(path("empty.iiotw"), "'empty.iiotw' is empty (0 bytes)");
    }

    void refusesAFileThatIsNotSqlite() {
        writeBytes(path("text.iiotw"), "format: iiot-workbench/1\nname: a YAML project\n");
        expectRefused(path("text.iiotw"),
                      "'text.iiotw' is not an IIoT Workbench project file (it is not an SQLite "
                      "database)");
    }

    void refusesAFileCutInsideTheHeader() {
        writeBytes(path("short.iiotw"), std::string("SQLite format 3\0abc", 19));
        expectRefused(path("short.iiotw"), "is truncated");
    }

    void refusesAFileWithUnfinishedChangesOfAnotherProgram() {
        const std::string file = path("busy.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        writeBytes(file + "-journal", std::string(512, 'j'));
        expectRefused(
            file, "'busy.iiotw' is being changed by another program ('busy.iiotw-journal' exists beside it)");
    }

    void opensAWalModeFileWithoutCreatingFilesBesideIt() {
        const std::string file = path("wal.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "PRAGMA journal_mode = WAL"); // another tool switched it; its -wal is gone on close
        QCOMPARE(filesIn(dir_.path()), QStringList{"wal.iiotw"});
        const std::string before = readBytes(file);
        QCOMPARE(int(before.at(18)), 2); // the header says WAL mode
        LoadResult result = openProjectFile(file);
        QVERIFY(result.ok());
        QVERIFY(*result.project == sampleProject(2));
        QCOMPARE(readBytes(file), before);
        QCOMPARE(filesIn(dir_.path()), QStringList{"wal.iiotw"}); // no -wal or -shm created
    }

    void refusesAnSqliteFileOfAnotherApplication() {
        sqliteExec(path("other.db"),
                   "PRAGMA application_id = 305419896; CREATE TABLE t(x); INSERT INTO t VALUES(1);");
        expectRefused(path("other.db"),
                      "'other.db' is an SQLite database of another application (application id 0x12345678)");
        sqliteExec(path("plain.db"), "CREATE TABLE t(x);");
        expectRefused(path("plain.db"), "another application (application id 0x00000000)");
    }

    void refusesATruncatedFile() {
        const std::string file = savedLargeFile("cut.iiotw");
        const std::string bytes = readBytes(file);
        QVERIFY(bytes.size() > 100000);
        writeBytes(file, bytes.substr(0, bytes.size() / 2));
        expectRefused(file, "'cut.iiotw' is damaged (truncated or corrupted)");
    }

    void refusesACorruptedPage() {
        const std::string file = savedLargeFile("bad.iiotw");
        std::string bytes = readBytes(file);
        const std::size_t pageSize = 4096, pages = bytes.size() / pageSize;
        QVERIFY(pages > 20);
        // Every page of a freshly written file is a b-tree page; garble the header and cell
        // pointers of one in the middle of the file.
        const std::size_t at = (pages / 2) * pageSize;
        for (std::size_t i = 0; i < 64; ++i)
            bytes[at + i] = static_cast<char>(0xA5);
        writeBytes(file, bytes);
        expectRefused(file, "'bad.iiotw' is damaged (truncated or corrupted)");
    }

    void refusesANewerSchemaVersion() {
        const std::string file = path("new.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "PRAGMA user_version = 99");
        expectRefused(file,
                      "'new.iiotw' was written by a newer IIoT Workbench (schema 99, this version reads up "
                      "to 2)");
        QCOMPARE(openProjectFile(file).diagnostics[0].hint, std::string("update the program"));
    }

    void refusesSchemaVersionZero() {
        const std::string file = path("zero.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "PRAGMA user_version = 0");
        expectRefused(file, "'zero.iiotw' has schema version 0, which no IIoT Workbench release writes");
    }

    void refusesAFileWithAMissingTable() {
        const std::string file = path("partial.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "DROP TABLE service_chain");
        expectRefused(file,
                      "'partial.iiotw' is not a complete project file: table 'service_chain' is missing");
    }

    void refusesAViewInPlaceOfATable() {
        const std::string file = path("view.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        // A recursive view would never end if it were read.
        sqliteExec(file,
                   "DROP TABLE results; CREATE VIEW results AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                   "SELECT i + 1 FROM n) SELECT i AS id, i AS ord, '' AS kind, '' AS method, '' AS "
                   "parameters, '' AS created, '' AS json FROM n");
        expectRefused(file, "table 'results' is missing");
    }

    void refusesRowsEditedOutsideTheProgram() {
        const std::string file = path("edited.iiotw");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "UPDATE elements SET position_x = 'left' WHERE ord = 0");
        expectRefused(file,
                      "table 'elements', row 1: column 'position_x' should hold a number but holds text");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "UPDATE elements SET has_interfaces = 0 WHERE ord = 0");
        expectRefused(file, "table 'element_interfaces'");
        QVERIFY(saveProjectFile(sampleProject(2), file).empty());
        sqliteExec(file, "PRAGMA foreign_keys = OFF; INSERT INTO element_protocols VALUES (99, 0, 'mqtt')");
        expectRefused(file,
                      "'edited.iiotw' is damaged: a row of table 'element_protocols' refers to a row of "
                      "table 'elements' that does not exist");
    }
};

QTEST_APPLESS_MAIN(TestProjectFileBadInput)
#include "test_project_file_bad_input.moc"
