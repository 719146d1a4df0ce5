package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.kakehashi.common.Translations;
import org.kakehashi.common.ui.ViewHeader;
import org.kakehashi.dashboard.DashboardFigures;
import org.kakehashi.dashboard.DashboardPeriod;
import org.kakehashi.dashboard.DashboardService;
import org.kakehashi.security.Roles;

/**
 * The board's landing page: key figures and charts of a calendar or fiscal year, each linking to the list behind
 * it, and the same as a PDF for the board meeting. Nothing here changes data.
 */
@Route(DashboardView.PATH)
@Menu(title = "nav.dashboard", order = 10, icon = "vaadin:dashboard")
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
@StyleSheet("styles/dashboard.css")
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    public static final String PATH = "dashboard";

    private final DashboardService dashboard;
    private final Translations translations;
    final PeriodPicker periodPicker;
    final Anchor pdf;
    final Div figures = new Div();
    final Div charts = new Div();
    final Div outcomes = new Div();
    private final Span asOf = new Span();
    final Button refresh = new Button();
    private DashboardContent content;

    public DashboardView(DashboardService dashboard, Translations translations) {
        this.dashboard = dashboard;
        this.translations = translations;
        addClassName("dashboard-view");
        var today = dashboard.today();
        var initial = DashboardPeriod.containing(DashboardPeriod.Kind.CALENDAR, today);
        periodPicker = new PeriodPicker(initial, today.getYear(), this::show);
        pdf = pdfDownload();
        asOf.addClassName("dashboard-as-of");
        // reads afresh, changes nothing: the figures are otherwise reused for a minute (DashboardService)
        refresh.setText(getTranslation("dashboard.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        refresh.addClickListener(click -> show(dashboard.refresh(periodPicker.value())));
        var counted = new Div(asOf, refresh);
        counted.addClassName("dashboard-counted");

        figures.addClassName("figure-cards");
        charts.addClassName("chart-panels");
        outcomes.addClassName("outcomes-panel");
        var header = new ViewHeader(getTranslation("dashboard.title"), periodPicker, pdf);
        header.addClassName("dashboard-header");
        add(header, counted, figures, charts, outcomes);
        show(initial);
    }

    /** Loads the period's figures (a fixed number of aggregate queries) and lays them out. */
    private void show(DashboardPeriod period) {
        show(dashboard.figures(period));
    }

    private void show(DashboardFigures counted) {
        var locale = getLocale();
        content = new DashboardContent(counted, texts(locale), locale);
        asOf.setText(content.periodName() + " · " + content.asOf() + " · " + content.countedAt());

        figures.removeAll();
        content.keyFigures().forEach(figure -> figures.add(new FigureCard(figure)));

        charts.removeAll();
        content.charts().forEach(chart -> charts.add(new ChartPanel(content, chart, locale)));

        outcomes.removeAll();
        var title = new H3(getTranslation("dashboard.outcomes.title"));
        title.addClassName("chart-title");
        outcomes.add(title, new Paragraph(getTranslation("dashboard.outcomes.intro")),
                new OutcomesGrid(content, content.figures().outcomes()));
        int more = content.figures().outcomes().size() - OutcomesGrid.SHOWN;
        if (more > 0) {
            var rest = new Paragraph(getTranslation("dashboard.outcomes.more", more));
            rest.addClassName("outcomes-more");
            outcomes.add(rest);
        }
    }

    /** The PDF of what is shown, written when it is asked for. */
    private Anchor pdfDownload() {
        DownloadHandler handler = event -> {
            var period = content.figures().period();
            var locale = content.locale();
            event.setFileName("kakehashi-dashboard-" + period.kind().name().toLowerCase() + "-" + period.year()
                    + ".pdf");
            event.setContentType("application/pdf");
            var fresh = new DashboardContent(dashboard.figures(period), texts(locale), locale);
            new DashboardPdf(fresh, texts(locale), locale).write(event.getOutputStream());
        };
        var anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("dashboard.pdf")));
        anchor.addClassName("pdf-download");
        return anchor;
    }

    private DashboardContent.Texts texts(Locale locale) {
        return (key, arguments) -> translations.getTranslation(key, locale, arguments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
