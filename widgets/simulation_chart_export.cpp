#include "simulation_chart_export.h"

#include "atomic_write.h"

#include <QBuffer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <qcustomplot.h>

namespace iiot::ui {

namespace {

// The chart as a one-page vector PDF of width x height points, like QCustomPlot::savePdf but in
// memory, so the file is written by the atomic helper.
QByteArray chartPdf(QCustomPlot* plot, int width, int height) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setResolution(72); // one device pixel per point: the page is the chart's size
    pdf.setPageLayout(
        QPageLayout(QPageSize(QSizeF(width, height), QPageSize::Point, QString(), QPageSize::ExactMatch),
                    QPageLayout::Portrait, QMarginsF()));
    pdf.setCreator(QStringLiteral("IIoT Workbench"));
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return {};
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, width, height);
    painter.end();
    return bytes;
}

} // namespace

bool exportChart(QCustomPlot* plot, const QString& path, QString* error) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool laidOut = plot->isVisible() && plot->width() > 50 && plot->height() > 50;
    const int width = laidOut ? plot->width() : kChartFileWidth;
    const int height = laidOut ? plot->height() : kChartFileHeight;
    QString problem;
    if (suffix == QLatin1String("png")) {
        problem = writePngAtomically(path, plot->toPixmap(width, height, 2.0).toImage());
    } else if (suffix == QLatin1String("pdf")) {
        const QByteArray pdf = chartPdf(plot, width, height);
        problem = pdf.isEmpty() ? QObject::tr("%1: the chart could not be drawn as PDF").arg(path)
                                : writeBytesAtomically(path, pdf);
    } else {
        problem = QObject::tr("%1: charts are written as .png or .pdf").arg(path);
    }
    if (error != nullptr)
        *error = problem;
    return problem.isEmpty();
}

void addChartExportMenu(QCustomPlot* plot) {
    plot->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(plot, &QWidget::customContextMenuRequested, plot, [plot](const QPoint& at) {
        QMenu menu(plot);
        const auto save = [plot](const QString& filter, const QString& suffix) {
            QString path = QFileDialog::getSaveFileName(plot, QObject::tr("Export chart"), QString(), filter);
            if (path.isEmpty())
                return;
            if (QFileInfo(path).suffix().isEmpty())
                path += suffix;
            QString error;
            if (!exportChart(plot, path, &error))
                QMessageBox::warning(plot, QObject::tr("Export chart"), error);
        };
        menu.addAction(QObject::tr("Export as PNG…"), plot,
                       [save] { save(QObject::tr("PNG image (*.png)"), QStringLiteral(".png")); });
        menu.addAction(QObject::tr("Export as PDF…"), plot,
                       [save] { save(QObject::tr("PDF document (*.pdf)"), QStringLiteral(".pdf")); });
        menu.exec(plot->mapToGlobal(at));
    });
}

} // namespace iiot::ui
