#include "capability_editor.h"

#include "layer_style.h"
#include "model/effective_values.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace iiot::ui {

using model::FrameworkLayer;

namespace {

constexpr std::array<FrameworkLayer, 4> kLayerOrder{FrameworkLayer::Device, FrameworkLayer::Network,
                                                    FrameworkLayer::Service, FrameworkLayer::Trust};

QString layerCaption(FrameworkLayer layer) {
    // In FrameworkLayer declaration order. Framework layers, not canvas bands: hence "Service layer".
    const std::array<QString, 4> captions{
        CapabilityEditor::tr("Device layer"), CapabilityEditor::tr("Network layer"),
        CapabilityEditor::tr("Service layer"), CapabilityEditor::tr("Trust (all layers)")};
    return captions[static_cast<std::size_t>(layer)];
}

// The three element layers keep the canvas colours; trust spans them all, so it gets a neutral one.
QColor layerColour(FrameworkLayer layer) {
    switch (layer) {
    case FrameworkLayer::Device:
        return LayerStyle::accentColour(model::ElementLayer::Device);
    case FrameworkLayer::Network:
        return LayerStyle::accentColour(model::ElementLayer::Network);
    case FrameworkLayer::Service:
        return LayerStyle::accentColour(model::ElementLayer::Service);
    case FrameworkLayer::Trust:
        break;
    }
    return QColor(0x8a, 0x4b, 0x08);
}

QString kindLabel(const std::string& kind, const model::TypeLibrary& types) {
    const model::KindInfo* info = types.kind(kind);
    return QString::fromStdString(info ? info->label : kind);
}

int levelIn(const std::map<std::string, int>& levels, const std::string& id) {
    const auto found = levels.find(id);
    return found == levels.end() ? 0 : std::clamp(found->second, 0, CapabilityEditor::kMaxLevel);
}

QString scopeText(const model::CapabilityScope& scope, const model::TypeLibrary& types) {
    if (!scope.all && scope.layers.empty() && scope.kinds.empty())
        return CapabilityEditor::tr("it is decided by the topology, not rated per element");
    QStringList parts;
    if (scope.all)
        parts << CapabilityEditor::tr("every element");
    for (model::ElementLayer layer : scope.layers)
        parts << CapabilityEditor::tr("%1-layer elements").arg(QLatin1String(model::toString(layer)));
    for (const std::string& kind : scope.kinds)
        parts << kindLabel(kind, types);
    QString text = CapabilityEditor::tr("it is rated over %1 only").arg(parts.join(QStringLiteral(", ")));
    if (!scope.excluded.empty()) {
        QStringList excluded;
        for (const std::string& kind : scope.excluded)
            excluded << kindLabel(kind, types);
        text += CapabilityEditor::tr(" (except %1)").arg(excluded.join(QStringLiteral(", ")));
    }
    return text;
}

// Narrowest a wrapped row label can get: its longest word in bold (the overridden look) and at
// least a few words' width, so labels wrap between words and never clip one.
int wrappedLabelWidth(const QLabel& label) {
    QFont bold = label.font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = metrics.averageCharWidth() * 14;
    for (const QString& word : label.text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, metrics.horizontalAdvance(word));
    return widest + label.indent() + 2 * label.margin() + 2;
}

} // namespace

CapabilityEditor::CapabilityEditor(QWidget* parent) : QWidget(parent) {
    title_ = new QLabel(this);
    QFont titleFont = title_->font();
    titleFont.setBold(true);
    title_->setFont(titleFont);
    source_ = new QLabel(this);
    source_->setWordWrap(true);

    scroll_ = new QScrollArea(this);
    scroll_->setWidgetResizable(true);
    scroll_->setFrameShape(QFrame::NoFrame);
    scroll_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    reset_ = new QPushButton(tr("Reset to kind defaults"), this);
    reset_->setToolTip(tr("Remove the elements' own capability levels so their kinds' defaults apply"));
    connect(reset_, &QPushButton::clicked, this, &CapabilityEditor::resetToDefaults);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(reset_);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title_);
    layout->addWidget(source_);
    layout->addWidget(scroll_, 1);
    layout->addLayout(buttons);

    buildRows(model::CapabilityCatalogue::builtin());
    clear();
}

