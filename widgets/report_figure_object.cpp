#include "report_figure_object.h"

#include <QAbstractTextDocumentLayout>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace iiot::ui {

namespace {

constexpr int kFigureIndex = QTextFormat::UserProperty + 17;
// A figure leaves room on its page for its caption.
constexpr qreal kMaxPageFraction = 0.8;

} // namespace

ReportFigureObject::ReportFigureObject(QTextDocument* document, qreal dpi) : QObject(document), dpi_(dpi) {
    document->documentLayout()->registerHandler(kObjectType, this);
}

void ReportFigureObject::insert(QTextCursor& cursor, std::shared_ptr<const ReportFigure> figure) {
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kFigureIndex, static_cast<int>(figures_.size()));
    figures_.push_back(std::move(figure));
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

const ReportFigure* ReportFigureObject::figure(const QTextFormat& format) const {
    const int index = format.property(kFigureIndex).toInt();
    return index >= 0 && static_cast<std::size_t>(index) < figures_.size() ? figures_[index].get() : nullptr;
}

QSizeF ReportFigureObject::intrinsicSize(QTextDocument* document, int, const QTextFormat& format) {
    const ReportFigure* f = figure(format);
    if (!f)
        return {};
    const QSizeF natural = f->naturalSize() * (dpi_ / 72.0);
    QSizeF room = document->pageSize();
    room.setHeight(room.height() * kMaxPageFraction);
    if (natural.isEmpty() || room.isEmpty())
        return natural;
    const qreal scale = std::min({1.0, room.width() / natural.width(), room.height() / natural.height()});
    return natural * scale;
}

void ReportFigureObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                    const QTextFormat& format) {
    if (const ReportFigure* f = figure(format))
        f->paint(painter, rect);
}

} // namespace iiot::ui
