// The engineering report as data: a title block and chapters of headings, paragraphs, tables and
// figures. The builder fills it from a project; the HTML and PDF writers lay the same content out,
// so both formats say exactly the same thing.
#pragma once

#include "report_sections.h"

#include <QList>
#include <QPainter>
#include <QPair>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace iiot::ui {

// Something drawn rather than written: the topology, a coverage chart, a result chart. It paints
// with any painter, so the PDF gets vector graphics and the HTML an SVG of the same drawing.
class ReportFigure {
public:
    virtual ~ReportFigure() = default;
    // Natural size in points (1/72 inch); writers scale it down to the text width, keeping the ratio.
    virtual QSizeF naturalSize() const = 0;
    virtual void paint(QPainter* painter, const QRectF& target) const = 0;
};

struct ReportTable {
    QStringList header;
    QList<QStringList> rows;
    // Columns aligned right (numbers); indices into header.
    QList<int> numericColumns;
};

struct ReportBlock {
    enum class Kind { Heading, Paragraph, Table, Figure };
    Kind kind = Kind::Paragraph;
    QString text; // the heading, the paragraph, or the caption of a table or figure
    ReportTable table;
    std::shared_ptr<const ReportFigure> figure;
};

struct ReportChapter {
    ReportSection section = ReportSection::Topology;
    QString title;
    std::vector<ReportBlock> blocks;

    void heading(const QString& text) { blocks.push_back({ReportBlock::Kind::Heading, text, {}, {}}); }
    void paragraph(const QString& text) { blocks.push_back({ReportBlock::Kind::Paragraph, text, {}, {}}); }
    void table(ReportTable table, const QString& caption = {}) {
        blocks.push_back({ReportBlock::Kind::Table, caption, std::move(table), {}});
    }
    void figure(std::shared_ptr<const ReportFigure> figure, const QString& caption) {
        blocks.push_back({ReportBlock::Kind::Figure, caption, {}, std::move(figure)});
    }
};

struct Report {
    QString title;                        // "Engineering report"
    QString subtitle;                     // the project's name
    QList<QPair<QString, QString>> facts; // title block: project, date, tool version, hash
    QString summary;                      // one line of counts under the title block
    std::vector<ReportChapter> chapters;  // in report order, only the chosen ones
};

} // namespace iiot::ui