QString CapabilityEditor::levelName(int level) {
    const std::array<QString, kMaxLevel + 1> names{tr("none"), tr("basic"), tr("advanced"), tr("full")};
    return level >= 0 && level <= kMaxLevel ? names[static_cast<std::size_t>(level)] : tr("mixed");
}

bool CapabilityEditor::rowsMatch(const model::CapabilityCatalogue& catalogue) const {
    const auto& caps = catalogue.capabilities();
    if (caps.size() != rows_.size())
        return false;
    for (std::size_t i = 0; i < caps.size(); ++i)
        if (rows_[i].id != QString::fromStdString(caps[i].id) || rows_[i].layer != caps[i].layer)
            return false;
    return true;
}

void CapabilityEditor::buildRows(const model::CapabilityCatalogue& catalogue) {
    rows_.clear();
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setColumnStretch(0, 1);
    grid->setHorizontalSpacing(8);
    // Column captions instead of "default:" in every cell: the defaults column stays narrow enough
    // for the editor to fit an inspector dock.
    int line = 0;
    const QStringList captions{tr("Capability"), tr("Level"), tr("Kind default")};
    for (int column = 0; column < captions.size(); ++column) {
        auto* caption = new QLabel(captions[column], content);
        caption->setForegroundRole(QPalette::PlaceholderText);
        grid->addWidget(caption, line, column);
    }
    ++line;
    // Rows follow the catalogue's order within each layer, so they read like MODELS.md section 2.
    for (FrameworkLayer layer : kLayerOrder) {
        bool headed = false;
        for (const model::CapabilityInfo& cap : catalogue.capabilities()) {
            if (cap.layer != layer)
                continue;
            if (!headed) {
                auto* header = new QLabel(layerCaption(layer), content);
                QFont font = header->font();
                font.setBold(true);
                header->setFont(font);
                header->setStyleSheet(QStringLiteral("color: %1; padding-top: %2px;")
                                          .arg(layerColour(layer).name())
                                          .arg(line == 1 ? 0 : 8));
                grid->addWidget(header, line++, 0, 1, 3);
                headed = true;
            }
            Row row;
            row.id = QString::fromStdString(cap.id);
            row.layer = layer;
            row.baseToolTip =
                QStringLiteral("<b>%1</b> <code>%2</code><br>%3<br>%4")
                    .arg(QString::fromStdString(cap.label).toHtmlEscaped(), row.id.toHtmlEscaped(),
                         QString::fromStdString(cap.description).toHtmlEscaped(),
                         tr("Framework: %1 layer, %2 level")
                             .arg(QLatin1String(model::toString(cap.layer)),
                                  QLatin1String(model::toString(cap.level))));
            row.label = new QLabel(QString::fromStdString(cap.label), content);
            row.label->setIndent(12);
            // Long labels wrap rather than push the level and default columns out of a narrow dock.
            row.label->setWordWrap(true);
            row.label->setMinimumWidth(wrappedLabelWidth(*row.label));
            row.box = new QComboBox(content);
            row.box->setObjectName(row.id);
            row.box->setAccessibleName(QString::fromStdString(cap.label));
            // No wheel focus: scrolling the list must not change the level under the pointer.
            row.box->setFocusPolicy(Qt::StrongFocus);
            row.box->installEventFilter(this);
            row.label->setBuddy(row.box);
            for (int level = 0; level <= kMaxLevel; ++level) {
                row.box->addItem(levelName(level), level);
                row.box->setItemData(level,
                                     tr("Level %1, scored %2").arg(level).arg(catalogue.levelValue(level)),
                                     Qt::ToolTipRole);
            }
            row.defaults = new QLabel(content);
            // Sized for its longest text up front, so the minimum width below holds for any level.
            row.defaults->setMinimumWidth(row.defaults->fontMetrics().horizontalAdvance(levelName(2)));
            row.defaults->setForegroundRole(QPalette::PlaceholderText);
            grid->addWidget(row.label, line, 0);
            grid->addWidget(row.box, line, 1);
            grid->addWidget(row.defaults, line, 2);
            ++line;
            const QString id = row.id;
            QComboBox* box = row.box;
            connect(box, &QComboBox::currentIndexChanged, this, [this, id, box](int index) {
                if (!updating_ && index >= 0)
                    emit levelChanged(id, box->itemData(index).toInt());
            });
            rows_.push_back(std::move(row));
        }
    }
    grid->setRowStretch(line, 1);
    scroll_->setWidget(content); // deletes the previous rows' widgets
    // No horizontal scrolling: the area is at least as wide as the rows can shrink to, with room
    // for the vertical scroll bar, so the defaults column is never cut off.
    scroll_->setMinimumWidth(content->minimumSizeHint().width() +
                             style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 2 * scroll_->frameWidth());
}

