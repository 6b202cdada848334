#include "report_builder.h"

#include "report_chapters.h"

#include "model/type_library.h"
#include "model/yaml_writer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

namespace iiot::ui {

namespace {

QString plural(qsizetype n, const char* one, const char* many) {
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString summaryOf(const model::Project& p) {
    return QStringList{plural(static_cast<qsizetype>(p.elements.size()), "element", "elements"),
                       plural(static_cast<qsizetype>(p.links.size()), "link", "links"),
                       plural(static_cast<qsizetype>(p.zones.size()), "zone", "zones"),
                       plural(static_cast<qsizetype>(p.subsystems.size()), "subsystem", "subsystems"),
                       plural(static_cast<qsizetype>(p.applications.size()), "application", "applications"),
                       plural(static_cast<qsizetype>(p.services.size()), "service", "services"),
                       plural(static_cast<qsizetype>(p.scenarios.size()), "scenario", "scenarios"),
                       plural(static_cast<qsizetype>(p.results.size()), "stored result", "stored results")}
               .join(QStringLiteral(", ")) +
           QLatin1Char('.');
}

ReportChapter chapterFor(ReportSection section, const model::Project& project,
                         const model::TypeLibrary& types) {
    switch (section) {
    case ReportSection::Topology:
        return topologyChapter(project);
    case ReportSection::Inventory:
        return inventoryChapter(project, types);
    case ReportSection::Links:
        return linksChapter(project, types);
    case ReportSection::Coverage:
        return coverageChapter(project, types);
    case ReportSection::Allocation:
        return allocationChapter(project);
    case ReportSection::Slicing:
        return slicingChapter(project);
    case ReportSection::Offloading:
        return offloadingChapter(project);
    case ReportSection::Simulation:
        return simulationChapter(project);
    }
    return {};
}

} // namespace

QString reportProjectHash(const ReportInput& input, bool* ofFile) {
    QByteArray bytes;
    bool fromFile = false;
    if (!input.unsaved && !input.sourcePath.isEmpty()) {
        QFile file(input.sourcePath);
        if (file.open(QIODevice::ReadOnly)) {
            bytes = file.readAll();
            fromFile = file.error() == QFileDevice::NoError;
        }
    }
    if (!fromFile)
        bytes = QByteArray::fromStdString(model::writeProjectYaml(input.project));
    if (ofFile)
        *ofFile = fromFile;
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Report buildReport(const ReportInput& input) {
    const model::Project& project = input.project;
    const model::TypeLibrary& types = model::TypeLibrary::builtin();
    Report report;
    report.title = QStringLiteral("Engineering report");
    report.subtitle =
        project.name.empty() ? QStringLiteral("Untitled project") : QString::fromStdString(project.name);
    report.facts.append({QStringLiteral("Project"), report.subtitle});
    if (project.description)
        report.facts.append({QStringLiteral("Description"), QString::fromStdString(*project.description)});
    report.facts.append({QStringLiteral("File"),
                         input.sourcePath.isEmpty()
                             ? QStringLiteral("(never saved)")
                             : QDir::toNativeSeparators(input.sourcePath) +
                                   (input.unsaved ? QStringLiteral(" (unsaved changes)") : QString())});
    report.facts.append(
        {QStringLiteral("Date"), input.date.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))});
    report.facts.append(
        {QStringLiteral("Tool version"), QStringLiteral("IIoT Workbench %1").arg(input.toolVersion)});
    bool ofFile = false;
    const QString hash = reportProjectHash(input, &ofFile);
    report.facts.append({ofFile ? QStringLiteral("SHA-256 of the project file")
                                : QStringLiteral("SHA-256 of the YAML serialisation"),
                         hash});
    report.summary = summaryOf(project);
    for (ReportSection section : allReportSections()) {
        if (!input.sections.contains(section))
            continue;
        ReportChapter chapter = chapterFor(section, project, types);
        const bool resultChapter = !reportSectionResultKind(section).isEmpty();
        if (resultChapter && chapter.blocks.empty())
            continue; // only when such results exist
        chapter.section = section;
        chapter.title = reportSectionTitle(section);
        report.chapters.push_back(std::move(chapter));
    }
    return report;
}

} // namespace iiot::ui
