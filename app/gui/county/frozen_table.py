"""A table whose first column (the name) stays in view while the others scroll sideways.

At 1366×768 and 125 % a teacher's row is wider than the page; an officer who scrolls to the
last columns must still see whose row it is. This is Qt's "frozen column" pattern: a second
view over the same model and selection, showing only column 0, laid over the left edge and
scrolled up and down with the main view."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView, QWidget


class FrozenColumnTable(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = QTableView(self)
        self.frozen.setObjectName("frozenColumn")
        self.frozen.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the main view
        self.frozen.verticalHeader().setVisible(False)
        self.frozen.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.frozen.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.frozen.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.frozen.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.frozen.setFrameShape(QTableView.Shape.NoFrame)
        self.viewport().stackUnder(self.frozen)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(self._row_resized)
        self.verticalScrollBar().valueChanged.connect(self.frozen.verticalScrollBar().setValue)
        self.frozen.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        # What a person does on the name cell is done on the row: open it, sort by name.
        self.frozen.activated.connect(self.activated)
        self.frozen.doubleClicked.connect(self.doubleClicked)
        self.frozen.clicked.connect(lambda index: self.setFocus())
        self.frozen.horizontalHeader().sectionClicked.connect(self._sort_by_name)
        self.horizontalHeader().sortIndicatorChanged.connect(self._mirror_indicator)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802 (Qt's name)
        super().setModel(model)
        self.frozen.setModel(model)
        self.frozen.setSelectionModel(self.selectionModel())
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.columnsInserted):
                signal.connect(self._show_first_only)
        self._show_first_only()

    def setSelectionBehavior(self, behavior: QAbstractItemView.SelectionBehavior) -> None:  # noqa: N802
        super().setSelectionBehavior(behavior)
        self.frozen.setSelectionBehavior(behavior)

    def fit_columns(self, widest: dict[int, int] | None = None) -> None:
        """Each column as wide as its widest cell or its title's longest line, plus room for
        the sort arrow. Qt's own fit reserves the arrow's room beside the whole title, which
        makes ten columns of two-line titles wider than a 125 % screen. `widest` caps some."""
        model = self.model()
        if model is None:
            return
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        arrow = metrics.horizontalAdvance("中") + 2 * header.style().pixelMetric(
            QStyle.PixelMetric.PM_HeaderMargin
        )
        for col in range(model.columnCount()):
            if self.isColumnHidden(col):
                continue
            title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
            lines = max((metrics.horizontalAdvance(x) for x in title.split("\n")), default=0)
            width = max(self.sizeHintForColumn(col), lines + arrow)
            cap = (widest or {}).get(col)
            self.setColumnWidth(col, width if cap is None else min(width, cap))

    def _show_first_only(self, *_args: object) -> None:
        model = self.model()
        if model is None:
            return
        for col in range(model.columnCount()):
            self.frozen.setColumnHidden(col, col != 0)
        self.frozen.setColumnWidth(0, self.columnWidth(0))
        self._place()

    def _column_resized(self, column: int, _old: int, new: int) -> None:
        if column == 0:
            self.frozen.setColumnWidth(0, new)
            self._place()

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.frozen.setRowHeight(row, new)

    def _sort_by_name(self, column: int) -> None:
        header = self.horizontalHeader()
        ascending = not (
            header.sortIndicatorSection() == column
            and header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
        )
        order = Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        self.sortByColumn(column, order)

    def _mirror_indicator(self, column: int, order: Qt.SortOrder) -> None:
        self.frozen.horizontalHeader().setSortIndicatorShown(column == 0)
        self.frozen.horizontalHeader().setSortIndicator(column, order)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:  # noqa: N802 (headers change height: follow them)
        super().updateGeometries()
        self._place()

    def _place(self) -> None:
        if not hasattr(self, "frozen"):  # Qt lays the view out while it is being built
            return
        self.frozen.setVisible(not self.isColumnHidden(0))
        self.frozen.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
        self.frozen.setGeometry(
            self.verticalHeader().width() + self.frameWidth(),
            self.frameWidth(),
            self.columnWidth(0),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802
        """Moving left to a cell hidden under the name column scrolls it out from under it."""
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() > 0
            and self.visualRect(current).topLeft().x() < self.frozen.columnWidth(0)
        ):
            bar = self.horizontalScrollBar()
            shift = self.visualRect(current).topLeft().x() - self.frozen.columnWidth(0)
            bar.setValue(bar.value() + shift)
        return current

    def scrollTo(  # noqa: N802
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        keep = self.horizontalScrollBar().value()
        super().scrollTo(index, hint)
        if index.column() == 0:  # the name is always in view: only the row needs finding
            self.horizontalScrollBar().setValue(keep)
