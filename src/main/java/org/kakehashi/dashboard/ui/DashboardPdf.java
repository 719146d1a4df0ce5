package org.kakehashi.dashboard.ui;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.FontMapper;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The dashboard as a PDF for the board meeting: the key figures, the charts (drawn by the same code as on the page,
 * as vectors, their text kept as text) and the outcomes by delegation. Written with OpenPDF, whose Graphics2D takes
 * JFreeChart's drawing directly, in an embedded font that has every language's letters.
 */
final class DashboardPdf {

    private static final Color PRIMARY = new Color(0x1676F3);
    private static final Color SECONDARY = new Color(0x5F6B7A);
    private static final Color RULE = new Color(0xE3E7ED);

    private static final String FONT = "/fonts/NotoSansCJKjp-Regular-subset.otf";
    /** The name OpenPDF knows the font by: it ends in .otf, so that OpenPDF reads it as an OpenType font. */
    private static final String FONT_NAME = "NotoSansCJKjp-Regular-subset.otf";

    private final DashboardContent content;
    private final DashboardContent.Texts texts;
    private final Locale locale;
    private final BaseFont font;

    DashboardPdf(DashboardContent content, DashboardContent.Texts texts, Locale locale) {
        this.content = content;
        this.texts = texts;
        this.locale = locale;
        font = loadFont();
    }

    /**
     * Noto Sans CJK JP, cut down to Latin with its accents, punctuation (the minus sign among it), kana and the
     * kanji of JIS X 0208 (fonts/NotoSansCJKjp-LICENSE.txt): one font for every language, embedded as a subset of
     * the letters the document uses. PDF readers' standard fonts would drop kanji outside Japanese and the minus
     * sign in WinAnsi. Parsed once; OpenPDF keeps it by name.
     */
    private static BaseFont loadFont() {
        try (var in = DashboardPdf.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FONT + " is missing");
            }
            return BaseFont.createFont(FONT_NAME, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(),
                    null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF font " + FONT + " cannot be read", e);
        }
    }

    void write(OutputStream out) {
        var document = new Document(PageSize.A4, 36, 36, 36, 36);
        try {
            var writer = PdfWriter.getInstance(document, out);
            document.addTitle(texts.get("dashboard.pdf.title", content.periodName()));
            document.addCreator("Kakehashi");
            document.open();
            document.add(new Paragraph(texts.get("dashboard.title"), bold(20, PRIMARY)));
            document.add(new Paragraph(content.periodName() + " · " + content.asOf() + " · "
                    + content.countedAt(), plain(10, SECONDARY)));
            document.add(spacer());
            document.add(keyFigures());
            document.add(spacer());
            document.add(charts(writer));
            document.newPage();
            document.add(new Paragraph(texts.get("dashboard.outcomes.title"), bold(13, Color.BLACK)));
            document.add(spacer());
            document.add(outcomes());
            document.close();
        } catch (DocumentException e) {
            throw new UncheckedIOException(new IOException("The dashboard PDF could not be written", e));
        }
    }

    private PdfPTable keyFigures() {
        var table = new PdfPTable(3);
        table.setWidthPercentage(100);
        for (var figure : content.keyFigures()) {
            var cell = new PdfPCell();
            cell.setBorderColor(RULE);
            cell.setPadding(8);
            cell.addElement(new Paragraph(figure.label(), plain(9, SECONDARY)));
            cell.addElement(new Paragraph(figure.value(), bold(18, Color.BLACK)));
            cell.addElement(new Paragraph(figure.detail(), plain(8, SECONDARY)));
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }

    private PdfPTable charts(PdfWriter writer) throws DocumentException {
        var table = new PdfPTable(2);
        table.setWidthPercentage(100);
        for (var chart : content.charts()) {
            var cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPaddingBottom(10);
            cell.addElement(new Paragraph(chart.title(), bold(10, Color.BLACK)));
            if (chart.rows().isEmpty()) {
                // bare axes would look broken, as on the page
                var empty = new Paragraph(texts.get("dashboard.chart.empty"), plain(9, SECONDARY));
                empty.setSpacingBefore(8);
                cell.addElement(empty);
            } else {
                cell.addElement(chartImage(writer, chart));
            }
            table.addCell(cell);
        }
        table.completeRow();
        return table;
    }

    private Image chartImage(PdfWriter writer, ChartData chart) throws DocumentException {
        float width = DashboardCharts.WIDTH;
        float height = DashboardCharts.HEIGHT;
        var template = writer.getDirectContent().createTemplate(width, height);
        var g2 = template.createGraphics(width, height, new SameFont(font));
        DashboardCharts.draw(chart, locale, g2, new Rectangle2D.Double(0, 0, width, height));
        g2.dispose();
        var image = Image.getInstance(template);
        image.setWidthPercentage(100);
        image.setAlignment(Element.ALIGN_CENTER);
        return image;
    }

    private PdfPTable outcomes() {
        var table = new PdfPTable(new float[] {4, 2, 1, 1, 1, 1, 3});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (var key : new String[] {"delegation", "start", "leads", "open", "established", "jobs", "investment"}) {
            var cell = cell(texts.get("dashboard.outcomes." + key), bold(8, SECONDARY));
            cell.setBorderWidthBottom(1);
            table.addCell(cell);
        }
        for (var outcome : content.figures().outcomes()) {
            var body = plain(8, Color.BLACK);
            table.addCell(cell(outcome.title(), body));
            table.addCell(cell(org.kakehashi.common.ui.Formats.date(outcome.startDate(), locale), body));
            table.addCell(number(content.number(outcome.leads()), body));
            table.addCell(number(content.number(outcome.open()), body));
            table.addCell(number(content.number(outcome.established()), body));
            table.addCell(number(content.number(outcome.estimatedJobs()), body));
            table.addCell(number(content.money(outcome.investment()), body));
        }
        if (content.figures().outcomes().isEmpty()) {
            var empty = cell(texts.get("dashboard.outcomes.empty"), plain(8, SECONDARY));
            empty.setColspan(7);
            table.addCell(empty);
        }
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setPadding(4);
        return cell;
    }

    private static PdfPCell number(String text, Font font) {
        var cell = cell(text, font);
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A blank line, in the document's font: OpenPDF's default would add Helvetica to the document. */
    private Paragraph spacer() {
        return new Paragraph(" ", plain(10, Color.BLACK));
    }

    private Font plain(float size, Color color) {
        return new Font(font, size, Font.NORMAL, color);
    }

    /** The same font drawn bold: OpenPDF strokes the letters' outlines as well as filling them. */
    private Font bold(float size, Color color) {
        return new Font(font, size, Font.BOLD, color);
    }

    /** Every font of the chart becomes the document's font, so the charts' text stays text in any language. */
    private record SameFont(BaseFont font) implements FontMapper {

        @Override
        public BaseFont awtToPdf(java.awt.Font awtFont) {
            return font;
        }

        @Override
        public java.awt.Font pdfToAwt(BaseFont baseFont, int size) {
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, size);
        }
    }
}
