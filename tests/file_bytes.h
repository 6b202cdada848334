// Whole-file reads and writes for tests that check a file was (or was not) changed byte for byte.
#pragma once

#include <QFile>
#include <QtTest>
#include <string>

namespace iiot::test {

// The bytes of a file; empty for a folder or a missing file.
inline std::string readBytes(const std::string& path) {
    QFile f(QString::fromStdString(path));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll().toStdString();
}

inline void writeBytes(const std::string& path, const std::string& bytes) {
    QFile f(QString::fromStdString(path));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes.data(), static_cast<qint64>(bytes.size())), static_cast<qint64>(bytes.size()));
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace iiot::test
