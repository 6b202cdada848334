// Shared by the report suites: writing a report of a project, and reading it back with external
// tools — poppler's pdftotext/pdfinfo/pdftoppm for the PDF, python3's html.parser for the HTML —
// so the checks see what a reader's software sees, not what the writer meant to write.
#pragma once

#include "model/project_io.h"
#include "widgets/report_builder.h"
#include "widgets/report_writer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QtTest>

namespace iiot::test {

struct ToolRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline ToolRun runTool(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    ToolRun run;
    if (!process.waitForStarted(10000) || !process.waitForFinished(300000)) {
        run.err = QStringLiteral("%1 did not run: %2").arg(program, process.errorString());
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline bool haveTools() {
    for (const char* tool : {"pdftotext", "pdfinfo", "pdftoppm", "python3"})
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            return false;
    return true;
}

// The PDF's text with its layout kept (a table row stays one line), ligatures spelt out, and
// runs of white space made one, so "admission rate   93.8 %" reads "admission rate 93.8 %".
inline QString pdfText(const QString& pdf) {
    const ToolRun run =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QString text = run.out;
    text.replace(QChar(0xFB00), QStringLiteral("ff")).replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl")).replace(QChar(0xFB03), QStringLiteral("ffi"));
    text.replace(QChar(0xFB04), QStringLiteral("ffl"));
    return text.simplified();
}

// The HTML page's text: tags (and the figures' data in their attributes) dropped, entities read,
// white space made one, so a table row reads as its cells in order.
inline QString htmlText(const QString& html) {
    QFile file(html);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"))
        .replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""))
        .replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text.simplified();
}

inline int pdfPages(const QString& pdf) {
    const ToolRun run = runTool(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run.out);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// Renders every page at a low resolution; the number of page images poppler produced.
inline int renderedPages(const QString& pdf, const QString& dir) {
    const ToolRun run = runTool(QStringLiteral("pdftoppm"),
                                {QStringLiteral("-r"), QStringLiteral("20"), QStringLiteral("-png"), pdf,
                                 QDir(dir).filePath(QStringLiteral("page"))});
    if (run.exitCode != 0)
        return -1;
    return static_cast<int>(QDir(dir).entryList({QStringLiteral("page*.png")}, QDir::Files).size());
}

// python3's html.parser over the page: every tag closed in order (void elements aside). Returns
// the problems ("ERROR ...") and the chapter titles (<h2>) in order.
struct HtmlCheck {
    QStringList errors;
    QStringList chapters;
    bool ran = false;
};

inline HtmlCheck checkHtml(const QString& html) {
    static const QString script = QStringLiteral(R"PY(
import sys
from html.parser import HTMLParser
VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'}
class Check(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors, self.h2, self.text = [], [], [], None
    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append((tag, self.getpos()))
        if tag == 'h2':
            self.text = ''
    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append('unexpected </%s> at %s' % (tag, self.getpos()))
            return
        self.stack.pop()
        if tag == 'h2':
            self.h2.append(self.text.strip())
            self.text = None
    def handle_data(self, data):
        if self.text is not None:
            self.text += data
c = Check()
c.feed(open(sys.argv[1], encoding='utf-8').read())
c.close()
c.errors += ['unclosed <%s> at %s' % (t, p) for t, p in c.stack]
print('\n'.join(['ERROR ' + e for e in c.errors] + ['H2 ' + h for h in c.h2]))
)PY");
    HtmlCheck check;
    const ToolRun run = runTool(QStringLiteral("python3"), {QStringLiteral("-c"), script, html});
    check.ran = run.exitCode == 0;
    if (!check.ran)
        check.errors << run.err;
    for (const QString& line : run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("ERROR ")))
            check.errors << line.mid(6);
        else if (line.startsWith(QLatin1String("H2 ")))
            check.chapters << line.mid(3);
    }
    return check;
}

inline model::Project loadExample(const QString& file) {
    model::LoadResult loaded =
        model::loadProject(QStringLiteral(IIOT_EXAMPLES_DIR "/%1").arg(file).toStdString());
    if (!loaded.ok())
        qFatal("cannot load example %s", qPrintable(file));
    return std::move(*loaded.project);
}

inline QString writeReportOf(const ui::ReportInput& input, const QString& path) {
    return ui::writeReport(ui::buildReport(input), path);
}

} // namespace iiot::test
