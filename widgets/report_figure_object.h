// Report figures inside a QTextDocument: each figure is one object character whose format names
// the figure by index; the layout asks this handler for its size and has it paint itself, so the
// figure is drawn with the document's painter (vectors in a PDF) at its place in the text flow.
#pragma once

#include "report_model.h"

#include <QObject>
#include <QTextObjectInterface>

#include <vector>

class QTextCursor;

namespace iiot::ui {

class ReportFigureObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 17;

    // Registers itself with the document's layout; `dpi` is the layout device's resolution.
    ReportFigureObject(QTextDocument* document, qreal dpi);

    // Inserts the figure at the cursor as one character.
    void insert(QTextCursor& cursor, std::shared_ptr<const ReportFigure> figure);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    const ReportFigure* figure(const QTextFormat& format) const;

    std::vector<std::shared_ptr<const ReportFigure>> figures_;
    qreal dpi_;
};

} // namespace iiot::ui
