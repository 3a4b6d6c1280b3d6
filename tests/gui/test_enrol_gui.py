"""Enrolment shows every wrong field at once, each marked, and nothing is written."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.gui.school.enrol import EnrolDialog
from tests.support.ids import valid_id


def _marked(dialog: EnrolDialog) -> list[str]:
    return [
        field
        for field, w in (
            *dialog._fields.items(),
            ("pin", dialog.pin),
            ("pin again", dialog.pin_repeat),
        )
        if w.property("invalid")
    ]


def _has_red(widget) -> bool:
    """The mark is seen: the field, drawn as the style sheet says, holds the error red."""
    image = widget.grab().toImage()
    red = QColor("#b00020").rgb()
    return any(
        image.pixelColor(x, y).rgb() == red
        for x in range(image.width())
        for y in (0, image.height() // 2)
    )


def test_three_wrong_fields_show_three_messages_and_three_marks(qtbot, zh_app, laptop):
    dialog = EnrolDialog(laptop)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    good = valid_id()
    dialog.id_number.setText(good[:17] + ("1" if good[17] == "0" else "0"))  # wrong check digit
    dialog.stage.setCurrentIndex(2)
    dialog.subject.setEditText("数学")
    dialog.pin.setText("2468")
    dialog.pin_repeat.setText("2468")
    dialog.submit()  # name and school empty, the ID card number wrong

    lines = dialog.error.text().splitlines()
    assert len(lines) == 3, lines
    assert "姓名" in lines[0] and "身份证号无效" in lines[1] and "学校" in lines[2]
    assert _marked(dialog) == ["name", "id_number", "school"]
    assert _has_red(dialog.name) and _has_red(dialog.school) and not _has_red(dialog.subject)
    assert dialog.focusWidget() is dialog.name  # the cursor at the first one to fix
    assert laptop.teachers.all() == []

    # Fixed fields lose their mark; a new problem is marked.
    dialog.name.setText("李春梅")
    dialog.id_number.setText(good)
    dialog.pin_repeat.setText("2469")
    dialog.submit()
    assert _marked(dialog) == ["school", "pin", "pin again"]
    assert len(dialog.error.text().splitlines()) == 2
    assert not _has_red(dialog.name)

    dialog.school.setText("岳池县花桥中心小学")
    dialog.pin_repeat.setText("2468")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    assert _marked(dialog) == [] and dialog.error.text() == ""
    assert [t.name for t in laptop.teachers.all()] == ["李春梅"]
