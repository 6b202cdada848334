#include "report_pdf_writer.h"

#include "atomic_write.h"
#include "report_figure_object.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QDir>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>

#include <cmath>
#include <vector>

namespace iiot::ui {

namespace {

constexpr int kDpi = 300;
// Page margins in millimetres; the bottom one holds the footer.
constexpr qreal kMarginSide = 18, kMarginTop = 16, kMarginBottom = 20;
constexpr qreal kBodyPoints = 9.5;
constexpr qreal kTablePoints = 7.5;

// Device pixels, for what is painted directly (the footer).
qreal points(qreal pt) {
    return pt * kDpi / 72.0;
}
// Lengths in text formats (margins, padding, borders): the layout reads them as pixels at 96 dpi
// and scales them to the device itself.
qreal formatPoints(qreal pt) {
    return pt * 96.0 / 72.0;
}
qreal millimetres(qreal mm) {
    return mm * kDpi / 25.4;
}

QTextCharFormat charFormat(qreal pointSize, bool bold = false, bool italic = false) {
    QTextCharFormat f;
    f.setFontPointSize(pointSize);
    f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    f.setFontItalic(italic);
    return f;
}

void paragraph(QTextCursor& cursor, const QString& text, const QTextCharFormat& format, qreal before,
               qreal after, Qt::Alignment alignment = Qt::AlignLeft) {
    QTextBlockFormat block;
    block.setTopMargin(formatPoints(before));
    block.setBottomMargin(formatPoints(after));
    block.setAlignment(alignment);
    cursor.insertBlock(block, format);
    cursor.insertText(text, format);
}

void table(QTextCursor& cursor, const ReportTable& t) {
    if (t.header.isEmpty())
        return;
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(formatPoints(0.5));
    format.setBorderBrush(QColor(0xb0, 0xb4, 0xb8));
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true);
    format.setCellSpacing(0);
    format.setCellPadding(formatPoints(2));
    format.setTopMargin(formatPoints(2));
    format.setBottomMargin(formatPoints(6));
    // Wide tables take the text width; two-column ones (parameters, metrics) stay compact.
    if (t.header.size() > 2)
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable* table =
        cursor.insertTable(static_cast<int>(t.rows.size()) + 1, static_cast<int>(t.header.size()), format);
    const QTextCharFormat head = charFormat(kTablePoints, true);
    const QTextCharFormat body = charFormat(kTablePoints);
    const auto fill = [&](int row, int column, const QString& text, const QTextCharFormat& f) {
        QTextTableCell cell = table->cellAt(row, column);
        if (row == 0) {
            QTextTableCellFormat cf = cell.format().toTableCellFormat();
            cf.setBackground(QColor(0xe8, 0xec, 0xf0));
            cell.setFormat(cf);
        }
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(t.numericColumns.contains(column) ? Qt::AlignRight : Qt::AlignLeft);
        c.setBlockFormat(block);
        c.insertText(text, f);
    };
    for (int c = 0; c < t.header.size(); ++c)
        fill(0, c, t.header[c], head);
    for (int r = 0; r < t.rows.size(); ++r)
        for (int c = 0; c < t.header.size() && c < t.rows[r].size(); ++c)
            fill(r + 1, c, t.rows[r][c], body);
    cursor.movePosition(QTextCursor::End);
}

void build(QTextDocument& doc, ReportFigureObject& figures, const Report& report,
           std::vector<int>& figureBlocks) {
    QTextCursor cursor(&doc);
    // One edit block: the document is laid out once at the end instead of after every cell
    // (quadratic in the rows of a table).
    cursor.beginEditBlock();
    QTextBlockFormat first;
    first.setBottomMargin(formatPoints(2));
    cursor.setBlockFormat(first);
    cursor.insertText(report.title, charFormat(20, true));
    paragraph(cursor, report.subtitle, charFormat(14), 0, 8);
    for (const auto& [key, value] : report.facts)
        paragraph(cursor, key + QStringLiteral(": ") + value, charFormat(kBodyPoints), 0, 1);
    paragraph(cursor, report.summary, charFormat(kBodyPoints), 6, 4);
    for (const ReportChapter& chapter : report.chapters) {
        paragraph(cursor, chapter.title, charFormat(15, true), 16, 4);
        for (const ReportBlock& block : chapter.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Heading:
                paragraph(cursor, block.text, charFormat(11.5, true), 10, 3);
                break;
            case ReportBlock::Kind::Paragraph:
                paragraph(cursor, block.text, charFormat(kBodyPoints), 2, 3);
                break;
            case ReportBlock::Kind::Table:
                if (!block.text.isEmpty())
                    paragraph(cursor, block.text, charFormat(8.5, false, true), 4, 1);
                else
                    paragraph(cursor, {}, charFormat(2), 0, 0);
                table(cursor, block.table);
                break;
            case ReportBlock::Kind::Figure: {
                // The caption shares the figure's block (after a line separator), so the two stay
                // on one page.
                QTextBlockFormat centred;
                centred.setAlignment(Qt::AlignHCenter);
                centred.setTopMargin(formatPoints(6));
                centred.setBottomMargin(formatPoints(6));
                cursor.insertBlock(centred);
                figureBlocks.push_back(cursor.block().blockNumber());
                figures.insert(cursor, block.figure);
                cursor.insertText(QString(QChar::LineSeparator), charFormat(kBodyPoints));
                cursor.insertText(block.text, charFormat(8.5, false, true));
                break;
            }
            }
        }
    }
    cursor.endEditBlock();
}