void CapabilityEditor::clear() {
    setElements({}, model::TypeLibrary::builtin(), model::CapabilityCatalogue::builtin());
}

void CapabilityEditor::setElements(const std::vector<const model::Element*>& elements,
                                   const model::TypeLibrary& types,
                                   const model::CapabilityCatalogue& catalogue) {
    if (!rowsMatch(catalogue))
        buildRows(catalogue);
    updating_ = true;

    int ownMaps = 0;
    std::set<QString> kindLabels;
    for (const model::Element* e : elements) {
        ownMaps += e->capabilities.has_value();
        kindLabels.insert(kindLabel(e->kind, types));
    }
    const QStringList kinds(kindLabels.begin(), kindLabels.end());
    const int count = static_cast<int>(elements.size());
    if (count == 0)
        title_->setText(tr("No element selected"));
    else if (count == 1)
        title_->setText(QStringLiteral("%1 \u2014 %2")
                            .arg(QString::fromStdString(elements.front()->displayName()), kinds.front()));
    else
        title_->setText(tr("%1 elements (%2)").arg(count).arg(kinds.join(QStringLiteral(", "))));
    if (count == 0)
        source_->setText(tr("Select elements to edit their capability levels."));
    else if (ownMaps == 0)
        source_->setText(tr("Levels come from the kind defaults."));
    else if (ownMaps == count)
        source_->setText(count == 1 ? tr("Own levels: they replace the kind defaults entirely.")
                                    : tr("Own levels on every element: they replace the kind defaults."));
    else
        source_->setText(tr("%1 of %2 elements have own levels; the others use their kind defaults.")
                             .arg(ownMaps)
                             .arg(count));
    reset_->setEnabled(ownMaps > 0);

    for (Row& row : rows_) {
        const model::CapabilityInfo* cap = catalogue.find(row.id.toStdString());
        const std::string id = row.id.toStdString();
        row.inScope.clear();
        std::vector<const model::Element*> inScope;
        for (const model::Element* e : elements) {
            if (cap && cap->scope.contains(e->kind, LayerStyle::layerOf(e->kind, types))) {
                row.inScope.push_back(e->id);
                inScope.push_back(e);
            }
        }
        // Levels of in-scope elements only: an out-of-scope element's 0 would show every selection
        // of several kinds as "mixed". A row no element is in scope for still shows what they declare.
        const std::vector<const model::Element*>& shown = inScope.empty() ? elements : inScope;
        std::set<int> levels, defaults;
        std::map<QString, int> defaultByKind;
        bool overridden = false;
        for (const model::Element* e : shown) {
            const int level = levelIn(model::effectiveCapabilities(*e, types), id);
            const model::KindInfo* kind = types.kind(e->kind);
            const int byKind = kind ? levelIn(kind->capabilities, id) : 0;
            levels.insert(level);
            defaults.insert(byKind);
            defaultByKind[kindLabel(e->kind, types)] = byKind;
            overridden = overridden || level != byKind;
        }

        row.level = levels.empty() ? kNoRow : levels.size() == 1 ? *levels.begin() : kMixed;
        row.box->setPlaceholderText(row.level == kMixed ? tr("mixed") : QString());
        row.box->setCurrentIndex(row.level >= 0 ? row.box->findData(row.level) : -1);
        // Bold marks a level that differs from the kind default, as a changed value in a property grid.
        QFont font = row.label->font();
        font.setBold(overridden);
        row.label->setFont(font);

        if (defaults.empty())
            row.defaults->clear();
        else
            row.defaults->setText(defaults.size() == 1 ? levelName(*defaults.begin()) : tr("varies"));
        QStringList kindDefaults;
        for (const auto& [kind, level] : defaultByKind)
            kindDefaults << tr("%1: %2").arg(kind.toHtmlEscaped(), levelName(level));
        const QString defaultTip =
            kindDefaults.isEmpty() ? QString()
                                   : QStringLiteral("<br>") +
                                         tr("Kind default: %1").arg(kindDefaults.join(QStringLiteral(", ")));

        const bool applies = !inScope.empty();
        QString tip = row.baseToolTip;
        if (count > 0 && !applies) {
            tip += QStringLiteral("<br><i>") +
                   tr("Does not apply to %1: %2.")
                       .arg(kinds.join(QStringLiteral(", ")).toHtmlEscaped(),
                            cap ? scopeText(cap->scope, types).toHtmlEscaped() : tr("unknown capability")) +
                   QStringLiteral("</i>");
        } else if (applies && inScope.size() < elements.size()) {
            tip += QStringLiteral("<br>") +
                   tr("Applies to %1 of %2 selected elements; a change affects only those.")
                       .arg(inScope.size())
                       .arg(count);
        }
        tip += defaultTip;
        for (QWidget* w : {static_cast<QWidget*>(row.label), static_cast<QWidget*>(row.box),
                           static_cast<QWidget*>(row.defaults)}) {
            w->setEnabled(applies);
            w->setToolTip(tip);
        }
    }
    updating_ = false;
}

