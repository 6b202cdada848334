#include "capability_list.h"

#include "coverage_format.h"

#include <QHeaderView>
#include <QTimer>

namespace iiot::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kShownEvidence = 4; // a capability rated over the whole factory has thousands

QString evidenceText(const QStringList& ids) {
    if (ids.isEmpty())
        return QObject::tr("none");
    QString text =
        QStringLiteral("%1: ").arg(ids.size()) + ids.mid(0, kShownEvidence).join(QStringLiteral(", "));
    if (ids.size() > kShownEvidence)
        text += QStringLiteral(", \u2026");
    return text;
}

} // namespace

CapabilityList::CapabilityList(QWidget* parent) : QTreeWidget(parent) {
    setColumnCount(5);
    setHeaderLabels({tr("Capability"), tr("Level"), tr("Rating"), tr("Band"), tr("Evidence")});
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(CapabilityColumn, QHeaderView::Interactive);
    header()->resizeSection(CapabilityColumn, 150);
    for (int column : {LevelColumn, RatingColumn, BandColumn})
        header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A click, the keyboard and a programmatic choice all go through the current row.
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString id = item ? item->data(0, kIdRole).toString() : QString();
        if (id.isEmpty())
            return;
        emit evidenceRequested(id, evidence_.value(id));
        // A press that made this row current is reported just below in the same event: once is enough.
        reportedRow_ = item;
        QTimer::singleShot(0, this, [this] { reportedRow_ = nullptr; });
    });
    // Pressing the current row again frames its evidence again (the user may have scrolled away).
    connect(this, &QTreeWidget::itemPressed, this, [this](QTreeWidgetItem* item) {
        const QString id = item->data(0, kIdRole).toString();
        const bool reported = item == reportedRow_;
        reportedRow_ = nullptr;
        if (!id.isEmpty() && !reported)
            emit evidenceRequested(id, evidence_.value(id));
    });
}

void CapabilityList::setResult(const solvers::CoverageResult* result) {
    const QSignalBlocker quiet(this); // updating is no choice of the user
    if (!result) {
        clear();
        rows_.clear();
        evidence_.clear();
        return;
    }
    // The catalogue gives every result the same rows: they are built once and then updated in
    // place, so a live update keeps the scroll position, the current row and the folded layers.
    std::size_t count = 0;
    bool same = true;
    for (const solvers::CoverageCell& cell : result->cells)
        for (const solvers::CapabilityRating& rating : cell.capabilities) {
            ++count;
            same = same && rows_.contains(QString::fromStdString(rating.id));
        }
    if (!same || count != static_cast<std::size_t>(rows_.size()))
        buildRows(*result);
    evidence_.clear();
    for (const solvers::CoverageCell& cell : result->cells)
        for (const solvers::CapabilityRating& rating : cell.capabilities)
            fillRow(rows_.value(QString::fromStdString(rating.id)), rating);
}

void CapabilityList::buildRows(const solvers::CoverageResult& result) {
    const QString current = currentItem() ? currentItem()->data(0, kIdRole).toString() : QString();
    clear();
    rows_.clear();
    const auto& catalogue = model::CapabilityCatalogue::builtin();
    QTreeWidgetItem* layerItem = nullptr;
    std::optional<model::FrameworkLayer> layer;
    for (const solvers::CoverageCell& cell : result.cells) {
        for (const solvers::CapabilityRating& rating : cell.capabilities) {
            if (layer != cell.layer) {
                layer = cell.layer;
                layerItem = new QTreeWidgetItem(this, {frameworkLayerName(cell.layer)});
                QFont bold = layerItem->font(0);
                bold.setBold(true);
                layerItem->setFont(0, bold);
                layerItem->setFirstColumnSpanned(true);
                layerItem->setFlags(Qt::ItemIsEnabled);
                layerItem->setExpanded(true);
            }
            const QString id = QString::fromStdString(rating.id);
            const model::CapabilityInfo* info = catalogue.find(rating.id);
            auto* item = new QTreeWidgetItem(layerItem, {info ? QString::fromStdString(info->label) : id,
                                                         frameworkLevelShortName(cell.level)});
            item->setData(0, kIdRole, id);
            item->setTextAlignment(RatingColumn, Qt::AlignRight | Qt::AlignVCenter);
            rows_.insert(id, item);
        }
    }
    if (QTreeWidgetItem* again = rows_.value(current))
        setCurrentItem(again);
}

void CapabilityList::fillRow(QTreeWidgetItem* item, const solvers::CapabilityRating& rating) {
    const QString id = QString::fromStdString(rating.id);
    QStringList evidence;
    evidence.reserve(static_cast<qsizetype>(rating.evidence.size()));
    for (const std::string& e : rating.evidence)
        evidence.append(QString::fromStdString(e));
    const QString note = QString::fromStdString(rating.note);
    item->setText(RatingColumn, formatScore(rating.rating));
    item->setText(BandColumn, ratingBand(rating.rating));
    item->setText(EvidenceColumn, note.isEmpty()
                                      ? evidenceText(evidence)
                                      : evidenceText(evidence) + QStringLiteral(" \u2014 ") + note);
    item->setBackground(RatingColumn, heatColour(rating.rating));
    const model::CapabilityInfo* info = model::CapabilityCatalogue::builtin().find(rating.id);
    QString tip = QStringLiteral("<b>%1</b> (%2)").arg(item->text(0).toHtmlEscaped(), id);
    if (info)
        tip += QStringLiteral("<br>") + QString::fromStdString(info->description).toHtmlEscaped();
    if (!note.isEmpty())
        tip += QStringLiteral("<br><i>%1</i>").arg(note.toHtmlEscaped());
    tip += QStringLiteral("<br>") + tr("Click to select the evidence on the canvas.");
    for (int column = 0; column < columnCount(); ++column)
        item->setToolTip(column, tip);
    evidence_.insert(id, std::move(evidence));
}

QTreeWidgetItem* CapabilityList::itemFor(const QString& capabilityId) const {
    return rows_.value(capabilityId);
}

QStringList CapabilityList::evidence(const QString& capabilityId) const {
    return evidence_.value(capabilityId);
}

void CapabilityList::showCapability(const QString& capabilityId) {
    if (QTreeWidgetItem* item = rows_.value(capabilityId)) {
        if (item == currentItem())
            emit evidenceRequested(capabilityId, evidence_.value(capabilityId));
        else
            setCurrentItem(item);
        scrollToItem(item);
    }
}

} // namespace iiot::ui