// The layout breaks pages between lines but lets a tall line (a figure) straddle the break: such a
// block starts a new page instead. In document order, so each move is seen by the next check.
void keepFiguresWhole(QTextDocument& doc, const std::vector<int>& figureBlocks) {
    const qreal pageHeight = doc.pageSize().height();
    for (int number : figureBlocks) {
        const QTextBlock block = doc.findBlockByNumber(number);
        const QRectF rect = doc.documentLayout()->blockBoundingRect(block);
        if (std::floor(rect.top() / pageHeight) == std::floor((rect.bottom() - 1) / pageHeight))
            continue;
        QTextBlockFormat format = block.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
        QTextCursor(block).setBlockFormat(format);
    }
}

} // namespace

QString writeReportPdf(const Report& report, const QString& path) {
    // Laid out in memory, then written in one atomic step.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
    writer.setTitle(report.title + QStringLiteral(" \u2014 ") + report.subtitle);
    writer.setCreator(QStringLiteral("IIoT Workbench"));

    const QSizeF page(writer.width(), writer.height());
    const QRectF content(millimetres(kMarginSide), millimetres(kMarginTop),
                         page.width() - 2 * millimetres(kMarginSide),
                         page.height() - millimetres(kMarginTop) - millimetres(kMarginBottom));

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDocumentMargin(0);
    QFont font = doc.defaultFont();
    font.setPointSizeF(kBodyPoints);
    doc.setDefaultFont(font);
    doc.setPageSize(content.size());
    ReportFigureObject figures(&doc, kDpi);
    std::vector<int> figureBlocks;
    build(doc, figures, report, figureBlocks);
    keepFiguresWhole(doc, figureBlocks);

    QPainter painter;
    if (!painter.begin(&writer))
        return QStringLiteral("%1: cannot write the PDF").arg(QDir::toNativeSeparators(path));
    const int pages = doc.pageCount();
    QFont footerFont = font;
    footerFont.setPointSizeF(7.5);
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            writer.newPage();
        painter.save();
        painter.translate(content.left(), content.top() - p * content.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, p * content.height(), content.width(), content.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();

        const qreal y = content.bottom() + millimetres(6);
        painter.setPen(QPen(QColor(0x90, 0x90, 0x90), points(0.5)));
        painter.drawLine(QPointF(content.left(), y), QPointF(content.right(), y));
        painter.setFont(footerFont);
        painter.setPen(QColor(0x50, 0x50, 0x50));
        const QRectF footer(content.left(), y + millimetres(1), content.width(), millimetres(6));
        painter.drawText(footer, Qt::AlignLeft | Qt::AlignTop,
                         report.subtitle + QStringLiteral(" \u2014 ") + report.title);
        painter.drawText(footer, Qt::AlignRight | Qt::AlignTop,
                         QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages));
    }
    painter.end();
    buffer.close();
    return writeBytesAtomically(path, bytes);
}

} // namespace iiot::ui