const CapabilityEditor::Row* CapabilityEditor::row(const QString& capabilityId) const {
    const auto found =
        std::find_if(rows_.begin(), rows_.end(), [&](const Row& r) { return r.id == capabilityId; });
    return found == rows_.end() ? nullptr : &*found;
}

QStringList CapabilityEditor::capabilityIds() const {
    QStringList ids;
    for (const Row& r : rows_)
        ids << r.id;
    return ids;
}

int CapabilityEditor::level(const QString& capabilityId) const {
    const Row* r = row(capabilityId);
    return r ? r->level : kNoRow;
}

bool CapabilityEditor::isApplicable(const QString& capabilityId) const {
    const Row* r = row(capabilityId);
    return r && r->box->isEnabled();
}

QString CapabilityEditor::defaultText(const QString& capabilityId) const {
    const Row* r = row(capabilityId);
    return r ? r->defaults->text() : QString();
}

std::vector<std::string> CapabilityEditor::elementsInScope(const QString& capabilityId) const {
    const Row* r = row(capabilityId);
    return r ? r->inScope : std::vector<std::string>{};
}

QComboBox* CapabilityEditor::levelBox(const QString& capabilityId) const {
    const Row* r = row(capabilityId);
    return r ? r->box : nullptr;
}

QLabel* CapabilityEditor::rowLabel(const QString& capabilityId) const {
    const Row* r = row(capabilityId);
    return r ? r->label : nullptr;
}

bool CapabilityEditor::eventFilter(QObject* watched, QEvent* event) {
    // A wheel over an unfocused selector scrolls the list instead: ignored and swallowed here, the
    // event travels on to the scroll area.
    if (event->type() == QEvent::Wheel) {
        if (auto* box = qobject_cast<QComboBox*>(watched); box && !box->hasFocus()) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace iiot::ui
