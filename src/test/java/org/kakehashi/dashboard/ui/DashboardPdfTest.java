package org.kakehashi.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kakehashi.common.Translations;
import org.kakehashi.dashboard.DashboardFigures;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.delegations.UpcomingDelegations;
import org.kakehashi.members.DuesTotal;
import org.kakehashi.members.MemberFigures;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.pipeline.Conversion;
import org.kakehashi.pipeline.DelegationOutcomeTotals;
import org.kakehashi.pipeline.LeadStage;
import org.kakehashi.pipeline.PipelineFigures;

/**
 * The board's PDF in each language, read back by another library (PDFBox): its letters come back as text, Swedish
 * and German accents, kana, kanji and the minus sign of a fall in members alike, in one embedded font cut to what
 * the document uses; and a chart without data says so instead of drawing bare axes.
 */
class DashboardPdfTest {

    private static final Translations TRANSLATIONS = new Translations();
    /** A delegation named in kanji and with Swedish and German letters, as the register may hold in any language. */
    private static final String DELEGATION = "神戸医療産業都市 · Malmö–Göteborg · Düsseldorf Straße";

    static List<Locale> languages() {
        return Translations.LOCALES;
    }

    @ParameterizedTest
    @MethodSource("languages")
    void every_letter_of_the_pdf_comes_back_as_text_in_an_embedded_subset_font(Locale locale) throws IOException {
        var pdf = write(figures(), locale);

        try (var document = Loader.loadPDF(pdf)) {
            // compared without spaces: a cell wraps a long name, and the stripper reads no narrow no-break space
            var text = compact(new PDFTextStripper().getText(document));
            assertThat(text).contains(compact(t("dashboard.title", locale)),
                    compact(t("dashboard.figure.active-members", locale)),
                    compact(t("pipeline.stage.NEGOTIATION", locale)), compact(DELEGATION));
            assertThat(text).as("a fall in members keeps its minus sign").contains("−3");
            assertThat(text).doesNotContain(compact(t("dashboard.chart.empty", locale)));
            assertThat(text).as("the time the figures were counted").contains(compact(
                    t("dashboard.counted-at", locale, org.kakehashi.common.ui.Formats.time(COUNTED, locale))));
            for (var font : fonts(document)) {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).as("a subset, named with a tag").matches("[A-Z]{6}\\+.*");
            }
            assertThat(fonts(document)).isNotEmpty();
            // the first page draws without a missing glyph or a failing font
            var image = new PDFRenderer(document).renderImageWithDPI(0, 50);
            assertThat(image.getWidth()).isPositive();
        }
        assertThat(pdf.length).as("the font is embedded as a subset, not whole").isLessThan(600_000);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void a_chart_without_data_says_so_in_the_pdf_too(Locale locale) throws IOException {
        var figures = figures();
        var empty = new DashboardFigures(figures.period(), figures.asOf(), figures.members(), List.of(),
                figures.upcoming(), figures.pipeline(), figures.activitiesPerMonth(), figures.outcomes(),
                figures.conversion(), figures.timeInStage(), figures.countedAt());

        try (var document = Loader.loadPDF(write(empty, locale))) {
            var text = compact(new PDFTextStripper().getText(document));
            assertThat(text).contains(compact(t("dashboard.chart.dues", locale, 2026)),
                    compact(t("dashboard.chart.empty", locale)));
        }
    }

    private static final ZonedDateTime COUNTED = ZonedDateTime.of(2026, 6, 15, 14, 32, 0, 0,
            ZoneId.of("Europe/Stockholm"));

    private static DashboardFigures figures() {
        var byKind = new EnumMap<OrganisationKind, Long>(OrganisationKind.class);
        for (var kind : OrganisationKind.values()) {
            byKind.put(kind, 2L);
        }
        var members = new MemberFigures(14, 17, 1, byKind, List.of(new MemberFigures.CityCount("Malmö", 5),
                new MemberFigures.CityCount("Kōbe 神戸", 4)), 5);
        var byStage = new EnumMap<LeadStage, Long>(LeadStage.class);
        for (var stage : LeadStage.values()) {
            byStage.put(stage, (long) stage.ordinal() + 1);
        }
        var pipeline = new PipelineFigures(byStage, 120, new TreeMap<>(java.util.Map.of("EUR",
                new BigDecimal("2500000"))), 2, 80);
        var activities = new LinkedHashMap<YearMonth, Long>();
        for (int month = 1; month <= 12; month++) {
            activities.put(YearMonth.of(2026, month), (long) month);
        }
        var times = new EnumMap<LeadStage, Duration>(LeadStage.class);
        times.put(LeadStage.IDENTIFIED, Duration.ofDays(12));
        times.put(LeadStage.NEGOTIATION, Duration.ofDays(40));
        var outcomes = new ArrayList<DelegationOutcomeTotals>();
        outcomes.add(new DelegationOutcomeTotals(1, DELEGATION, LocalDate.of(2026, 3, 2), 3, 2, 1, 40,
                new TreeMap<>()));
        return new DashboardFigures(new DashboardPeriod(DashboardPeriod.Kind.CALENDAR, 2026),
                LocalDate.of(2026, 6, 15), members,
                List.of(new DuesTotal("SEK", new BigDecimal("120000"), new BigDecimal("90000"))),
                new UpcomingDelegations(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 9, 13), 3, 2, 1, 1), pipeline,
                activities, outcomes, new Conversion(10, 2), times, COUNTED);
    }

    private static byte[] write(DashboardFigures figures, Locale locale) {
        DashboardContent.Texts texts = (key, arguments) -> TRANSLATIONS.getTranslation(key, locale, arguments);
        var out = new ByteArrayOutputStream();
        new DashboardPdf(new DashboardContent(figures, texts, locale), texts, locale).write(out);
        return out.toByteArray();
    }

    private static List<PDFont> fonts(PDDocument document) throws IOException {
        var fonts = new ArrayList<PDFont>();
        for (var page : document.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u202F]", "");
    }

    private static String t(String key, Locale locale, Object... arguments) {
        return TRANSLATIONS.getTranslation(key, locale, arguments);
    }
}
