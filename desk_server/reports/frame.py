"""The page frame every PDF shares: DejaVu fonts (accents print), A4 margins, a header with the
document's title and a footer with the page number and when it was issued."""
from __future__ import annotations

from datetime import datetime
from io import BytesIO
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate

FONT, FONT_BOLD = "DejaVuSans", "DejaVuSans-Bold"
_FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"),
              Path("C:/Windows/Fonts"), Path(__file__).resolve().parent / "fonts")
INK, MUTED, RULE = colors.HexColor("#1f2933"), colors.HexColor("#616e7c"), colors.HexColor("#cbd2d9")
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, filename in ((FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")):
        path = next((d / filename for d in _FONT_DIRS if (d / filename).is_file()), None)
        if path is None:
            raise RuntimeError(f"Fonte {filename} não encontrada: instale fonts-dejavu-core.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # <b> inside a Paragraph picks the bold face of the family (without this it stays regular)
    registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)
    _registered = True


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=14, textColor=INK)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=MUTED),
        "title": ParagraphStyle("title", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=6),
        "big": ParagraphStyle("big", parent=base, fontName=FONT_BOLD, fontSize=22, leading=28, spaceAfter=4),
        "label": ParagraphStyle("label", parent=base, fontName=FONT_BOLD, fontSize=9, textColor=MUTED),
    }


def build(story: list, *, title: str, issuer: str, issued_at: datetime) -> bytes:
    """Lay out `story` (platypus flowables) in the frame; returns the PDF bytes."""
    register_fonts()
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=title, author=issuer, leftMargin=20 * mm,
                            rightMargin=20 * mm, topMargin=28 * mm, bottomMargin=20 * mm)

    def decorate(canvas, document) -> None:
        width, height = A4
        canvas.saveState()
        canvas.setFont(FONT_BOLD, 11)
        canvas.setFillColor(INK)
        canvas.drawString(20 * mm, height - 15 * mm, issuer)
        canvas.setFont(FONT, 9)
        canvas.setFillColor(MUTED)
        canvas.drawRightString(width - 20 * mm, height - 15 * mm, title)
        canvas.setStrokeColor(RULE)
        canvas.line(20 * mm, height - 18 * mm, width - 20 * mm, height - 18 * mm)
        canvas.drawString(20 * mm, 12 * mm, f"Emitido em {issued_at:%d/%m/%Y %H:%M}")
        canvas.drawRightString(width - 20 * mm, 12 * mm, f"Página {document.page}")
        canvas.restoreState()

    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()
