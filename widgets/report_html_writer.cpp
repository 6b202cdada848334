#include "report_html_writer.h"

#include <QBuffer>
#include <QSvgGenerator>

namespace iiot::ui {

namespace {

const char* const kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; max-width: 60em;
       margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.1em; }
h2 { font-size: 15pt; border-bottom: 1px solid #bbb; margin-top: 1.6em; }
h3 { font-size: 11.5pt; margin-top: 1.2em; }
table { border-collapse: collapse; margin: 0.4em 0 1em 0; font-size: 8.5pt; }
th, td { border: 1px solid #bbb; padding: 2px 5px; text-align: left; vertical-align: top; }
th { background: #e8ecf0; }
td.num, th.num { text-align: right; }
table.facts th { background: none; border: none; padding-right: 1.5em; }
table.facts td { border: none; font-family: monospace; }
figure { margin: 0.8em 0; }
figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
figcaption, caption { font-style: italic; font-size: 9pt; text-align: left; padding: 0.2em 0; }
@media print { thead { display: table-header-group; } tr, figure { page-break-inside: avoid; } }
)";

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

void writeTable(QString& out, const ReportTable& table, const QString& caption) {
    out += QStringLiteral("<table>\n");
    if (!caption.isEmpty())
        out += QStringLiteral("<caption>%1</caption>\n").arg(escaped(caption));
    const auto cellClass = [&table](int column) {
        return table.numericColumns.contains(column) ? QStringLiteral(" class=\"num\"") : QString();
    };
    out += QStringLiteral("<thead><tr>");
    for (int c = 0; c < table.header.size(); ++c)
        out += QStringLiteral("<th%1>%2</th>").arg(cellClass(c), escaped(table.header[c]));
    out += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList& row : table.rows) {
        out += QStringLiteral("<tr>");
        for (int c = 0; c < row.size(); ++c)
            out += QStringLiteral("<td%1>%2</td>").arg(cellClass(c), escaped(row[c]));
        out += QStringLiteral("</tr>\n");
    }
    out += QStringLiteral("</tbody>\n</table>\n");
}

void writeFigure(QString& out, const ReportFigure& figure, const QString& caption) {
    const QSizeF size = figure.naturalSize();
    out += QStringLiteral(
               "<figure><img alt=\"%1\" width=\"%2\" height=\"%3\" src=\"data:image/svg+xml;base64,%4\">")
               .arg(escaped(caption))
               .arg(qRound(size.width() / 0.75))
               .arg(qRound(size.height() / 0.75))
               .arg(QString::fromLatin1(reportFigureSvg(figure).toBase64()));
    out += QStringLiteral("<figcaption>%1</figcaption></figure>\n").arg(escaped(caption));
}

} // namespace

QByteArray reportFigureSvg(const ReportFigure& figure) {
    const QSizeF size = figure.naturalSize();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setResolution(72); // one user unit per point
    svg.setSize(size.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), size));
    QPainter painter(&svg);
    figure.paint(&painter, QRectF(QPointF(0, 0), size));
    painter.end();
    return buffer.data();
}

QByteArray reportHtml(const Report& report) {
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out +=
        QStringLiteral("<title>%1 \u2014 %2</title>\n").arg(escaped(report.title), escaped(report.subtitle));
    out += QStringLiteral("<style>%1</style>\n</head>\n<body>\n").arg(QString::fromLatin1(kStyle));
    out += QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"subtitle\">%2</p>\n<table class=\"facts\">\n")
               .arg(escaped(report.title), escaped(report.subtitle));
    for (const auto& [key, value] : report.facts)
        out += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>\n").arg(escaped(key), escaped(value));
    out += QStringLiteral("</table>\n<p>%1</p>\n</header>\n").arg(escaped(report.summary));
    for (const ReportChapter& chapter : report.chapters) {
        out += QStringLiteral("<section>\n<h2>%1</h2>\n").arg(escaped(chapter.title));
        for (const ReportBlock& block : chapter.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                out += QStringLiteral("<h3>%1</h3>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Paragraph:
                out += QStringLiteral("<p>%1</p>\n").arg(escaped(block.text));
                break;
            case ReportBlock::Kind::Table:
                writeTable(out, block.table, block.text);
                break;
            case ReportBlock::Kind::Figure:
                writeFigure(out, *block.figure, block.text);
                break;
            }
        }
        out += QStringLiteral("</section>\n");
    }
    out += QStringLiteral("</body>\n</html>\n");
    return out.toUtf8();
}

} // namespace iiot::ui
